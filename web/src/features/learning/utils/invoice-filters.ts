import { InvoiceQuerySchema, LocalDateSchema, type InvoiceQuery } from '@vettrak-portal/contracts'

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
