/**
 * @module
 * `/healthz` (the process is alive: for restarts) and `/readyz` (VETtrak is usable: for load
 * balancers; 503 with Retry-After when it is not, the circuit breaker is open, or VETtrak does not
 * offer sign-in). Both `/readyz` answers list the features VETtrak's WSDL leaves off, or say the
 * list is unverified because the WSDL could not be read (every feature then stays on).
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { createReadinessProbe } from '../upstream/readiness-probe.ts'

/** The health routes. */
export function healthRoutes(readiness: ReturnType<typeof createReadinessProbe>) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      c.header('Cache-Control', 'no-store')
      const result = await readiness.check()
      const features = result.features && { features: result.features }
      if (result.ready) return c.json({ status: 'ready', vettrak: 'reachable', ...features })
      c.header('Retry-After', String(result.retryAfterSeconds))
      return c.json(
        {
          status: 'unavailable',
          vettrak:
            result.reason === 'unreachable' || result.reason === 'circuit-open'
              ? result.reason
              : 'sign-in-not-offered',
          ...features,
        },
        503,
      )
    })
}
