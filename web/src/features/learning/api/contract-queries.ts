import { queryOptions } from '@tanstack/react-query'
import { ContractListSchema, UnitListSchema } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'

export const contractQueries = {
  all: () => ['contracts'] as const,
  /** The learner's traineeship and apprenticeship contracts. */
  list: () =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get(apiRoutes.myContracts.path, ContractListSchema, { signal }),
    }),
  /** The units of one contract; a 404 for someone else's or a missing one. */
  units: (contractId: number) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'units', contractId],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.myContractUnits, { params: { id: contractId } }), UnitListSchema, {
          signal,
        }),
    }),
}
