import { queryOptions } from '@tanstack/react-query'
import { EnrolmentListSchema, UnitListSchema } from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'

export const enrolmentQueries = {
  all: () => ['enrolments'] as const,
  /** The learner's enrolments, with progress. */
  list: () =>
    queryOptions({
      queryKey: [...enrolmentQueries.all(), 'list'],
      queryFn: ({ signal }) =>
        api.get(apiRoutes.myEnrolments.path, EnrolmentListSchema, { signal }),
    }),
  /** The units of one enrolment; a 404 for someone else's or a missing one. */
  units: (enrolmentId: number) =>
    queryOptions({
      queryKey: [...enrolmentQueries.all(), 'units', enrolmentId],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.myEnrolmentUnits, { params: { id: enrolmentId } }),
          UnitListSchema,
          { signal },
        ),
    }),
}
