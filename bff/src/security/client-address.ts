/**
 * @module
 * The address a request came from, for throttling password guesses.
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

/** The peer's IP address, or `unknown` when the runtime does not say. */
export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}
