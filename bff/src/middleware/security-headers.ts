/**
 * @module
 * Security headers on every response. The SPA's production build has no inline script, so the
 * Content-Security-Policy needs no nonces.
 */
import type { Context } from 'hono'
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

/** Sets CSP, nosniff, Referrer-Policy, framing and (over HTTPS, see `security/https.ts`) HSTS. */
export function securityHeaders(options: { https: (c: Context) => boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    await next()
    c.header('Content-Security-Policy', CSP)
    c.header('X-Content-Type-Options', 'nosniff')
    c.header('Referrer-Policy', 'no-referrer')
    c.header('X-Frame-Options', 'DENY')
    c.header('Cross-Origin-Opener-Policy', 'same-origin')
    c.header('Cross-Origin-Resource-Policy', 'same-origin')
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()')
    if (options.https(c))
      c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
  })
}
