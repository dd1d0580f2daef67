/**
 * @module
 * `/brand/…`: the RTO's colours as a stylesheet, its logo and favicon, from the portal's own origin
 * (so the Content-Security-Policy needs nothing but `'self'`). Public: the sign-in page shows them.
 */
import { createHash } from 'node:crypto'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { Brand, BrandImage } from '../brand/brand.ts'
import { AppError, defaultMessage } from '../errors.ts'
import { etagMatches } from '../middleware/etag.ts'

/** Long enough to spare requests, short enough that a new brand shows within minutes. */
const CACHE_CONTROL = 'public, max-age=300'

const etagOf = (body: string | Uint8Array) =>
  `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`

function cached(c: Context<AppEnv>, body: string | Uint8Array, contentType: string) {
  const etag = etagOf(body)
  c.header('Cache-Control', CACHE_CONTROL)
  c.header('ETag', etag)
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304)
  c.header('Content-Type', contentType)
  return c.body(typeof body === 'string' ? body : new Uint8Array(body))
}

const image = (c: Context<AppEnv>, file: BrandImage) => cached(c, file.body, file.contentType)

/** The brand routes. */
export function brandRoutes(brand: Brand) {
  return new Hono<AppEnv>()
    .get('/theme.css', (c) => cached(c, brand.css, 'text/css; charset=utf-8'))
    .get('/logo', (c) => {
      if (!brand.logo) throw new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
      return image(c, brand.logo)
    })
    .get('/favicon', (c) => {
      // Without one of the RTO's own, the portal's.
      if (!brand.favicon) return c.redirect('/favicon.svg', 302)
      return image(c, brand.favicon)
    })
}
