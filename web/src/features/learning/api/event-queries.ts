import { queryOptions } from '@tanstack/react-query'
import { EventListSchema } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'

export const eventQueries = {
  all: () => ['events'] as const,
  /** The learner's classes, assessments and visits, past and upcoming. */
  list: () =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get(apiRoutes.myEvents.path, EventListSchema, { signal }),
    }),
}
