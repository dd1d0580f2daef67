import { useVirtualizer } from '@tanstack/react-virtual'
import {
  useDeferredValue,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react'
import { useNavigate } from 'react-router'
import { Button } from '../../../components/ui/button.tsx'
import { inputClassName } from '../../../components/ui/field.tsx'
import { CellLabel, STACKED_TABLE_CLASSES } from '../../../components/ui/table.tsx'
import { cn } from '../../../lib/cn.ts'
import { useTableView } from '../hooks/use-table-view.ts'
import { downloadCsv, toCsv, type CsvColumn } from '../utils/csv.ts'
import type { Sort } from '../utils/table-params.ts'

/** A column: `value` is what search, sort and CSV read; `render` what the cell shows. */
export interface RosterColumn<Row> {
  id: string
  header: string
  value: (row: Row) => string | undefined
  render?: (row: Row) => ReactNode
  /** A CSS width for the fixed table layout, such as `16rem`. */
  width: string
  /** Searched by the search box (default true). */
  searchable?: boolean
  /** Sortable by its heading (default true). */
  sortable?: boolean
  /** In the CSV export (default true). */
  exported?: boolean
  /** How the Sort by menu (phones) names each direction; default A to Z, Z to A. */
  sortWords?: readonly [ascending: string, descending: string]
}

/** `sortWords` for a column of dates. */
export const DATE_SORT_WORDS = ['oldest first', 'newest first'] as const

/** A menu that narrows the rows to one value of a column. */
export interface RosterFilter<Row> {
  id: string
  label: string
  value: (row: Row) => string | undefined
}

const collator = new Intl.Collator('en-AU', { numeric: true, sensitivity: 'base' })
const ROW_HEIGHT = 53
const count = (n: number) => n.toLocaleString('en-AU')

/**
 * A long list of people (thousands of rows) that stays smooth: search, filters, sortable headings
 * (`aria-sort`), only the rows in view are in the page, the heading stays put, one tab stop with
 * arrow keys through the rows (Enter opens `rowHref`), and CSV export of what is shown.
 */
export function RosterTable<Row>({
  rows,
  columns,
  filters = [],
  caption,
  noun,
  searchLabel,
  fileName,
  rowKey,
  rowHref,
  initialSort,
  csvExtras = [],
}: {
  rows: readonly Row[]
  columns: readonly RosterColumn<Row>[]
  filters?: readonly RosterFilter<Row>[]
  caption: string
  /** Plural, for "Showing 3 of 40 trainees". */
  noun: string
  searchLabel: string
  fileName: string
  rowKey: (row: Row) => string
  rowHref?: (row: Row) => string
  initialSort?: Sort
  /**
   * Facts the table shows inside other columns: searched, and exported in columns of their own.
   * Give a stable array (a module constant).
   */
  csvExtras?: readonly CsvColumn<Row>[]
}) {
  const ids = useId()
  const navigate = useNavigate()
  const paramNames = useMemo(
    () => ({
      columns: columns.filter((c) => c.sortable !== false).map((column) => column.id),
      filters: filters.map((filter) => filter.id),
      defaultSort: initialSort ?? null,
    }),
    [columns, filters, initialSort],
  )
  const [view, setView] = useTableView(paramNames)
  const { search, sort, filters: chosen } = view
  const deferredSearch = useDeferredValue(search)
  const deferredChosen = useDeferredValue(chosen)
  const deferredSort = useDeferredValue(sort)

  const searchable = useMemo(() => columns.filter((c) => c.searchable !== false), [columns])
  // Made the first time someone searches: most visits never do, and thousands of rows take a while.
  const haystacks = useMemo(() => {
    let made: string[] | undefined
    return () =>
      (made ??= rows.map((row) =>
        [
          ...searchable.map((column) => column.value(row) ?? ''),
          ...csvExtras.map((extra) => String(extra.value(row) ?? '')),
        ]
          .join('\u0000')
          .toLocaleLowerCase('en-AU'),
      ))
  }, [rows, searchable, csvExtras])
  const options = useMemo(
    () =>
      filters.map((filter) => {
        const values = new Set<string>()
        for (const row of rows) {
          const value = filter.value(row)
          if (value) values.add(value)
        }
        return { filter, values: [...values].sort(collator.compare) }
      }),
    [filters, rows],
  )

  const shown = useMemo(() => {
    const terms = deferredSearch.trim().toLocaleLowerCase('en-AU').split(/\s+/).filter(Boolean)
    const active = filters.filter((filter) => deferredChosen[filter.id])
    const searched = terms.length > 0 ? haystacks() : undefined
    const kept: Row[] = []
    rows.forEach((row, index) => {
      const haystack = searched?.[index] ?? ''
      if (searched && !terms.every((term) => haystack.includes(term))) return
      if (!active.every((filter) => filter.value(row) === deferredChosen[filter.id])) return
      kept.push(row)
    })
    const column = deferredSort && columns.find((c) => c.id === deferredSort.columnId)
    if (!column || !deferredSort) return kept
    const sign = deferredSort.direction === 'ascending' ? 1 : -1
    // Each row's value once, not at every comparison (5,000 rows take ~60,000 comparisons).
    return kept
      .map((row) => ({ row, key: column.value(row) ?? '' }))
      .sort((a, b) => sign * collator.compare(a.key, b.key))
      .map(({ row }) => row)
  }, [rows, haystacks, columns, filters, deferredSearch, deferredChosen, deferredSort])

  const scrollRef = useRef<HTMLDivElement>(null)
  // The virtualiser's functions change as it scrolls; this component is not memoised by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // Rows are measured as they mount; flushing React then would warn (and is not needed).
    useFlushSync: false,
    getItemKey: (index) => {
      const row = shown[index]
      return row === undefined ? index : rowKey(row)
    },
  })
  const items = virtualizer.getVirtualItems()
  const paddingTop = items[0]?.start ?? 0
  const paddingBottom = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)

  // One tab stop in the body: the active row. Arrow keys move it; focus follows once rendered.
  const [activeIndex, setActiveIndex] = useState(0)
  const focusRow = useRef(false)
  const tabIndexRow = Math.min(activeIndex, Math.max(0, shown.length - 1))
  useEffect(() => {
    if (!focusRow.current) return
    const row = scrollRef.current?.querySelector<HTMLElement>(`tr[data-index="${tabIndexRow}"]`)
    if (row) {
      focusRow.current = false
      row.focus({ preventScroll: true })
      // scrollToIndex places rows by their estimated height; rows that wrap taller can leave the
      // target just out of view, so bring the rendered row itself into view. (jsdom lacks it.)
      row.scrollIntoView?.({ block: 'nearest' })
    }
  })

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(shown.length - 1, index))
    focusRow.current = true
    setActiveIndex(next)
    virtualizer.scrollToIndex(next, { align: 'auto' })
  }

  const onRowKeyDown = (event: KeyboardEvent<HTMLTableRowElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(tabIndexRow + 1),
      ArrowUp: () => moveTo(tabIndexRow - 1),
      PageDown: () => moveTo(tabIndexRow + page),
      PageUp: () => moveTo(tabIndexRow - page),
      Home: () => moveTo(0),
      End: () => moveTo(shown.length - 1),
      Enter: () => {
        const row = shown[tabIndexRow]
        if (row && rowHref && event.target === event.currentTarget) void navigate(rowHref(row))
      },
    }
    const action = keys[event.key]
    if (!action) return
    event.preventDefault()
    action()
  }

  const onSort = (columnId: string) =>
    setView({
      ...view,
      sort: {
        columnId,
        direction:
          sort?.columnId === columnId && sort.direction === 'ascending'
            ? 'descending'
            : 'ascending',
      },
    })

  const exportShown = () =>
    downloadCsv(
      fileName,
      toCsv(
        shown,
        columns
          .filter((column) => column.exported !== false)
          .map((column): CsvColumn<Row> => ({ header: column.header, value: column.value }))
          .concat(csvExtras),
      ),
    )

  const isFiltered = search.trim() !== '' || Object.values(chosen).some(Boolean)
  const minWidth = `calc(${columns.map((c) => c.width).join(' + ')})`

  return (
    <div className="space-y-4">
      <div className="flex flex-col gap-3 md:flex-row md:flex-wrap md:items-end">
        <div className="space-y-1.5 md:min-w-72 md:flex-1">
          <label htmlFor={`${ids}-search`} className="block font-medium">
            {searchLabel}
          </label>
          <input
            id={`${ids}-search`}
            type="search"
            value={search}
            onChange={(event) => setView({ ...view, search: event.target.value })}
            autoComplete="off"
            className={cn(inputClassName, 'border-slate-400 dark:border-slate-500')}
          />
        </div>
        {options.map(({ filter, values: found }) => {
          // A value from a shared link that no row has any more still shows as chosen.
          const current = chosen[filter.id]
          const values = current && !found.includes(current) ? [current, ...found] : found
          return (
            <div key={filter.id} className="space-y-1.5">
              <label htmlFor={`${ids}-${filter.id}`} className="block font-medium">
                {filter.label}
              </label>
              <select
                id={`${ids}-${filter.id}`}
                value={chosen[filter.id] ?? ''}
                onChange={(event) =>
                  setView({ ...view, filters: { ...chosen, [filter.id]: event.target.value } })
                }
                className={cn(inputClassName, 'border-slate-400 md:w-56 dark:border-slate-500')}
              >
                <option value="">All</option>
                {values.map((value) => (
                  <option key={value} value={value}>
                    {value}
                  </option>
                ))}
              </select>
            </div>
          )
        })}
        <div className="space-y-1.5 sm:hidden">
          {/* Where rows are cards there are no headings to sort by. */}
          <label htmlFor={`${ids}-sort`} className="block font-medium">
            Sort by
          </label>
          <select
            id={`${ids}-sort`}
            value={sort ? `${sort.direction === 'descending' ? '-' : ''}${sort.columnId}` : ''}
            onChange={(event) => {
              const value = event.target.value
              const descending = value.startsWith('-')
              const columnId = descending ? value.slice(1) : value
              setView({
                ...view,
                sort: columnId
                  ? { columnId, direction: descending ? 'descending' : 'ascending' }
                  : null,
              })
            }}
            className={cn(inputClassName, 'border-slate-400 dark:border-slate-500')}
          >
            {sort ? null : <option value="">As listed</option>}
            {columns
              .filter((column) => column.sortable !== false)
              .flatMap((column) => [
                <option key={column.id} value={column.id}>
                  {column.header} ({column.sortWords?.[0] ?? 'A to Z'})
                </option>,
                <option key={`-${column.id}`} value={`-${column.id}`}>
                  {column.header} ({column.sortWords?.[1] ?? 'Z to A'})
                </option>,
              ])}
          </select>
        </div>
      </div>

      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="text-slate-700 dark:text-slate-300">
          Showing {count(shown.length)} of {count(rows.length)} {noun}
        </p>
        <div className="flex flex-wrap gap-2">
          {isFiltered ? (
            <Button
              variant="ghost"
              size="sm"
              onClick={() => setView({ ...view, search: '', filters: {} })}
            >
              Clear search and filters
            </Button>
          ) : null}
          <Button variant="secondary" size="sm" onClick={exportShown} disabled={shown.length === 0}>
            Export CSV<span className="sr-only"> of the {count(shown.length)} shown</span>
          </Button>
        </div>
      </div>

      <div
        ref={scrollRef}
        className="max-h-[70vh] min-h-64 overflow-auto rounded-xl border border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-900"
      >
        <table
          className={cn(
            'w-full table-fixed border-separate border-spacing-0 text-left text-sm sm:min-w-(--roster-min-width) sm:text-base',
            STACKED_TABLE_CLASSES,
          )}
          style={{ '--roster-min-width': minWidth } as CSSProperties}
          aria-rowcount={shown.length + 1}
        >
          <caption className="sr-only">
            {caption}
            {rowHref ? ', use the arrow keys to move between rows and Enter to open one' : null}
          </caption>
          <colgroup>
            {columns.map((column) => (
              <col key={column.id} style={{ width: column.width }} />
            ))}
          </colgroup>
          <thead className="text-slate-700 dark:text-slate-200">
            <tr aria-rowindex={1}>
              {columns.map((column) => {
                const direction = sort?.columnId === column.id ? sort.direction : undefined
                return (
                  <th
                    key={column.id}
                    scope="col"
                    aria-sort={direction}
                    className="sticky top-0 z-10 border-b border-slate-200 bg-slate-50 p-0 font-semibold dark:border-slate-700 dark:bg-slate-800"
                  >
                    {column.sortable === false ? (
                      <span className="flex min-h-11 items-center px-3 py-2">{column.header}</span>
                    ) : (
                      <button
                        type="button"
                        onClick={() => onSort(column.id)}
                        className="flex min-h-11 w-full items-center gap-1.5 px-3 py-2 text-left hover:bg-slate-100 focus-ring dark:hover:bg-slate-700"
                      >
                        {column.header}
                        <SortIcon direction={direction} />
                      </button>
                    )}
                  </th>
                )
              })}
            </tr>
          </thead>
          <tbody>
            {paddingTop > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: paddingTop, padding: 0 }} />
              </tr>
            ) : null}
            {items.map((item) => {
              const row = shown[item.index]
              if (row === undefined) return null
              const isActive = item.index === tabIndexRow
              return (
                <tr
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  aria-rowindex={item.index + 2}
                  tabIndex={isActive ? 0 : -1}
                  onFocus={() => setActiveIndex(item.index)}
                  onKeyDown={onRowKeyDown}
                  className="scroll-mt-14 outline-none hover:bg-slate-50 focus:bg-brand-50 focus:outline-3 focus:-outline-offset-3 focus:outline-brand-600 focus:outline-solid max-sm:border-b max-sm:border-slate-200 dark:hover:bg-slate-800 dark:focus:bg-brand-900/40 dark:focus:outline-brand-300 max-sm:dark:border-slate-700"
                >
                  {columns.map((column, index) => (
                    <td
                      key={column.id}
                      className="border-b border-slate-200 px-3 py-2.5 align-top break-words dark:border-slate-700"
                    >
                      {/* The first cell is the card's title; the others say what they are. */}
                      {index > 0 ? <CellLabel>{column.header}</CellLabel> : null}
                      {column.render ? column.render(row) : column.value(row)}
                    </td>
                  ))}
                </tr>
              )
            })}
            {paddingBottom > 0 ? (
              <tr aria-hidden="true">
                <td colSpan={columns.length} style={{ height: paddingBottom, padding: 0 }} />
              </tr>
            ) : null}
          </tbody>
        </table>
        {shown.length === 0 ? (
          <p className="px-4 py-10 text-center text-slate-700 dark:text-slate-300">
            No {noun} match. Try fewer words or clear the filters.
          </p>
        ) : null}
      </div>
    </div>
  )
}

function SortIcon({ direction }: { direction: Sort['direction'] | undefined }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 shrink-0" fill="currentColor">
      {direction === 'ascending' ? (
        <path d="M10 5 15 12H5l5-7Z" />
      ) : direction === 'descending' ? (
        <path d="M10 15 5 8h10l-5 7Z" />
      ) : (
        <path d="M10 3.5 14 8H6l4-4.5Zm0 13L6 12h8l-4 4.5Z" opacity="0.45" />
      )}
    </svg>
  )
}
