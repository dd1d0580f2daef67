/**
 * @module
 * Whether the portal is served over HTTPS, which decides the session cookie's `Secure` and
 * `__Host-` and the HSTS header. Never decided from the `Host` header: a TLS proxy that forwards
 * its upstream's host (nginx's default) would otherwise make production look like loopback.
 */
import type { Context } from 'hono'

export interface HttpsOptions {
  nodeEnv: string
  publicOrigin: string | undefined
  /** Believe a proxy's `X-Forwarded-Proto`. */
  trustProxy: boolean
}

/** A test of a request: is the portal served over HTTPS? */
export function servedOverHttps(options: HttpsOptions): (c: Context) => boolean {
  const always =
    options.nodeEnv === 'production' ||
    (options.publicOrigin !== undefined && new URL(options.publicOrigin).protocol === 'https:')
  return (c) =>
    always ||
    new URL(c.req.url).protocol === 'https:' ||
    (options.trustProxy && c.req.header('x-forwarded-proto')?.trim().toLowerCase() === 'https')
}
