/**
 * `/api/verify`: anyone may check a parchment against the real simulator; the answer is only
 * "issued" with code, name and date, or one "no match" body; checks are limited per address.
 */
import { VerificationSchema } from '@vettrak-portal/contracts'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppEnv } from '../src/app-env.ts'
import { createMemoryCounter } from '../src/security/attempt-counter.ts'
import { verifyRoutes } from '../src/routes/verify.ts'
import { startStack, type Stack } from './harness.ts'

const CLAIM = { givenName: 'Charlotte', surname: 'Nguyen', parchmentNumber: 'CSIQ0060001' }
const LIMIT = 4

let stack: Stack
beforeAll(async () => {
  stack = await startStack({
    env: { VERIFY_CHECKS_PER_WINDOW: String(LIMIT), VERIFY_MINIMUM_ANSWER_MS: '0' },
  })
})
afterAll(() => stack.close())

/** Each test checks from its own address, so the per-address counts do not add up across tests. */
let nextAddress = 10
const fromNewAddress = () => {
  const address = `198.51.100.${nextAddress++}`
  return async (body: unknown) =>
    await stack.app.request(
      `${stack.url}/api/verify`,
      {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json', origin: stack.url },
      },
      // What @hono/node-server passes: the socket, whose peer is the address.
      { incoming: { socket: { remoteAddress: address } } },
    )
}

describe('someone not signed in checking a parchment', () => {
  it('learns the qualification’s code, name and date of a real demo parchment, and nothing more', async () => {
    const response = await stack.agent().post('/api/verify', CLAIM)
    expect(response.status).toBe(200)
    expect(response.json).toEqual({
      result: 'issued',
      qualificationCode: 'BSB30120',
      qualificationName: 'Certificate III in Business',
      issuedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) as string,
    })
    expect(VerificationSchema.parse(response.json)).toEqual(response.json)
    expect(response.text).not.toContain(DEMO.clients.learner)
  })

  it('cannot tell a wrong name, a wrong number or a withheld award apart: one body for all', async () => {
    const staffTae = stack.sim.store.awardsByClient.get(DEMO.clients.staff)?.[0]
    const staff = stack.sim.store.clients.get(DEMO.clients.staff)
    const wrong = [
      { ...CLAIM, givenName: 'Charlie' },
      { ...CLAIM, surname: 'Ngyuen' },
      { ...CLAIM, parchmentNumber: 'CSIQ0069999' },
      // Her CPR statement's number with the qualification's letter.
      { ...CLAIM, parchmentNumber: 'CSIQ0060002' },
      {
        givenName: staff?.Clie_Given ?? '',
        surname: staff?.Clie_Surname ?? '',
        parchmentNumber: staffTae?.Qucl_Cert ?? '',
      },
    ]
    const answers = await Promise.all(wrong.map((claim) => fromNewAddress()(claim)))
    for (const answer of answers) {
      expect(answer.status).toBe(200)
      expect(await answer.text()).toBe('{"result":"no-match"}')
      expect([...answer.headers.keys()]).toEqual([...(answers[0]?.headers.keys() ?? [])])
    }
  })

  it('is told which field is missing, before VETtrak is asked', async () => {
    const response = await stack.agent().post('/api/verify', { ...CLAIM, surname: '  ' })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({
      error: { code: 'VALIDATION_FAILED', fields: { surname: ['Enter the surname'] } },
    })
  })
})

describe('the limit per address', () => {
  it('of checks fired together lets exactly the limit through, then says how long to wait', async () => {
    const check = fromNewAddress()
    const answers = await Promise.all(
      Array.from({ length: LIMIT + 3 }, (_, i) =>
        check({ ...CLAIM, parchmentNumber: i % 2 ? CLAIM.parchmentNumber : `X${i}` }),
      ),
    )
    const statuses = answers.map((a) => a.status)
    expect(statuses.filter((s) => s === 200)).toHaveLength(LIMIT)
    expect(statuses.filter((s) => s === 429)).toHaveLength(3)
    const refused = answers.find((a) => a.status === 429)
    expect(await refused?.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } })
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('does not hold one address’s checks against another', async () => {
    const first = fromNewAddress()
    const second = fromNewAddress()
    await Promise.all(Array.from({ length: LIMIT }, () => first(CLAIM)))
    expect((await first(CLAIM)).status).toBe(429)
    expect((await second(CLAIM)).status).toBe(200)
  })

  it('starts again in the next window', async () => {
    const check = fromNewAddress()
    await Promise.all(Array.from({ length: LIMIT }, () => check(CLAIM)))
    expect((await check(CLAIM)).status).toBe(429)
    stack.advance(15 * 60)
    expect((await check(CLAIM)).status).toBe(200)
  })
})

describe('the answer time', () => {
  it('is the same minimum for a match and a no-match, whatever VETtrak took', async () => {
    const vettrak = createVettrakClient({
      wsdlUrl: stack.sim.wsdlUrl,
      serviceAccount: { username: 'api.portal', password: 'ApiPortal!2026' },
    })
    let clock = 1_000_000
    const waits: number[] = []
    const routes = verifyRoutes({
      vettrak: {
        // VETtrak's own time differs by answer: 30 ms for a match, 5 ms for no match.
        async verifyAward(claim) {
          const award = await vettrak.verifyAward(claim)
          clock += award ? 30 : 5
          return award
        },
      },
      counter: createMemoryCounter({ limit: 100, windowSeconds: 60, maxKeys: 10, now: () => 0 }),
      minimumAnswerMs: 400,
      now: () => clock,
      sleep: (ms) => {
        waits.push(ms)
        clock += ms
        return Promise.resolve()
      },
    })
    const app = new Hono<AppEnv>().route('/api/verify', routes)
    const ask = async (body: unknown) =>
      await app.request('/api/verify', {
        method: 'POST',
        body: JSON.stringify(body),
        headers: { 'content-type': 'application/json' },
      })
    try {
      const startedAt = [clock]
      expect(await (await ask(CLAIM)).json()).toMatchObject({ result: 'issued' })
      startedAt.push(clock)
      expect(await (await ask({ ...CLAIM, surname: 'Smith' })).json()).toEqual({
        result: 'no-match',
      })
      startedAt.push(clock)
      expect(waits).toEqual([370, 395])
      expect(startedAt.map((t, i) => t - (startedAt[i - 1] ?? t))).toEqual([0, 400, 400])
    } finally {
      vettrak.close()
    }
  })
})
