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

const HEADERS: ReadonlyArray<readonly [string, string]> = [
  ['Content-Security-Policy', CSP],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()'],
]
const HSTS = ['Strict-Transport-Security', 'max-age=31536000; includeSubDomains'] as const

/** Sets CSP, nosniff, Referrer-Policy, framing and (over HTTPS, see `security/https.ts`) HSTS. */
export function securityHeaders(options: { https: (c: Context) => boolean }) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const headers = options.https(c) ? [...HEADERS, HSTS] : HEADERS
    await withHeaders(c, headers, next)
  })
}

/**
 * Puts `headers` on whatever response `next` ends with. They are set before the response exists,
 * so `c.json()` and friends build it with them: a header set on a finished response makes Hono
 * copy it into a new one (and `@hono/node-server` then streams its body instead of writing it
 * out at once), which cost a third of a small answer's time. A response made some other way
 * (`new Response` returned by a handler) gets them afterwards, as before.
 */
export async function withHeaders(
  c: Context,
  headers: ReadonlyArray<readonly [string, string]>,
  next: () => Promise<void>,
) {
  for (const [name, value] of headers) c.header(name, value)
  await next()
  const answered = c.res.headers
  if (headers.some(([name, value]) => answered.get(name) !== value))
    for (const [name, value] of headers) c.header(name, value)
}
