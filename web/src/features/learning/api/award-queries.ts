import { queryOptions } from '@tanstack/react-query'
import { AwardListSchema } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'

export const awardQueries = {
  all: () => ['awards'] as const,
  /** The learner's certificates and statements of attainment. */
  list: () =>
    queryOptions({
      queryKey: [...awardQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get(apiRoutes.myAwards.path, AwardListSchema, { signal }),
    }),
}
