import { request } from 'node:http'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../src/simulator.ts'
import { PASSWORDS } from './helpers/small-store.ts'
import { authOf, callRaw, requestXml, resultOf } from './helpers/soap-call.ts'
import { startSmall } from './helpers/start-small.ts'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSmall()
})
afterEach(() => sim.clearFaults())
afterAll(() => sim.close())

const login = { sUsername: 'demo.learner', sPassword: PASSWORDS.learner }
const control = (path: string, method = 'GET', body?: unknown) =>
  fetch(`${sim.url}/__sim/${path}`, {
    method,
    body: body === undefined ? undefined : JSON.stringify(body),
    headers: { 'Content-Type': 'application/json' },
  })

/** Sends a raw request and reports what arrived: the status and body, or the socket error. */
function rawExchange(): Promise<{
  status?: number
  declared?: number
  received: number
  error?: string
}> {
  const body = requestXml('ValidateClient', login)
  return new Promise((resolve) => {
    const req = request(
      sim.endpoint,
      {
        method: 'POST',
        headers: { 'Content-Type': 'text/xml', Connection: 'close' },
        agent: false,
      },
      (res) => {
        let received = 0
        res.on('data', (chunk: Buffer) => (received += chunk.length))
        const declared = Number(res.headers['content-length'])
        res.on('end', () => resolve({ status: res.statusCode, declared, received }))
        res.on('error', (error) =>
          resolve({ status: res.statusCode, declared, received, error: error.message }),
        )
        res.on('aborted', () =>
          resolve({ status: res.statusCode, declared, received, error: 'aborted' }),
        )
      },
    )
    req.on('error', (error) => resolve({ received: 0, error: error.message }))
    req.end(body)
  })
}

describe('injected faults', () => {
  it.each([
    ['db-error', '-3'],
    ['missing-registration', '-5'],
    ['unknown', '0'],
    ['token-expired', '-2'],
  ] as const)('%s answers HTTP 200 with Status %s in the failure shape', async (kind, status) => {
    sim.setFaults({ failures: [{ kind }] })
    const answer = await callRaw(sim.endpoint, 'ValidateClient', login)
    expect(answer.status).toBe(200)
    expect(authOf(resultOf(answer.text))).toMatchObject({
      Status: status,
      Token: '',
      Identifier: '-1',
      TokenType: '',
    })
  })

  it('missing-registration names the VETtrak API feature', async () => {
    sim.setFaults({ failures: [{ kind: 'missing-registration' }] })
    const answer = await callRaw(sim.endpoint, 'ValidateClient', login)
    expect(resultOf(answer.text).StatusMessage).toContain('"VETtrak API" feature')
  })

  it('soap-fault answers a soap:Server fault with HTTP 500', async () => {
    sim.setFaults({ failures: [{ kind: 'soap-fault' }] })
    const answer = await callRaw(sim.endpoint, 'ValidateClient', login)
    expect(answer.status).toBe(500)
    expect(answer.text).toContain('<faultcode>soap:Server</faultcode>')
  })

  it('http-500 answers an HTML error page', async () => {
    sim.setFaults({ failures: [{ kind: 'http-500' }] })
    const answer = await callRaw(sim.endpoint, 'ValidateClient', login)
    expect(answer.status).toBe(500)
    expect(answer.contentType).toMatch(/^text\/html/)
  })

  it('reset drops the connection without an answer', async () => {
    sim.setFaults({ failures: [{ kind: 'reset' }] })
    const outcome = await rawExchange()
    expect(outcome.status).toBeUndefined()
    expect(outcome.error).toBeDefined()
  })

  it('truncate sends part of the declared body and drops the connection', async () => {
    sim.setFaults({ failures: [{ kind: 'truncate' }] })
    const outcome = await rawExchange()
    expect(outcome.status).toBe(200)
    expect(outcome.received).toBeGreaterThan(0)
    expect(outcome.received).toBeLessThan(outcome.declared ?? 0)
  })

  it('a failure limited to some operations leaves the others alone', async () => {
    sim.setFaults({ failures: [{ kind: 'db-error', operations: ['GetEnrolmentsForClient'] }] })
    expect(resultOf((await callRaw(sim.endpoint, 'ValidateClient', login)).text).Status).toBe('1')
  })

  it('with latency set the answer still arrives, and the control endpoint reports the spec', async () => {
    const spec = { latencyMs: 5, jitterMs: 5, failures: [{ kind: 'unknown', rate: 0 }] }
    const set = await control('faults', 'POST', spec)
    expect(set.status).toBe(200)
    expect(await (await control('faults')).json()).toEqual(spec)
    expect(resultOf((await callRaw(sim.endpoint, 'ValidateClient', login)).text).Status).toBe('1')
  })

  it('DELETE /__sim/faults heals the simulator', async () => {
    await control('faults', 'POST', { failures: [{ kind: 'http-500' }] })
    expect((await callRaw(sim.endpoint, 'ValidateClient', login)).status).toBe(500)
    expect((await control('faults', 'DELETE')).status).toBe(200)
    expect((await callRaw(sim.endpoint, 'ValidateClient', login)).status).toBe(200)
    expect(await (await control('faults')).json()).toEqual({})
  })

  it('a bad fault spec is refused with 400 and a message', async () => {
    const response = await control('faults', 'POST', { failures: [{ kind: 'meteor' }] })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { error: string }).error).toContain('kind must be one of')
  })

  it('the clock and token routes act on the running simulator', async () => {
    const token = resultOf((await callRaw(sim.endpoint, 'ValidateClient', login)).text)
      .Token as string
    expect((await control('tokens/expire', 'POST')).status).toBe(200)
    const after = await callRaw(sim.endpoint, 'GetPasswordPolicy', { token })
    expect(authOf(resultOf(after.text)).Status).toBe('-2')
    const clock = await control('clock', 'POST', { advanceSeconds: 60 })
    expect(
      ((await clock.json()) as { offsetSeconds: number }).offsetSeconds,
    ).toBeGreaterThanOrEqual(60)
    expect((await control('clock', 'POST', { advanceSeconds: -1 })).status).toBe(400)
    expect((await control('tokens/forget', 'POST', { clientCode: 7 })).status).toBe(400)
    expect(await (await control('health')).json()).toMatchObject({ status: 'ok' })
  })

  it('forgetting tokens makes each one unknown (-1), as a restarted VETtrak does', async () => {
    const token = resultOf((await callRaw(sim.endpoint, 'ValidateClient', login)).text)
      .Token as string
    const forgot = await control('tokens/forget', 'POST')
    expect(forgot.status).toBe(200)
    expect(((await forgot.json()) as { forgotten: number }).forgotten).toBeGreaterThanOrEqual(1)
    const after = await callRaw(sim.endpoint, 'GetPasswordPolicy', { token })
    expect(authOf(resultOf(after.text)).Status).toBe('-1')
  })
})
