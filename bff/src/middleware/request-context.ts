/**
 * @module
 * Gives each request an id of ours (sent as `X-Request-Id`; a client's own `X-Request-Id`, when
 * well-formed, is logged as `clientRequestId`) and a child logger carrying it, and logs one
 * line per request. Only method, path, status and duration are logged: never bodies or cookies.
 */
import { randomUUID } from 'node:crypto'
import { createMiddleware } from 'hono/factory'
import type { Logger } from 'pino'
import type { AppEnv } from '../app-env.ts'
import { withHeaders } from './security-headers.ts'

const INCOMING_ID = /^[\w-]{8,64}$/

/** Sets `requestId` and `log` on `c.var` and logs the request when it ends. */
export function requestContext(logger: Logger) {
  return createMiddleware<AppEnv>(async (c, next) => {
    // Our own id, always: a client's id could be anyone's, so it is logged apart (if well-formed).
    const requestId = randomUUID()
    const incoming = c.req.header('x-request-id')
    const clientRequestId = incoming && INCOMING_ID.test(incoming) ? incoming : undefined
    const log = logger.child(clientRequestId ? { requestId, clientRequestId } : { requestId })
    c.set('requestId', requestId)
    c.set('log', log)
    const started = performance.now()
    await withHeaders(c, [['X-Request-Id', requestId]], next)
    log.info(
      {
        method: c.req.method,
        // A calendar feed's path is its secret: it is never written to the log.
        path: c.req.path.replace(/^\/calendar\/[^/]+/, '/calendar/[token]'),
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    )
  })
}
