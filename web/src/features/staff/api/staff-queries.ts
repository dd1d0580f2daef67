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
import { api } from '../../../lib/api-client.ts'

/** Fewer characters than this are not searched (the BFF refuses them too). */
export const MIN_SEARCH_LENGTH = 2

const client = (code: string) => `/api/staff/clients/${encodeURIComponent(code)}`

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
        api.get(
          `/api/staff/clients?${new URLSearchParams({ q }).toString()}`,
          ClientSearchResultSchema,
          { signal },
        ),
      enabled: q.length >= MIN_SEARCH_LENGTH,
      placeholderData: keepPreviousData,
      staleTime: 60_000,
    }),
  client: (code: string) => [...staffQueries.all(), 'clients', code] as const,
  profile: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'profile'],
      queryFn: ({ signal }) => api.get(client(code), ProfileSchema, { signal }),
    }),
  enrolments: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'enrolments'],
      queryFn: ({ signal }) =>
        api.get(`${client(code)}/enrolments`, EnrolmentListSchema, { signal }),
    }),
  enrolmentUnits: (code: string, enrolmentId: number) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'enrolments', enrolmentId, 'units'],
      queryFn: ({ signal }) =>
        api.get(`${client(code)}/enrolments/${enrolmentId}/units`, UnitListSchema, { signal }),
    }),
  events: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'events'],
      queryFn: ({ signal }) => api.get(`${client(code)}/events`, EventListSchema, { signal }),
    }),
  invoices: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'invoices'],
      queryFn: ({ signal }) => api.get(`${client(code)}/invoices`, InvoiceListSchema, { signal }),
    }),
  contracts: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'contracts'],
      queryFn: ({ signal }) => api.get(`${client(code)}/contracts`, ContractListSchema, { signal }),
    }),
  contractUnits: (code: string, contractId: number) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'contracts', contractId, 'units'],
      queryFn: ({ signal }) =>
        api.get(`${client(code)}/contracts/${contractId}/units`, UnitListSchema, { signal }),
    }),
  awards: (code: string) =>
    queryOptions({
      queryKey: [...staffQueries.client(code), 'awards'],
      queryFn: ({ signal }) => api.get(`${client(code)}/awards`, AwardListSchema, { signal }),
    }),
}
