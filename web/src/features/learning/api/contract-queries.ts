import { queryOptions } from '@tanstack/react-query'
import { ContractListSchema, UnitListSchema } from '@vettrak-portal/contracts'
import { api } from '../../../lib/api-client.ts'

export const contractQueries = {
  all: () => ['contracts'] as const,
  /** The learner's traineeship and apprenticeship contracts. */
  list: () =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get('/api/me/contracts', ContractListSchema, { signal }),
    }),
  /** The units of one contract; a 404 for someone else's or a missing one. */
  units: (contractId: number) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'units', contractId],
      queryFn: ({ signal }) =>
        api.get(`/api/me/contracts/${contractId}/units`, UnitListSchema, { signal }),
    }),
}
