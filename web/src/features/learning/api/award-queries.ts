import { queryOptions } from '@tanstack/react-query'
import { AwardListSchema } from '@vettrak-portal/contracts'
import { api } from '../../../lib/api-client.ts'

export const awardQueries = {
  all: () => ['awards'] as const,
  /** The learner's certificates and statements of attainment. */
  list: () =>
    queryOptions({
      queryKey: [...awardQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get('/api/me/awards', AwardListSchema, { signal }),
    }),
}
