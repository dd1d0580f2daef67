/**
 * @module
 * Serves the built SPA from the same origin as the API. Hashed files under `/assets/` never change,
 * so browsers keep them for a year; `index.html` is checked every time, so a new build is picked up
 * at once. Any other path that does not look like a file is a client-side route and gets
 * `index.html`; `/api/*` is never answered here.
 */
import { readFile, stat } from 'node:fs/promises'
import { resolve, sep } from 'node:path'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { contentTypeOf } from './content-types.ts'

const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** The file under `root` a URL path names, or undefined if it escapes `root` or names a dotfile. */
function fileUnder(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.split('/').some((part) => part.startsWith('.')))
    return undefined
  const file = resolve(root, `.${decoded}`)
  return file.startsWith(root + sep) ? file : undefined
}

async function readIfFile(file: string | undefined): Promise<Buffer | undefined> {
  if (file === undefined) return undefined
  try {
    if (!(await stat(file)).isFile()) return undefined
    return await readFile(file)
  } catch {
    return undefined
  }
}

const looksLikeFile = (path: string) => /\.[a-z0-9]+$/i.test(path.slice(path.lastIndexOf('/')))

/**
 * Middleware serving the SPA built into `distDir`; passes on what is not the SPA's. Source maps
 * (`*.map`) carry the whole SPA source: they are served only when `sourceMaps` says so (not in
 * production).
 */
export function serveSpa(distDir: string, options: { sourceMaps: boolean }) {
  const root = resolve(distDir)
  const indexFile = resolve(root, 'index.html')
  return createMiddleware<AppEnv>(async (c, next) => {
    const path = c.req.path
    if ((c.req.method !== 'GET' && c.req.method !== 'HEAD') || path.startsWith('/api/'))
      return next()
    if (!options.sourceMaps && path.toLowerCase().endsWith('.map')) return next()
    if (path !== '/' && path !== '/index.html') {
      const file = fileUnder(root, path)
      const content = await readIfFile(file)
      if (content && file) {
        const cacheControl = path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE
        return c.body(new Uint8Array(content), 200, {
          'Content-Type': contentTypeOf(file),
          'Cache-Control': cacheControl,
        })
      }
      // A missing script or image must be a 404, not the HTML of index.html.
      if (path.startsWith('/assets/') || looksLikeFile(path)) return next()
    }
    const index = await readIfFile(indexFile)
    if (!index) return next()
    return c.body(new Uint8Array(index), 200, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': REVALIDATE,
    })
  })
}
