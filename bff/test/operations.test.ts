import { apiSpec } from '../src/api-spec.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Stack } from './harness.ts'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

const get = (path: string) => stack.agent().get(path)

describe('operations endpoints', () => {
  it('/healthz says the process is alive', async () => {
    const response = await get('/healthz')
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ status: 'ok' })
  })

  it('/readyz is 200 while VETtrak answers, and 503 with Retry-After when it fails', async () => {
    expect((await get('/readyz')).status).toBe(200)
    stack.sim.setFaults({ failures: [{ kind: 'db-error' }] })
    // The last answer is reused for five seconds; the BFF's clock passes them.
    stack.advance(6)
    const down = await get('/readyz')
    expect(down.status).toBe(503)
    expect(down.json).toEqual({
      status: 'unavailable',
      vettrak: 'unreachable',
      features: { source: 'wsdl', off: [] },
      sessionStore: 'in-process',
    })
    expect(Number(down.headers.get('retry-after'))).toBeGreaterThan(0)
    stack.sim.clearFaults()
    stack.advance(6)
    expect((await get('/readyz')).status).toBe(200)
  })
})

describe('compression', () => {
  it('JSON answers are gzipped for clients that accept it, and plain for the others', async () => {
    const agent = stack.agent()
    const big = await agent.request('GET', '/api/openapi.json', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(big.status).toBe(200)
    expect(big.headers.get('content-encoding')).toBe('gzip')
    expect(JSON.parse(big.text)).toHaveProperty('openapi')
    const plain = await agent.request('GET', '/api/openapi.json', {
      headers: { 'accept-encoding': 'identity' },
    })
    expect(plain.headers.get('content-encoding')).toBeNull()
  })

  it('small answers go as they are, with their length, to clients that accept gzip too', async () => {
    const small = await stack.agent().request('GET', '/healthz', {
      headers: { 'accept-encoding': 'gzip' },
    })
    expect(small.headers.get('content-encoding')).toBeNull()
    expect(small.headers.get('content-length')).toBe(String(Buffer.byteLength(small.text)))
    expect(small.json).toEqual({ status: 'ok' })
    expect(small.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('when VETtrak cannot be reached at all', () => {
  let unreachable: Stack
  beforeAll(async () => {
    // Port 1 on loopback refuses connections at once: a VETtrak that is down.
    unreachable = await startStack({
      env: { VETTRAK_WSDL_URL: 'http://127.0.0.1:1/VT_API.asmx?WSDL' },
    })
  })
  afterAll(() => unreachable.close())

  it('/readyz is 503 with Retry-After while /healthz is still 200', async () => {
    const agent = unreachable.agent()
    const ready = await agent.get('/readyz')
    expect(ready.status).toBe(503)
    // The WSDL could not be read either: no feature is turned off on a guess, and it says so.
    expect(ready.json).toEqual({
      status: 'unavailable',
      vettrak: 'unreachable',
      features: {
        source: 'unverified',
        off: [],
        error: expect.stringContaining('could not fetch the WSDL') as unknown,
      },
      sessionStore: 'in-process',
    })
    expect(ready.headers.get('retry-after')).toBe('5')
    expect((await agent.get('/healthz')).status).toBe(200)
  })

  it('signing in is a 503 UPSTREAM_UNAVAILABLE, not a wrong password', async () => {
    const response = await unreachable.agent().signIn('demo.learner', 'Learner!2026')
    expect(response.status).toBe(503)
    expect(response.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })
  })
})

describe('the API description', () => {
  it('/api/openapi.json lists every route of the route table with its access level', async () => {
    const response = await get('/api/openapi.json')
    expect(response.status).toBe(200)
    const document = response.json as {
      openapi: string
      paths: Record<string, Record<string, { 'x-access': string }>>
      components: { schemas: Record<string, unknown> }
    }
    expect(document.openapi).toBe('3.1.0')
    for (const route of apiSpec) {
      const operation = document.paths[route.path.replace(/:(\w+)/g, '{$1}')]?.[route.method]
      expect(operation, `${route.method} ${route.path}`).toBeDefined()
      expect(operation?.['x-access']).toBe(route.access)
    }
    const documented = Object.values(document.paths).flatMap((methods) => Object.keys(methods))
    expect(documented).toHaveLength(apiSpec.length)
    expect(document.components.schemas).toHaveProperty('Session')
    expect(document.components.schemas).toHaveProperty('ErrorBody')
  })

  it('a route a feature gate can turn off documents its 404 FEATURE_UNAVAILABLE; others do not', async () => {
    const document = (await get('/api/openapi.json')).json as {
      paths: Record<string, Record<string, { responses: Record<string, { description: string }> }>>
    }
    const responses = (path: string, method = 'get') => document.paths[path]?.[method]?.responses
    expect(responses('/api/me/awards')?.['404']?.description).toContain(
      'certificates (FEATURE_UNAVAILABLE)',
    )
    expect(responses('/api/staff/clients/{code}/events')?.['404']?.description).toContain(
      'staffClients and events',
    )
    expect(responses('/api/me')?.['404']).toBeUndefined()
    expect(responses('/api/session', 'post')?.['404']).toBeUndefined()
  })

  it('request bodies and query parameters come from the contracts', async () => {
    const document = (await get('/api/openapi.json')).json as {
      paths: Record<string, Record<string, Record<string, unknown>>>
    }
    expect(document.paths['/api/session']?.post?.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/SignInInput' } } },
    })
    const staffSearch = document.paths['/api/staff/clients']?.get?.parameters as Array<{
      in: string
      name: string
    }>
    expect(staffSearch.some((p) => p.in === 'query')).toBe(true)
  })

  it('/api/docs is a readable HTML page with every route, no script and a same-origin stylesheet', async () => {
    const response = await get('/api/docs')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/text\/html/)
    expect(response.text).not.toMatch(/<script|style=|<style/i)
    for (const route of apiSpec)
      expect(response.text).toContain(`<code>${route.path.replace(/:(\w+)/g, '{$1}')}</code>`)
    expect(response.text).toContain('employer-contact')
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'")
    const css = await get('/api/docs.css')
    expect(css.status).toBe(200)
    expect(css.headers.get('content-type')).toMatch(/text\/css/)
  })

  it('an unknown API path is a JSON 404', async () => {
    const response = await get('/api/nothing-here')
    expect(response.status).toBe(404)
    expect(response.json).toMatchObject({ error: { code: 'NOT_FOUND' } })
  })
})
