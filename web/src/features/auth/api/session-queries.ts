import { queryOptions } from '@tanstack/react-query'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api, loadContracts } from '../../../lib/api-client.ts'
import { staleViewRefetchInterval } from '../../../lib/stale-views.ts'

/** Query keys of employer-scoped data start with this, so a change of employer drops them. */
export const EMPLOYER_SCOPED_KEY = 'employer'

export const sessionQueries = {
  /** Who is signed in, their employers and the active one; the route guards read it. */
  current: () =>
    queryOptions({
      queryKey: ['session'],
      queryFn: async ({ signal }) =>
        api.get(apiRoutes.currentSession.path, (await loadContracts()).SessionSchema, { signal }),
      staleTime: 60_000,
      refetchOnWindowFocus: true,
      // While VETtrak has not listed the person's employers, the BFF asks it again at each read;
      // otherwise the interval every query has.
      refetchInterval: (query) =>
        query.state.data?.employersUnavailable ? 60_000 : staleViewRefetchInterval(query),
      meta: { handlesSignedOut: true },
    }),
}

export const metaQueries = {
  /** Demo mode and the demo accounts, for the sign-in page. */
  current: () =>
    queryOptions({
      queryKey: ['meta'],
      queryFn: async ({ signal }) =>
        api.get(apiRoutes.meta.path, (await loadContracts()).MetaSchema, { signal }),
      staleTime: Infinity,
      retry: false,
    }),
}
