import { useQuery } from '@tanstack/react-query'
import type { ClientSummary } from '@vettrak-portal/contracts'
import { useEffect, useId, useState, type KeyboardEvent } from 'react'
import { ErrorBanner } from '../../../components/ui/error-banner.tsx'
import { inputClassName } from '../../../components/ui/field.tsx'
import { Spinner } from '../../../components/ui/spinner.tsx'
import { cn } from '../../../lib/cn.ts'
import { formatDate } from '../../../lib/format.ts'
import { MIN_SEARCH_LENGTH, staffQueries } from '../api/staff-queries.ts'
import { useDebouncedValue } from '../hooks/use-debounced-value.ts'

export const SEARCH_DEBOUNCE_MS = 250

const nameOf = (client: ClientSummary) =>
  [client.surname, client.givenName].filter(Boolean).join(', ') || client.clientCode

/** What tells this client apart from others of the same name (the BFF sends it only for those). */
const distinctionsOf = (client: ClientSummary) =>
  [
    client.dateOfBirth && `Born ${formatDate(client.dateOfBirth)}`,
    client.email,
    client.suburb,
  ].filter(Boolean)

/**
 * Client search as you type (a combobox): searches once typing pauses, at least two characters;
 * the number found is announced; Up/Down move through the results, Enter opens one, Esc clears.
 */
export function ClientSearch({
  initialQuery = '',
  onSearched,
  onOpen,
}: {
  initialQuery?: string
  /** The query once it has settled, to keep it in the URL. */
  onSearched?: (query: string) => void
  onOpen: (clientCode: string) => void
}) {
  const ids = useId()
  const [text, setText] = useState(initialQuery)
  const [activeIndex, setActiveIndex] = useState(-1)
  const query = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS)
  const isSearchable = query.length >= MIN_SEARCH_LENGTH
  const search = useQuery(staffQueries.search(query))
  const results = isSearchable && text.trim().length >= MIN_SEARCH_LENGTH ? search.data : undefined
  const items = results?.items ?? []

  useEffect(() => {
    onSearched?.(query)
  }, [query, onSearched])

  // A new list of results starts with nothing highlighted.
  const [shownResults, setShownResults] = useState(results)
  if (shownResults !== results) {
    setShownResults(results)
    setActiveIndex(-1)
  }

  const optionId = (index: number) => `${ids}-option-${index}`
  const active = items[activeIndex]

  useEffect(() => {
    if (activeIndex < 0) return
    document.getElementById(`${ids}-option-${activeIndex}`)?.scrollIntoView?.({ block: 'nearest' })
  }, [ids, activeIndex])

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' && items.length > 0) {
      event.preventDefault()
      setActiveIndex((index) => (index + 1) % items.length)
    } else if (event.key === 'ArrowUp' && items.length > 0) {
      event.preventDefault()
      setActiveIndex((index) => (index <= 0 ? items.length - 1 : index - 1))
    } else if (event.key === 'Home' && activeIndex >= 0) {
      event.preventDefault()
      setActiveIndex(0)
    } else if (event.key === 'End' && activeIndex >= 0) {
      event.preventDefault()
      setActiveIndex(items.length - 1)
    } else if (event.key === 'Enter') {
      const chosen = active ?? (items.length === 1 ? items[0] : undefined)
      if (chosen) {
        event.preventDefault()
        onOpen(chosen.clientCode)
      }
    } else if (event.key === 'Escape') {
      if (activeIndex >= 0) setActiveIndex(-1)
      else setText('')
    }
  }

  const typed = text.trim().length
  const message =
    typed === 0
      ? ''
      : typed < MIN_SEARCH_LENGTH
        ? `Type at least ${MIN_SEARCH_LENGTH} characters to search.`
        : !results
          ? 'Searching…'
          : items.length === 0
            ? `No clients match “${query}”.`
            : results.truncated
              ? `More than ${items.length} clients match — refine your search. Showing the first ${items.length}.`
              : `${items.length} ${items.length === 1 ? 'client' : 'clients'} found.`

  return (
    <div className="space-y-3">
      <div className="space-y-1.5">
        <label
          htmlFor={`${ids}-input`}
          className="block font-medium text-slate-900 dark:text-slate-100"
        >
          Find a client
        </label>
        <p id={`${ids}-hint`} className="text-sm text-slate-600 dark:text-slate-300">
          Name or client code, at least {MIN_SEARCH_LENGTH} characters. Use the arrow keys to move
          through the results and Enter to open one.
        </p>
        <div className="relative">
          <input
            id={`${ids}-input`}
            type="search"
            role="combobox"
            aria-expanded={items.length > 0}
            aria-controls={`${ids}-listbox`}
            aria-autocomplete="list"
            aria-activedescendant={active ? optionId(activeIndex) : undefined}
            aria-describedby={`${ids}-hint`}
            autoComplete="off"
            spellCheck={false}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onKeyDown={onKeyDown}
            className={cn(inputClassName, 'border-slate-400 pr-10 dark:border-slate-500')}
          />
          {search.isFetching && isSearchable ? (
            <span className="absolute inset-y-0 right-3 flex items-center text-slate-500">
              <Spinner className="size-4" />
            </span>
          ) : null}
        </div>
      </div>

      <p role="status" className="min-h-6 text-slate-700 dark:text-slate-300">
        {message}
      </p>

      {search.isError && isSearchable ? (
        <ErrorBanner
          title="Could not search"
          message={search.error.message}
          onRetry={() => void search.refetch()}
          isRetrying={search.isFetching}
        />
      ) : null}

      <ul
        id={`${ids}-listbox`}
        role="listbox"
        aria-label="Clients found"
        className={cn(
          'max-h-[60vh] divide-y divide-slate-200 overflow-y-auto rounded-xl border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900',
          items.length === 0 && 'hidden',
        )}
      >
        {items.map((client, index) => (
          // The keyboard stays in the combobox (aria-activedescendant); a click is the mouse's way.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={client.clientCode}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            onClick={() => onOpen(client.clientCode)}
            className={cn(
              'flex min-h-12 cursor-pointer flex-wrap items-center justify-between gap-x-4 px-4 py-2',
              index === activeIndex
                ? 'bg-brand-50 outline-3 -outline-offset-3 outline-brand-600 dark:bg-brand-900/40 dark:outline-brand-300'
                : 'hover:bg-slate-50 dark:hover:bg-slate-800',
            )}
          >
            <span className="min-w-0">
              <span className="block font-medium text-slate-900 dark:text-white">
                {nameOf(client)}
              </span>
              {distinctionsOf(client).length > 0 ? (
                <span className="block text-sm break-words text-slate-700 dark:text-slate-300">
                  {distinctionsOf(client).join(' · ')}
                </span>
              ) : null}
            </span>
            <span className="font-mono text-sm text-slate-700 dark:text-slate-300">
              {client.clientCode}
            </span>
          </li>
        ))}
      </ul>
    </div>
  )
}
