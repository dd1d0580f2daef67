/**
 * The RTO's brand through the real BFF: set by BRAND_* settings, described by /api/meta, its
 * colours, logo and favicon served from the portal's own origin; bad settings stop the start with
 * the setting to fix; a colour too light for white text is darkened and the log says so.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MetaSchema } from '@vettrak-portal/contracts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadBrand } from '../src/brand/brand.ts'
import { contrastRatio } from '../src/brand/colour.ts'
import { ConfigError, loadConfig } from '../src/env.ts'
import { startStack, type Stack } from './harness.ts'

const LOGO =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>'
const FAVICON = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

let dir: string
let stack: Stack
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vtp-brand-'))
  await writeFile(join(dir, 'logo.svg'), LOGO)
  await writeFile(join(dir, 'favicon.png'), FAVICON)
  stack = await startStack({
    env: {
      BRAND_NAME: 'Harbourside Training College',
      BRAND_PRIMARY_COLOUR: '#ffcc00',
      BRAND_LOGO_FILE: join(dir, 'logo.svg'),
      BRAND_FAVICON_FILE: join(dir, 'favicon.png'),
      BRAND_SUPPORT_EMAIL: 'help@harbourside.edu.au',
      BRAND_SUPPORT_PHONE: '1300 555 010',
      BRAND_PRIVACY_URL: 'https://harbourside.edu.au/privacy',
      BRAND_ABN: '51824753556',
    },
  })
})
afterAll(async () => {
  await stack?.close()
  await rm(dir, { recursive: true, force: true })
})

describe('a branded portal', () => {
  it('describes its brand in /api/meta, with the colour darkened to reach AA', async () => {
    const meta = MetaSchema.parse((await stack.agent().get('/api/meta')).json)
    expect(meta.brand).toMatchObject({
      name: 'Harbourside Training College',
      logoUrl: '/brand/logo',
      faviconUrl: '/brand/favicon',
      supportEmail: 'help@harbourside.edu.au',
      supportPhone: '1300 555 010',
      privacyPolicyUrl: 'https://harbourside.edu.au/privacy',
      abn: '51 824 753 556',
    })
    const used = meta.brand?.primaryColour ?? ''
    expect(used).not.toBe('#ffcc00')
    expect(contrastRatio(used, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    const warning = stack.logLines.find((line) => line.includes('BRAND_PRIMARY_COLOUR'))
    expect(warning).toContain('"configured":"#ffcc00"')
    expect(warning).toContain(`"used":"${used}"`)
  })

  it('serves its colours as a same-origin stylesheet, cacheable', async () => {
    const agent = stack.agent()
    const css = await agent.get('/brand/theme.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/^text\/css/)
    const { primaryColour } = MetaSchema.parse((await agent.get('/api/meta')).json).brand ?? {}
    expect(css.text).toContain(`--color-brand-700: ${primaryColour};`)
    expect(css.headers.get('cache-control')).toBe('public, max-age=300')
    const etag = css.headers.get('etag') ?? ''
    const again = await agent.request('GET', '/brand/theme.css', {
      headers: { 'if-none-match': etag },
    })
    expect(again.status).toBe(304)
  })

  it('serves its logo and favicon as they are, under the same CSP as everything', async () => {
    const agent = stack.agent()
    const logo = await agent.get('/brand/logo')
    expect(logo.status).toBe(200)
    expect(logo.headers.get('content-type')).toBe('image/svg+xml')
    expect(logo.text).toBe(LOGO)
    expect(logo.headers.get('content-security-policy')).toContain("script-src 'self'")
    const favicon = await fetch(`${stack.url}/brand/favicon`)
    expect(favicon.headers.get('content-type')).toBe('image/png')
    expect(Buffer.from(await favicon.arrayBuffer())).toEqual(FAVICON)
  })
})

describe('an unbranded portal', () => {
  it("has the portal's own name and colour, no logo, and the portal's favicon", () => {
    const brand = loadBrand(loadConfig({}).brand)
    expect(brand.meta).toEqual({ name: 'VETtrak Portal', primaryColour: '#0f766e' })
    expect(brand.palette.adjusted).toBe(false)
    expect(brand.logo).toBeUndefined()
    // The SPA's own palette stays as built.
    expect(brand.css).not.toContain('--color-brand')
  })

  it('sends the favicon request to the built-in one', async () => {
    const plain = await startStack({ sharedSimulator: stack.sim })
    try {
      const response = await fetch(`${plain.url}/brand/favicon`, { redirect: 'manual' })
      expect(response.status).toBe(302)
      expect(response.headers.get('location')).toBe('/favicon.svg')
      expect((await fetch(`${plain.url}/brand/logo`)).status).toBe(404)
    } finally {
      await plain.close()
    }
  })
})

describe('brand settings that cannot be used stop the start, naming the setting', () => {
  it.each([
    [{ BRAND_PRIMARY_COLOUR: 'teal' }, 'BRAND_PRIMARY_COLOUR must be a #rrggbb colour'],
    [{ BRAND_SUPPORT_EMAIL: 'not-an-email' }, 'BRAND_SUPPORT_EMAIL must be an email address'],
    [{ BRAND_PRIVACY_URL: 'javascript:alert(1)' }, 'BRAND_PRIVACY_URL must be an http(s) URL'],
    [{ BRAND_SUPPORT_PHONE: 'call us' }, 'BRAND_SUPPORT_PHONE must be a phone number'],
    [{ BRAND_ABN: '51 824 753 557' }, 'BRAND_ABN must be an Australian Business Number'],
  ])('%o', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError)
    expect(() => loadConfig(env)).toThrow(message)
  })

  it('a logo that is missing or not an image', () => {
    const missing = loadConfig({ BRAND_LOGO_FILE: join(tmpdir(), 'no-such-logo.svg') }).brand
    expect(() => loadBrand(missing)).toThrow(/BRAND_LOGO_FILE: .*no-such-logo\.svg cannot be read/)
    const notImage = loadConfig({ BRAND_FAVICON_FILE: '/etc/hostname' }).brand
    expect(() => loadBrand(notImage)).toThrow(/BRAND_FAVICON_FILE: .* is not an \.svg/)
  })
})
