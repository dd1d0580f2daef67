/**
 * @module
 * Gives each request an id (echoed as `X-Request-Id`) and a child logger carrying it, and logs one
 * line per request. Only method, path, status and duration are logged: never bodies or cookies.
 */
import { randomUUID } from 'node:crypto'
import { createMiddleware } from 'hono/factory'
import type { Logger } from 'pino'
import type { AppEnv } from '../app-env.ts'

const INCOMING_ID = /^[\w-]{8,64}$/

/** Sets `requestId` and `log` on `c.var` and logs the request when it ends. */
export function requestContext(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const incoming = c.req.header('x-request-id')
    const requestId = incoming && INCOMING_ID.test(incoming) ? incoming : randomUUID()
    const log = logger.child({ requestId })
    c.set('requestId', requestId)
    c.set('log', log)
    const started = performance.now()
    await next()
    c.header('X-Request-Id', requestId)
    log.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    )
  })
}
