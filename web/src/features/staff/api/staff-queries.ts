import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import {
  AwardListSchema,
  ClientSearchResultSchema,
  ContractListSchema,
  EnrolmentListSchema,
  EventListSchema,
  InvoiceListSchema,
  ProfileSchema,
  UnitListSchema,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'

/** Fewer characters than this are not searched (the BFF refuses them too). */
export const MIN_SEARCH_LENGTH = 2

/** Staff views of clients; keys start with `'staff'`. */
export const staffQueries = {
  all: () => ['staff'] as const,
  /**
   * Clients whose name or code matches `q`. The `signal` cancels a search the user has typed past:
   * once its key is left behind, TanStack Query aborts the request.
   */
  search: (q: string) =>
    queryOptions({
      queryKey: [...staffQueries.all(), 'clients', 'search', q],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClientSearch, { query: { q } }), ClientSearchResultSchema, {
          signal,
        }),
      enabled: q.length >= MIN_SEARCH_LENGTH,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  client: (code: string) => [...staffQueries.all(), 'clients', code] as const,
  profile: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'profile'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClient, { params: { code } }), ProfileSchema, { signal }),
    }),
  enrolments: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'enrolments'],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.staffClientEnrolments, { params: { code } }),
          EnrolmentListSchema,
          { signal },
        ),
    }),
  enrolmentUnits: (code: string, enrolmentId: number) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'enrolments', enrolmentId, 'units'],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.staffClientEnrolmentUnits, { params: { code, id: enrolmentId } }),
          UnitListSchema,
          { signal },
        ),
    }),
  events: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'events'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClientEvents, { params: { code } }), EventListSchema, {
          signal,
        }),
    }),
  invoices: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'invoices'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClientInvoices, { params: { code } }), InvoiceListSchema, {
          signal,
        }),
    }),
  contracts: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'contracts'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClientContracts, { params: { code } }), ContractListSchema, {
          signal,
        }),
    }),
  contractUnits: (code: string, contractId: number) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'contracts', contractId, 'units'],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.staffClientContractUnits, { params: { code, id: contractId } }),
          UnitListSchema,
          { signal },
        ),
    }),
  awards: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'awards'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.staffClientAwards, { params: { code } }), AwardListSchema, {
          signal,
        }),
    }),
}
