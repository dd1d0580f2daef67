/**
 * @module
 * Refuses cross-site requests that change state. Hono's `csrf()` checks form posts only; a JSON API
 * needs its own check: a JSON content type (which a cross-site form cannot send without a CORS
 * preflight) and a same-origin `Sec-Fetch-Site` or `Origin`.
 */
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { AppError } from '../errors.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Throws FORBIDDEN for a state-changing request from another site; `publicOrigin` if behind a proxy. */
export function sameOriginWrites(publicOrigin: string | undefined) {
  return createMiddleware<AppEnv>(async (c, next) => {
    if (SAFE_METHODS.has(c.req.method)) return next()
    const fetchSite = c.req.header('sec-fetch-site')
    if (fetchSite && fetchSite !== 'same-origin' && fetchSite !== 'none')
      throw new AppError('FORBIDDEN', 'Cross-site requests cannot change anything here.')
    const origin = c.req.header('origin')
    const expected = publicOrigin ?? new URL(c.req.url).origin
    if (origin && origin !== expected)
      throw new AppError('FORBIDDEN', 'Cross-site requests cannot change anything here.')
    const hasBody = c.req.header('content-length') !== '0' && c.req.method !== 'DELETE'
    const contentType = c.req.header('content-type') ?? ''
    if (hasBody && !/^application\/json\s*(;|$)/i.test(contentType))
      throw new AppError('VALIDATION_FAILED', 'Send the request body as application/json.')
    return next()
  })
}
