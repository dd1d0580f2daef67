/**
 * @module
 * `/healthz` (the process is alive: for restarts) and `/readyz` (VETtrak is usable: for load
 * balancers; 503 with Retry-After when it is not or the circuit breaker is open).
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
      if (result.ready) return c.json({ status: 'ready', vettrak: 'reachable' })
      c.header('Retry-After', String(result.retryAfterSeconds))
      return c.json(
        {
          status: 'unavailable',
          vettrak: result.reason === 'circuit-open' ? 'circuit-open' : 'unreachable',
        },
        503,
      )
    })
}
