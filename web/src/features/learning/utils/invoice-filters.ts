import { InvoiceQuerySchema, LocalDateSchema, type InvoiceQuery } from '@vettrak-portal/contracts'
import { formatDate } from '../../../lib/format.ts'

const statuses = ['all', 'unpaid', 'paid'] as const

/**
 * The invoice filters from the address's query string. A value that makes no sense (a bad date,
 * `from` after `to`) is dropped and named in `problems`, so the page still shows something.
 */
export function readInvoiceFilters(params: URLSearchParams): {
  filters: InvoiceQuery
  problems: string[]
} {
  const problems: string[] = []
  const rawStatus = params.get('status')
  const status = statuses.find((s) => s === rawStatus) ?? 'all'
  const date = (name: 'from' | 'to') => {
    const value = params.get(name)
    if (!value) return undefined
    if (LocalDateSchema.safeParse(value).success) return value
    problems.push(`“${value}” is not a date, so it was left out.`)
    return undefined
  }
  let from = date('from')
  const to = date('to')
  if (from && to && !InvoiceQuerySchema.safeParse({ status, from, to }).success) {
    problems.push('The “from” date was after the “to” date, so it was left out.')
    from = undefined
  }
  const filters: InvoiceQuery = { status }
  if (from) filters.from = from
  if (to) filters.to = to
  return { filters, problems }
}

/** The filters' dates as words after "invoices": ` dated 1 Jan 2026 to 30 Jun 2026`, or nothing. */
export function datedWords(filters: Pick<InvoiceQuery, 'from' | 'to'>): string {
  if (filters.from && filters.to)
    return ` dated ${formatDate(filters.from)} to ${formatDate(filters.to)}`
  if (filters.from) return ` dated from ${formatDate(filters.from)}`
  if (filters.to) return ` dated up to ${formatDate(filters.to)}`
  return ''
}
