/**
 * @module
 * `/healthz` (the process is alive) and `/readyz` (VETtrak is reachable: 503 if not).
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

/** The health routes. */
export function healthRoutes(vettrak: VettrakClient) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await vettrak.ready()
        return c.json({ status: 'ready' })
      } catch {
        c.header('Retry-After', '5')
        return c.json({ status: 'unavailable', vettrak: 'unreachable' }, 503)
      }
    })
}
