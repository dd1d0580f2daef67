import { queryOptions } from '@tanstack/react-query'
import { InvoiceListSchema, type InvoiceQuery } from '@vettrak-portal/contracts'
import { api } from '../../../lib/api-client.ts'

export const invoiceQueries = {
  all: () => ['invoices'] as const,
  /** The learner's invoices matching the filters (dates inclusive, RTO calendar dates). */
  list: (filters: InvoiceQuery = { status: 'all' }) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'list', filters],
      queryFn: ({ signal }) => {
        const params = new URLSearchParams({ status: filters.status })
        if (filters.from) params.set('from', filters.from)
        if (filters.to) params.set('to', filters.to)
        return api.get(`/api/me/invoices?${params.toString()}`, InvoiceListSchema, { signal })
      },
    }),
}
