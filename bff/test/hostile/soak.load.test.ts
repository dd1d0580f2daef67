/**
 * A bounded soak: rounds of mixed requests (sign-ins, sign-outs, every kind of view, refused and
 * malformed requests) for HOSTILE_SOAK_SECONDS (60 by default). The BFF's heap, measured after a
 * full collection, ends near where it was after the first round, and every cache stays within its
 * bound. Runs once, with `--expose-gc` (vitest.load.config.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { OPENED_CACHE } from '../../src/session/session-codec.ts'
import { DEFAULT_READ_CACHE_BYTES } from '../../src/upstream/index.ts'
import { startStack, type Stack } from '../harness.ts'
import { CREDENTIALS, signedIn, type Persona } from './support.ts'

const SECONDS = Number(process.env.HOSTILE_SOAK_SECONDS ?? 60)
const USERS = 10
const ROUND_REQUESTS = 20
const MAX_ROUNDS = 500

const MIX: Record<Persona, string[]> = {
  learner: ['/api/me', '/api/me/enrolments', '/api/me/invoices', '/api/me/enrolments/10007/units'],
  employee: ['/api/me/events', '/api/me/awards', '/api/employer'],
  employer: ['/api/employer/trainees', '/api/employer/tree', '/api/employer?employerId=2000'],
  staff: [
    '/api/staff/clients?q=Ng',
    '/api/staff/clients/VT00000001/invoices',
    '/api/staff/clients/x',
  ],
  bigEmployer: ['/api/employer', '/api/employer/contacts', '/api/me/enrolments/1/units'],
}
const PERSONAS = Object.keys(MIX) as Persona[]

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ env: { LOG_LEVEL: 'info', VETTRAK_TIMEOUT_MS: '10000' } })
})
afterAll(() => stack.close())

function heapAfterCollection(): number {
  const gc = (globalThis as { gc?: () => void }).gc
  gc?.()
  gc?.()
  return process.memoryUsage().heapUsed
}

/** One round: each user signs in, makes a few requests, and signs out. */
async function round(n: number) {
  await Promise.all(
    Array.from({ length: USERS }, async (_, index) => {
      const persona = PERSONAS[(n + index) % PERSONAS.length] as Persona
      const agent = await signedIn(stack, persona)
      const mix = MIX[persona]
      for (let i = 0; i < ROUND_REQUESTS / USERS + mix.length; i++) {
        const response = await agent.get(mix[i % mix.length] as string)
        expect(response.status).toBeLessThan(500)
      }
      expect((await agent.delete('/api/session')).status).toBe(204)
    }),
  )
  // A wrong password in the first rounds, so the throttle's list is exercised too (under the
  // address's limit of 30, past which everyone here would be throttled).
  if (n < 10) await stack.agent().signIn(`soak.nobody.${n}`, 'wrong')
  stack.logLines.length = 0
}

describe('a soak of mixed requests', () => {
  it('the heap returns near its baseline and every cache stays bounded', async () => {
    await round(0)
    await round(1)
    const baseline = heapAfterCollection()
    const deadline = Date.now() + SECONDS * 1000
    const heaps: number[] = []
    let rounds = 2
    for (; rounds < MAX_ROUNDS && Date.now() < deadline; rounds++) {
      await round(rounds)
      if (rounds % 5 === 0) heaps.push(heapAfterCollection())
    }
    const final = heapAfterCollection()
    const sizes = stack.cacheSizes()
    const mb = (bytes: number) => Math.round(bytes / 1024 / 1024)
    console.info(
      `soak: ${rounds} rounds in ${SECONDS}s; heap ${mb(baseline)} MB → ${mb(final)} MB`,
      heaps.map(mb),
      sizes,
    )
    // Every session here signs out, and a session that ends takes its cached lists and opened
    // cookies with it, so what remains is bounded bookkeeping (revoked ids): near the baseline.
    expect(final).toBeLessThan(baseline + 48 * 1024 * 1024)
    // Every session signed out: their ids are remembered, and bounded by the sign-outs made.
    expect(sizes.revokedSessions).toBeLessThanOrEqual(rounds * USERS + 10)
    expect(sizes.cachedReads).toBeLessThanOrEqual(5_000)
    expect(sizes.cachedReadBytes).toBeLessThanOrEqual(DEFAULT_READ_CACHE_BYTES)
    expect(sizes.openedCookies).toBeLessThanOrEqual(OPENED_CACHE.maxEntries)
    expect(sizes.employerTrees).toBeLessThanOrEqual(5_000)
    expect(sizes.accessibleClients).toBeLessThanOrEqual(50)
    expect(sizes.loginFailures).toBeLessThanOrEqual(25)
  })

  it('a caller that used the credentials of the demo people still reaches them afterwards', async () => {
    const [username, password] = CREDENTIALS.learner
    expect((await stack.agent().signIn(username, password)).status).toBe(201)
  })
})
