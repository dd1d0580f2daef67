/**
 * @module
 * The address a request came from, for throttling password guesses. Behind a reverse proxy the
 * socket's peer is the proxy for everyone, so with `TRUST_PROXY` the address is the one the proxy
 * appended to `X-Forwarded-For` (its right-most entry): every entry left of it was written by the
 * client and proves nothing. IPv6 addresses are grouped by /64, the block one subscriber gets.
 */
import { isIPv4, isIPv6 } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

/** The peer's IP address as the socket says, or `unknown` when the runtime does not say. */
function socketPeer(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** The eight hextets of an IPv6 address (`::` expanded, an embedded IPv4 tail converted). */
function hextets(address: string): string[] | undefined {
  let text = address.toLowerCase().replace(/%.*$/, '')
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text)?.[1]
  if (v4Tail) {
    const [a = 0, b = 0, c = 0, d = 0] = v4Tail.split('.').map(Number)
    text =
      text.slice(0, -v4Tail.length) +
      `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`
  }
  const [head = '', tail] = text.split('::')
  const left = head ? head.split(':') : []
  const right = tail ? tail.split(':') : []
  const missing = 8 - left.length - right.length
  if (tail === undefined ? left.length !== 8 : missing < 0) return undefined
  return [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right]
}

/**
 * The throttle's key for an address: IPv4 as is (also when written IPv4-mapped, `::ffff:a.b.c.d`),
 * IPv6 as its /64 prefix; anything else as `unknown`.
 */
export function addressKey(address: string): string {
  const text = address.trim()
  if (isIPv4(text)) return text
  if (!isIPv6(text.replace(/%.*$/, ''))) return 'unknown'
  const parts = hextets(text)
  if (!parts) return 'unknown'
  if (parts.slice(0, 5).every((p) => Number.parseInt(p, 16) === 0) && parts[5] === 'ffff') {
    const [hi = 0, lo = 0] = [parts[6], parts[7]].map((p) => Number.parseInt(p ?? '0', 16))
    return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.')
  }
  return `${parts
    .slice(0, 4)
    .map((p) => Number.parseInt(p, 16).toString(16))
    .join(':')}::/64`
}

/** The right-most `X-Forwarded-For` entry: the address the trusted proxy saw. */
function forwardedFor(c: Context): string | undefined {
  const header = c.req.header('x-forwarded-for')
  if (!header) return undefined
  const last = header.split(',').pop()?.trim()
  return last && (isIPv4(last) || isIPv6(last.replace(/%.*$/, ''))) ? last : undefined
}

/**
 * Middleware that works out the request's address once (`c.var.clientAddress`). Without
 * `trustProxy`, `X-Forwarded-For` is ignored: anyone can send it to a BFF not behind a proxy.
 */
export function clientAddressOf(options: { trustProxy: boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const forwarded = options.trustProxy ? forwardedFor(c) : undefined
    c.set('clientAddress', addressKey(forwarded ?? socketPeer(c)))
    return next()
  })
}

/** The request's address key, as `clientAddressOf` worked it out (the socket's peer without it). */
export function clientAddress(c: Context<AppEnv>): string {
  return c.get('clientAddress') ?? addressKey(socketPeer(c))
}
