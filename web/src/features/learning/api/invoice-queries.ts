import { queryOptions } from '@tanstack/react-query'
import { InvoiceListSchema, type InvoiceQuery } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'

export const invoiceQueries = {
  all: () => ['invoices'] as const,
  /** The learner's invoices matching the filters (dates inclusive, RTO calendar dates). */
  list: (filters: InvoiceQuery = { status: 'all' }) =>
    queryOptions({
      queryKey: [...invoiceQueries.all(), 'list', filters],
      queryFn: ({ signal }) => {
        const { status, from, to } = filters
        const url = apiUrl(apiRoutes.myInvoices, { query: { status, from, to } })
        return api.get(url, InvoiceListSchema, { signal })
      },
    }),
}
