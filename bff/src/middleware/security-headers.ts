/**
 * @module
 * Security headers on every response. The SPA's production build has no inline script, so the
 * Content-Security-Policy needs no nonces.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

/**
 * Sets CSP, nosniff, Referrer-Policy, framing and (over HTTPS) HSTS headers. `X-Forwarded-Proto`
 * is believed only with `trustProxy`: anyone can send it to a BFF that is not behind a proxy.
 */
export function securityHeaders(options: { trustProxy?: boolean } = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CSP)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Frame-Options', 'DENY')
    c.header('Cross-Origin-Opener-Policy', 'same-origin')
    c.header('Cross-Origin-Resource-Policy', 'same-origin')
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    const forwardedHttps = options.trustProxy && c.req.header('x-forwarded-proto') === 'https'
    if (new URL(c.req.url).protocol === 'https:' || forwardedHttps)
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  })
}
