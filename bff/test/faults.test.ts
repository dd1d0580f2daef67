import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Agent, type Stack } from './harness.ts'

const COOL_DOWN_SECONDS = 15
let stack: Stack
let learner: Agent

beforeAll(async () => {
  stack = await startStack({
    env: {
      VETTRAK_TIMEOUT_MS: '500',
      VETTRAK_BREAKER_THRESHOLD: '4',
      VETTRAK_BREAKER_COOLDOWN_SECONDS: String(COOL_DOWN_SECONDS),
    },
  })
  learner = stack.agent()
  expect((await learner.signIn('demo.learner', 'Learner!2026')).status).toBe(201)
})
afterAll(() => stack.close())

/** VETtrak heals; the BFF's clock passes any cool-down; the next read goes through. */
async function heal() {
  stack.sim.clearFaults()
  stack.advance(COOL_DOWN_SECONDS + 1)
  expect((await learner.get('/api/me')).status).toBe(200)
}

describe('when VETtrak fails', () => {
  it('a VETtrak slower than the BFF allows is a 504 UPSTREAM_TIMEOUT', async () => {
    stack.sim.setFaults({ latencyMs: 2_000 })
    const response = await learner.get('/api/me')
    expect(response.status).toBe(504)
    expect(response.json).toMatchObject({ error: { code: 'UPSTREAM_TIMEOUT' } })
    await heal()
  })

  for (const kind of ['http-500', 'reset', 'db-error', 'truncate'] as const)
    it(`${kind} is a 503 UPSTREAM_UNAVAILABLE with Retry-After`, async () => {
      stack.sim.setFaults({ failures: [{ kind }] })
      const response = await learner.get('/api/me')
      expect(response.status).toBe(503)
      expect(response.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
      await heal()
    })

  it('a SOAP fault is a 503 UPSTREAM_UNAVAILABLE too, and not retried', async () => {
    stack.sim.setFaults({ failures: [{ kind: 'soap-fault' }] })
    const response = await learner.get('/api/me')
    expect(response.status).toBe(503)
    expect(response.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })
    await heal()
  })

  it('no error answer carries VETtrak’s own message, a token or a stack trace', async () => {
    stack.sim.setFaults({ failures: [{ kind: 'soap-fault' }] })
    const response = await learner.get('/api/me')
    expect(response.text).not.toMatch(/token|soap|stack|at \w+ \(/i)
    await heal()
  })

  it('after repeated failures the BFF fails fast, even once VETtrak is back, until the cool-down', async () => {
    stack.sim.setFaults({ failures: [{ kind: 'http-500' }] })
    // Each read is tried three times: two requests make six failures, past the threshold of four.
    await learner.get('/api/me')
    await learner.get('/api/me')
    stack.sim.clearFaults()

    const failingFast = await learner.get('/api/me')
    expect(failingFast.status).toBe(503)
    expect(failingFast.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })
    const retryAfter = Number(failingFast.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(COOL_DOWN_SECONDS)
    stack.advance(COOL_DOWN_SECONDS - 3)
    expect(Number((await learner.get('/api/me')).headers.get('retry-after'))).toBeLessThanOrEqual(3)
    const notReady = await learner.get('/readyz')
    expect(notReady.status).toBe(503)
    expect(notReady.json).toMatchObject({ vettrak: 'circuit-open' })

    stack.advance(3)
    const recovered = await learner.get('/api/me')
    expect(recovered.status).toBe(200)
    expect((await learner.get('/api/me/enrolments')).status).toBe(200)
    expect((await learner.get('/readyz')).status).toBe(200)
  })

  it('the failures are logged without any token or password', () => {
    const failures = stack.logLines.filter((line) => line.includes('request failed'))
    expect(failures.length).toBeGreaterThan(0)
    for (const line of failures) {
      expect(line).not.toContain('Learner!2026')
      expect(line).not.toMatch(/"(s?[Tt]oken)":"(?!\[redacted\])/)
    }
  })
})
