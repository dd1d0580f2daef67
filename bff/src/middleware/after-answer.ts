/**
 * @module
 * Work to start once this request's answer has gone out (or the client has gone), so that it never
 * holds the answer up: with Node's server the response's `close`; without one (`app.request`),
 * at once.
 */
import type { ServerResponse } from 'node:http'
import type { Context } from 'hono'

/** Runs `work` once, when the answer to `c` is out. */
export function afterAnswer(c: Context, work: () => void) {
  const outgoing = (c.env as { outgoing?: ServerResponse } | undefined)?.outgoing
  if (!outgoing) {
    work()
    return
  }
  // `close` follows `finish`, and also comes alone when the client goes away before the end.
  outgoing.once('close', work)
}
