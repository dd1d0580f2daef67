/**
 * @module
 * `/healthz` (the process is alive: for restarts) and `/readyz` (VETtrak and, when there is one,
 * the shared session store are usable: for load balancers; 503 with Retry-After and which one is
 * not when either is not, VETtrak's circuit breaker is open, or VETtrak does not offer sign-in).
 * Both `/readyz` answers list the features VETtrak's WSDL leaves off, or say the list is
 * unverified because the WSDL could not be read (every feature then stays on).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { SharedStore } from '../store/shared-store.ts'
import type { createReadinessProbe } from '../upstream/readiness-probe.ts'

/** Seconds a load balancer may wait before asking again after the store was unreachable. */
const STORE_RETRY_AFTER_SECONDS = 2

/** The health routes; `store` is the shared session store, when there is one. */
export function healthRoutes(
  readiness: ReturnType<typeof createReadinessProbe>,
  store?: SharedStore,
) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      c.header('Cache-Control', 'no-store')
      const [result, storeReachable] = await Promise.all([
        readiness.check(),
        store ? store.reachable() : undefined,
      ])
      const features = result.features && { features: result.features }
      const vettrak = result.ready
        ? 'reachable'
        : result.reason === 'unreachable' || result.reason === 'circuit-open'
          ? result.reason
          : 'sign-in-not-offered'
      const sessionStore =
        storeReachable === undefined ? 'in-process' : storeReachable ? 'reachable' : 'unreachable'
      if (result.ready && storeReachable !== false)
        return c.json({ status: 'ready', vettrak, sessionStore, ...features })
      c.header(
        'Retry-After',
        String(
          Math.max(
            result.ready ? 0 : result.retryAfterSeconds,
            storeReachable === false ? STORE_RETRY_AFTER_SECONDS : 0,
          ),
        ),
      )
      return c.json({ status: 'unavailable', vettrak, sessionStore, ...features }, 503)
    })
}
