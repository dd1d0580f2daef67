import { allFeaturesOn, type Features } from '@vettrak-portal/contracts'
import { useQueryClient, type QueryClient } from '@tanstack/react-query'
import { metaQueries } from '../api/session-queries.ts'

/**
 * Which features this RTO's VETtrak offers (from `/api/meta`, which the signed-in routes' loader
 * loads first). Read from the cache without subscribing: a subscription would re-render the
 * signed-in frame when the cache is cleared at sign-out, and refetch the session it just ended.
 * Without an answer every feature counts as on: a page the BFF does not serve explains itself.
 */
export function useFeatures(): Features {
  return featuresIn(useQueryClient())
}

/** The same answer outside React (a loader deciding what to prefetch). */
export function featuresIn(queryClient: QueryClient): Features {
  return queryClient.getQueryData(metaQueries.current().queryKey)?.features ?? allFeaturesOn()
}
