/**
 * @module
 * The size limit of request bodies, enforced while the body is read: a `Content-Length` over the
 * limit is refused before a byte is read, and a body without one (chunked) is cut off as soon as
 * it passes the limit. Either way the answer is a 413 `PAYLOAD_TOO_LARGE` and the connection is
 * closed, so the rest of the body is never read into memory.
 */
import type { MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError, defaultMessage } from '../errors.ts'

/** Every JSON body the BFF takes (a sign-in, a password change) is well under 1 KB. */
export const MAX_BODY_BYTES = 16 * 1024

/** Middleware refusing bodies over `maxBytes` with 413. */
export function limitBodies(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: (c) => {
      c.header('Connection', 'close')
      throw new AppError('PAYLOAD_TOO_LARGE', defaultMessage('PAYLOAD_TOO_LARGE'))
    },
  })
  // A GET or HEAD has no body for Hono to give us (`fetch`'s Request refuses one), and asking for
  // it would build that Request on every read.
  return (c, next) => (c.req.method === 'GET' || c.req.method === 'HEAD' ? next() : limit(c, next))
}
