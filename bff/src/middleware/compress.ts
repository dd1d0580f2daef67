/**
 * @module
 * Hono's `compress()` for answers worth compressing. It can only skip an answer under its
 * threshold when the answer says its length, and `c.json()` does not: every small JSON answer to
 * a browser went through a `CompressionStream` (and came out no smaller than a packet anyway).
 * Here an answer of a compressible type to a client that accepts an encoding is given its
 * `Content-Length` first (every answer of the BFF is already in memory: strings and buffers, no
 * streams), so `compress()` leaves small ones as they are and compresses the rest as before.
 * An answer `@hono/node-server` holds as a string (what `c.json()` makes) is measured as it is:
 * reading its body would first turn it into a full `Response` with a stream, only to read it back.
 */
import type { MiddlewareHandler } from 'hono'
import { COMPRESSIBLE_CONTENT_TYPE_REGEX, compress } from 'hono/compress'

/** Below this many bytes an answer is sent as it is (Hono's default threshold). */
export const COMPRESS_THRESHOLD = 1024

/** `compress()`, skipping answers under `COMPRESS_THRESHOLD` bytes whatever made them. */
export function compressLargeAnswers(): MiddlewareHandler {
  const compressing = compress({ threshold: COMPRESS_THRESHOLD })
  return (c, next) =>
    compressing(c, async () => {
      await next()
      if (!c.req.header('accept-encoding') || c.req.method === 'HEAD') return
      const answer = c.res
      const type = answer.headers.get('content-type')
      if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type)) return
      if (answer.headers.has('content-length') || answer.headers.has('content-encoding')) return
      const textLength = heldTextLength(answer)
      if (textLength !== undefined) {
        answer.headers.set('Content-Length', String(textLength))
        return
      }
      if (answer.body === null) return
      const body = await answer.arrayBuffer()
      const headers = new Headers(answer.headers)
      headers.set('Content-Length', String(body.byteLength))
      // Cleared first, so Hono takes the new answer as it is instead of copying the old one's
      // headers into it.
      c.res = undefined
      c.res = new Response(body, { status: answer.status, headers })
    })
}

/**
 * The byte length of an answer `@hono/node-server` still holds as its text (its lightweight
 * `Response` keeps `[status, body, headers]` under a symbol until something reads the body), or
 * undefined for any other answer, which is then read the usual way.
 */
export function heldTextLength(answer: Response): number | undefined {
  const key = Object.getOwnPropertySymbols(answer).find((symbol) => symbol.description === 'cache')
  const held: unknown = key && (answer as unknown as Record<symbol, unknown>)[key]
  if (!Array.isArray(held) || held.length !== 3 || typeof held[1] !== 'string') return undefined
  return Buffer.byteLength(held[1])
}
