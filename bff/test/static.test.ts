import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Stack } from './harness.ts'

const INDEX =
  '<!doctype html><title>portal</title><script type="module" src="/assets/app-1a2b3c4d.js"></script>'
const SCRIPT = 'console.log("portal")'

let dist: string
let stack: Stack
let direct: Stack

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'vtp-web-dist-'))
  mkdirSync(join(dist, 'assets'))
  writeFileSync(join(dist, 'index.html'), INDEX)
  writeFileSync(join(dist, 'assets', 'app-1a2b3c4d.js'), SCRIPT)
  writeFileSync(join(dist, 'assets', 'app-1a2b3c4d.js.map'), '{"version":3,"sourcesContent":[]}')
  writeFileSync(join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(dist, '.env'), 'SECRET=1')
  stack = await startStack({ env: { WEB_DIST_DIR: dist, TRUST_PROXY: 'true' } })
  direct = await startStack({ env: { WEB_DIST_DIR: dist } })
})
afterAll(async () => {
  await stack.close()
  await direct.close()
  rmSync(dist, { recursive: true, force: true })
})

const get = (path: string, headers: Record<string, string> = {}) =>
  stack.agent().request('GET', path, { headers })

describe('serving the SPA', () => {
  it('hashed assets are cached for a year as immutable', async () => {
    const response = await get('/assets/app-1a2b3c4d.js')
    expect(response.status).toBe(200)
    expect(response.text).toBe(SCRIPT)
    expect(response.headers.get('content-type')).toMatch(/^text\/javascript/)
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
  })

  it('index.html is revalidated every time', async () => {
    for (const path of ['/', '/index.html']) {
      const response = await get(path)
      expect(response.status).toBe(200)
      expect(response.text).toBe(INDEX)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('cache-control')).toBe('no-cache')
    }
  })

  it('a client-side route gets index.html', async () => {
    const response = await get('/employer/trainees')
    expect(response.status).toBe(200)
    expect(response.text).toBe(INDEX)
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('other files at the top are served but not cached for good', async () => {
    const response = await get('/favicon.svg')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('image/svg+xml')
    expect(response.headers.get('cache-control')).toBe('no-cache')
  })

  it('a missing asset is a 404, never index.html', async () => {
    for (const path of ['/assets/app-00000000.js', '/missing.png']) {
      const response = await get(path)
      expect(response.status).toBe(404)
      expect(response.text).not.toContain('<title>portal')
    }
  })

  it('an unknown API path is a JSON 404, not the SPA', async () => {
    const response = await get('/api/not-a-route')
    expect(response.status).toBe(404)
    expect(response.json).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })

  it('dotfiles and paths outside the build are never served', async () => {
    for (const path of [
      '/.env',
      '/assets/..%2f.env',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/%2e%2e/%2e%2e/package.json',
    ]) {
      const response = await get(path)
      expect(response.text).not.toContain('SECRET')
      expect(response.text).not.toContain('root:')
      expect([200, 404]).toContain(response.status)
      if (response.status === 200) expect(response.text).toBe(INDEX)
    }
  })
})

describe('security headers', () => {
  const expectSecurityHeaders = (headers: Headers) => {
    expect(headers.get('content-security-policy')).toContain("default-src 'self'")
    expect(headers.get('content-security-policy')).toContain("script-src 'self'")
    expect(headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
    expect(headers.get('x-content-type-options')).toBe('nosniff')
    expect(headers.get('referrer-policy')).toBe('no-referrer')
    expect(headers.get('x-frame-options')).toBe('DENY')
  }

  it('are on every kind of response: page, asset, API, error, health', async () => {
    for (const path of [
      '/',
      '/assets/app-1a2b3c4d.js',
      '/api/session',
      '/missing.png',
      '/healthz',
      '/api/docs',
    ])
      expectSecurityHeaders((await get(path)).headers)
  })

  it('HSTS is sent when a trusted proxy says the request came over HTTPS, and not over HTTP', async () => {
    const overHttps = await get('/', { 'x-forwarded-proto': 'https' })
    expect(overHttps.headers.get('strict-transport-security')).toBe(
      'max-age=31536000; includeSubDomains',
    )
    expect((await get('/')).headers.get('strict-transport-security')).toBeNull()
  })

  it('without TRUST_PROXY a forged X-Forwarded-Proto is ignored', async () => {
    const response = await direct.agent().request('GET', '/', {
      headers: { 'x-forwarded-proto': 'https' },
    })
    expect(response.status).toBe(200)
    expect(response.headers.get('strict-transport-security')).toBeNull()
  })
})

describe('source maps', () => {
  it('are served in development, and not in production (they carry the whole SPA source)', async () => {
    expect((await get('/assets/app-1a2b3c4d.js.map')).status).toBe(200)
    const production = await startStack({ env: { WEB_DIST_DIR: dist, NODE_ENV: 'production' } })
    try {
      const agent = production.agent()
      expect((await agent.get('/assets/app-1a2b3c4d.js')).status).toBe(200)
      for (const path of ['/assets/app-1a2b3c4d.js.map', '/assets/APP-1a2b3c4d.js.MAP'])
        expect((await agent.get(path)).status, path).toBe(404)
    } finally {
      await production.close()
    }
  })
})
