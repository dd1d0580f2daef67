import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { AppEnv } from '../app-env.ts'
import { securityHeaders } from './security-headers.ts'

const appWith = (https: boolean) =>
  new Hono<AppEnv>()
    .use(securityHeaders({ https: () => https }))
    .get('/json', (c) => c.json({ ok: true }))
    .get('/raw', () => new Response('plain', { headers: { 'content-type': 'text/plain' } }))
    .get('/loosened', (c) => {
      c.header('X-Frame-Options', 'SAMEORIGIN')
      return c.json({ ok: true })
    })
    .get('/error', () => {
      throw new Error('broken')
    })
    .onError((_, c) => c.json({ error: 'broken' }, 500))

describe('securityHeaders', () => {
  it('are on answers made by the context, made as a Response, and made for an error', async () => {
    const app = appWith(false)
    for (const path of ['/json', '/raw', '/error']) {
      const response = await app.request(path)
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('x-frame-options')).toBe('DENY')
      expect(response.headers.get('strict-transport-security')).toBeNull()
    }
    expect(await (await app.request('/raw')).text()).toBe('plain')
  })

  it('win over a handler that set one of them differently', async () => {
    const response = await appWith(false).request('/loosened')
    expect(response.headers.get('x-frame-options')).toBe('DENY')
    expect(await response.json()).toEqual({ ok: true })
  })

  it('include HSTS over HTTPS', async () => {
    const response = await appWith(true).request('/json')
    expect(response.headers.get('strict-transport-security')).toContain('max-age=31536000')
  })
})
