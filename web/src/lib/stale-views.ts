/**
 * @module
 * Pages that stay useful while VETtrak is down. A read that fails because VETtrak is unavailable
 * or timed out keeps what this tab's session last saw of that view (TanStack Query keeps a query's
 * data through a failed refetch), for at most {@link MAX_STALE_VIEW_MS}; the page says since when,
 * and the query refetches every {@link STALE_VIEW_REFRESH_MS} until VETtrak answers, when the
 * fresh answer replaces it. Nothing is stored outside the query cache, which is this tab's memory
 * and is cleared at sign-in, at sign-out and when the session ends.
 */
import type { Query, QueryClient } from '@tanstack/react-query'
import { isApiError } from './api-client.ts'

/** How long a view may be shown from before VETtrak stopped answering. */
export const MAX_STALE_VIEW_MS = 15 * 60_000
/** How often a view shown from before tries VETtrak again. */
export const STALE_VIEW_REFRESH_MS = 15_000

/** VETtrak did not answer (down, or the BFF's circuit is open) or did not answer in time. */
export const isVettrakDown = (error: unknown) =>
  isApiError(error, 'UPSTREAM_UNAVAILABLE', 'UPSTREAM_TIMEOUT')

/** The query failed with VETtrak down and still holds an earlier answer. */
export const isShownFromBefore = (query: Pick<Query<unknown>, 'state'>) =>
  query.state.status === 'error' &&
  query.state.data !== undefined &&
  isVettrakDown(query.state.error)

/** The refetch interval of every query: a view shown from before tries VETtrak again. */
export const staleViewRefetchInterval = (query: Pick<Query<unknown>, 'state'>) =>
  isShownFromBefore(query) ? STALE_VIEW_REFRESH_MS : false

/**
 * When the oldest view on screen that is shown from before VETtrak stopped answering was last
 * fresh (epoch milliseconds), or undefined when everything on screen is current.
 */
export function staleViewAsOf(queryClient: QueryClient): number | undefined {
  let oldest: number | undefined
  for (const query of queryClient.getQueryCache().getAll()) {
    if (query.getObserversCount() === 0 || !isShownFromBefore(query)) continue
    oldest = Math.min(oldest ?? Number.POSITIVE_INFINITY, query.state.dataUpdatedAt)
  }
  return oldest
}
