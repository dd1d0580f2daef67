import { queryOptions } from '@tanstack/react-query'
import { EnrolmentListSchema, UnitListSchema } from '@vettrak-portal/contracts'
import { api } from '../../../lib/api-client.ts'

export const enrolmentQueries = {
  all: () => ['enrolments'] as const,
  /** The learner's enrolments, with progress. */
  list: () =>
    queryOptions({
      queryKey: [...enrolmentQueries.all(), 'list'],
      queryFn: ({ signal }) => api.get('/api/me/enrolments', EnrolmentListSchema, { signal }),
    }),
  /** The units of one enrolment; a 404 for someone else's or a missing one. */
  units: (enrolmentId: number) =>
    queryOptions({
      queryKey: [...enrolmentQueries.all(), 'units', enrolmentId],
      queryFn: ({ signal }) =>
        api.get(`/api/me/enrolments/${enrolmentId}/units`, UnitListSchema, { signal }),
    }),
}
