import type { InvoiceQuery } from '@vettrak-portal/contracts'
import { useId, useState, type FormEvent } from 'react'
import { Link } from 'react-router'
import { Button } from '../../../components/ui/button.tsx'
import { TextField } from '../../../components/ui/field.tsx'
import { cn } from '../../../lib/cn.ts'

const statusLabels = { all: 'All', unpaid: 'Unpaid', paid: 'Paid' } as const

/**
 * The invoice filters: status as links (each keeps the dates) and a date range form. `getHref`
 * turns filters into the page's address, so every choice is a URL the back button returns to.
 */
export function InvoiceFilters({
  filters,
  getHref,
  onApply,
}: {
  filters: InvoiceQuery
  getHref: (filters: InvoiceQuery) => string
  onApply: (filters: InvoiceQuery) => void
}) {
  const statusId = useId()
  return (
    <div className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 lg:flex-row lg:items-end lg:justify-between dark:border-slate-700 dark:bg-slate-900 print:hidden">
      <nav aria-labelledby={statusId}>
        <p id={statusId} className="mb-1.5 font-medium text-slate-900 dark:text-slate-100">
          Show
        </p>
        <ul className="inline-flex rounded-lg border border-slate-400 p-0.5 dark:border-slate-500">
          {(Object.keys(statusLabels) as Array<keyof typeof statusLabels>).map((status) => {
            const current = filters.status === status
            return (
              <li key={status}>
                <Link
                  to={getHref({ ...filters, status })}
                  aria-current={current ? 'true' : undefined}
                  className={cn(
                    'flex min-h-10 items-center rounded-md px-4 font-medium focus-ring',
                    current
                      ? 'bg-brand-700 text-white dark:bg-brand-300 dark:text-slate-950'
                      : 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
                  )}
                >
                  {statusLabels[status]}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
      <DateRangeForm
        // A new address (back button, a link) starts the form again from it.
        key={`${filters.from ?? ''}|${filters.to ?? ''}`}
        filters={filters}
        onApply={onApply}
      />
    </div>
  )
}

function DateRangeForm({
  filters,
  onApply,
}: {
  filters: InvoiceQuery
  onApply: (filters: InvoiceQuery) => void
}) {
  const [from, setFrom] = useState(filters.from ?? '')
  const [to, setTo] = useState(filters.to ?? '')
  const [error, setError] = useState<string>()

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (from && to && from > to) {
      setError('The “to” date must be on or after the “from” date.')
      return
    }
    setError(undefined)
    const next: InvoiceQuery = { status: filters.status }
    if (from) next.from = from
    if (to) next.to = to
    onApply(next)
  }
  const hasDates = Boolean(filters.from || filters.to)

  return (
    <form
      noValidate
      onSubmit={onSubmit}
      aria-label="Invoice dates"
      className="flex flex-wrap items-start gap-3"
    >
      <TextField
        label="From"
        type="date"
        name="from"
        value={from}
        max={to || undefined}
        onChange={(event) => setFrom(event.target.value)}
        className="w-full sm:w-44"
      />
      <TextField
        label="To"
        type="date"
        name="to"
        value={to}
        min={from || undefined}
        onChange={(event) => setTo(event.target.value)}
        error={error}
        className="w-full sm:w-44"
      />
      <div className="flex gap-2 sm:pt-8">
        <Button type="submit" variant="secondary">
          Apply dates
        </Button>
        {hasDates ? (
          <Button
            variant="ghost"
            onClick={() => {
              setFrom('')
              setTo('')
              onApply({ status: filters.status })
            }}
          >
            Clear dates
          </Button>
        ) : null}
      </div>
    </form>
  )
}

/** What was wrong with the filters in the address (and so was left out), said politely. */
export function FilterProblems({ problems }: { problems: readonly string[] }) {
  if (!problems.length) return null
  return (
    <div
      role="status"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100"
    >
      {problems.map((problem) => (
        <p key={problem}>{problem}</p>
      ))}
    </div>
  )
}
