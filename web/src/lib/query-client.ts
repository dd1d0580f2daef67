import { MutationCache, QueryCache, QueryClient, type QueryKey } from '@tanstack/react-query'
import { ApiError, isApiError } from './api-client.ts'
import { MAX_STALE_VIEW_MS, isVettrakDown, staleViewRefetchInterval } from './stale-views.ts'

declare module '@tanstack/react-query' {
  interface Register {
    defaultError: Error
    queryMeta: {
      /** This query handles a 401 itself (the session guard), so the cache must not redirect. */
      handlesSignedOut?: boolean
      /** Show a toast when a background refetch fails (data already on screen). */
      toastOnBackgroundError?: boolean
    }
    mutationMeta: { handlesSignedOut?: boolean }
  }
}

const MAX_RETRIES = 2

/** Retries only what may pass by itself: VETtrak or the network being briefly unavailable. */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (failureCount >= MAX_RETRIES) return false
  return error instanceof ApiError && (error.status >= 500 || error.code === 'UNREACHABLE')
}

/** True when the BFF says there is no usable session. */
export function isSignedOutError(error: unknown): boolean {
  return isApiError(error, 'SESSION_EXPIRED', 'UNAUTHENTICATED')
}

export interface QueryClientHooks {
  /**
   * The session ended under a query or mutation: leave for sign-in. The cache is cleared once
   * this settles and nothing reads `sessionKey` any more (see {@link leaveAndForget}).
   */
  onSessionEnded: () => Promise<void> | void
  /** The session query's key: the signed-in frame reads it for as long as it is on screen. */
  sessionKey: QueryKey
  /** Whether the SPA believed it was signed in (a first visit's 401 is not an expiry). */
  wasSignedIn: (queryClient: QueryClient) => boolean
  /** A background refetch failed while older data stays on screen. */
  onBackgroundError?: (error: Error) => void
  /** How long a view may be shown from before VETtrak stopped answering (default 15 minutes). */
  maxStaleViewMs?: number
}

/** The SPA's query client: defaults, and what happens when a request finds the session gone. */
export function createQueryClient(hooks: QueryClientHooks) {
  let ending = false
  const endSession = (error: Error) => {
    if (ending) return
    if (isApiError(error, 'UNAUTHENTICATED') && !hooks.wasSignedIn(queryClient)) return
    ending = true
    void leaveAndForget(queryClient, hooks.sessionKey, hooks.onSessionEnded).finally(() => {
      ending = false
    })
  }

  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isSignedOutError(error)) {
          // A guard's first load redirects by itself; a refetch of data on screen cannot.
          const guardedFirstLoad = query.meta?.handlesSignedOut && query.state.data === undefined
          if (!guardedFirstLoad) endSession(error)
          return
        }
        if (query.state.data === undefined) return
        if (isVettrakDown(error)) {
          // Too old to show: forget it, so the page says VETtrak is down instead.
          const age = Date.now() - query.state.dataUpdatedAt
          if (age > (hooks.maxStaleViewMs ?? MAX_STALE_VIEW_MS))
            void queryClient.resetQueries({ queryKey: query.queryKey, exact: true })
          // Otherwise the page shows it with its time (StaleViewNotice): no toast on top.
          return
        }
        hooks.onBackgroundError?.(error)
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isSignedOutError(error) && !mutation.meta?.handlesSignedOut) endSession(error)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
        // A view shown from before VETtrak stopped answering refreshes itself when it is back.
        refetchInterval: staleViewRefetchInterval,
      },
      mutations: { retry: false },
    },
  })
  return queryClient
}

/**
 * How every signed-in session ends in the SPA (signed out, or found expired): `leave` for sign-in,
 * then forget every cached record once the signed-in pages have left the screen. Cleared while they
 * are still there, the frame asks for the session it just ended and throws that 401 while rendering.
 */
export async function leaveAndForget(
  queryClient: QueryClient,
  sessionKey: QueryKey,
  leave: () => Promise<void> | void,
): Promise<void> {
  try {
    await leave()
    await untilUnread(queryClient, sessionKey)
  } finally {
    queryClient.clear()
  }
}

/** How long the signed-in pages may take to leave the screen before the cache is cleared anyway. */
const LEAVING_MS = 5_000

/**
 * Resolves once no component reads `queryKey` (the signed-in frame has left the screen: React
 * commits a navigation after the router reports it done), or after {@link LEAVING_MS}. A cache
 * cleared while the frame is still there makes its pages ask for the session it just lost.
 */
function untilUnread(queryClient: QueryClient, queryKey: QueryKey): Promise<void> {
  const cache = queryClient.getQueryCache()
  const read = () => (cache.find({ queryKey, exact: true })?.getObserversCount() ?? 0) > 0
  if (!read()) return Promise.resolve()
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      stop()
      resolve()
    }
    const timer = setTimeout(done, LEAVING_MS)
    const stop = cache.subscribe((event) => {
      if (event.type === 'observerRemoved' && !read()) done()
    })
  })
}
