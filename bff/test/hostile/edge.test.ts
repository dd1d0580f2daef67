/**
 * The edge under pressure: guesses fired together, a crowd behind one address, bodies too big to
 * read, input XML cannot carry, the service account's name, client-chosen request ids, and views
 * on the service account outliving the person's own token. Each was found by an outside test.
 */
import http from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec } from '../../src/api-spec.ts'
import { startStack, type Agent, type Stack } from '../harness.ts'
import { CREDENTIALS, cookieOf, rawRequest, signedIn } from './support.ts'

let stack: Stack
/** Signed in before any test here counts against the staff member's account. */
let staff: Agent
beforeAll(async () => {
  // Each test speaks from its own address, as the trusted proxy would say in X-Forwarded-For.
  stack = await startStack({ env: { TRUST_PROXY: 'true' } })
  staff = await signedIn(stack, 'staff')
})
afterAll(() => stack.close())

let nextAddress = 10
const freshAddress = () => `203.0.113.${nextAddress++}`

const signInFrom = (address: string, username: string, password: string) =>
  stack.agent().request('POST', '/api/session', {
    json: { username, password },
    headers: { 'x-forwarded-for': address },
  })

const statuses = (responses: Array<{ status: number }>) => {
  const counts: Record<number, number> = {}
  for (const { status } of responses) counts[status] = (counts[status] ?? 0) + 1
  return counts
}

describe('the sign-in throttle under concurrency', () => {
  it('40 wrong passwords for one user fired together: 5 reach VETtrak, 35 are refused', async () => {
    const address = freshAddress()
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signInFrom(address, 'demo.employee', `wrong-${i}`)),
    )
    expect(statuses(burst)).toEqual({ 401: 5, 429: 35 })
    // The right password now waits too, from anywhere: the account is what was guessed at.
    const right = await signInFrom(freshAddress(), ...CREDENTIALS.employee)
    expect(right.status).toBe(429)
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('40 different usernames from one address fired together: the address allows 30', async () => {
    const address = freshAddress()
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) => signInFrom(address, `sprayed.${i}`, 'Password1!')),
    )
    expect(statuses(burst)).toEqual({ 401: 30, 429: 10 })
    // A burst on one address does not lock out anyone elsewhere, nor a username it never tried.
    expect((await signInFrom(freshAddress(), ...CREDENTIALS.learner)).status).toBe(201)
    expect((await signInFrom(freshAddress(), 'sprayed.39', 'Password1!')).status).toBe(401)
  })

  it('a username and an email of one person are one account once the portal knows them', async () => {
    const email = 'demo.staff@example.edu.au'
    // Three guesses at the email before anyone knows whose it is...
    for (let i = 0; i < 3; i++)
      expect((await signInFrom(freshAddress(), ` ${email.toUpperCase()} `, `x${i}`)).status).toBe(
        401,
      )
    // ...then the person signs in with the username, and the portal learns the email is theirs.
    expect((await signInFrom(freshAddress(), ...CREDENTIALS.staff)).status).toBe(201)
    for (let i = 0; i < 2; i++)
      expect((await signInFrom(freshAddress(), 'Demo.Staff', `y${i}`)).status).toBe(401)
    // 3 + 2 failures of one person: the sixth attempt waits, whichever name it uses.
    expect((await signInFrom(freshAddress(), email, 'Staff!2026')).status).toBe(429)
    expect((await signInFrom(freshAddress(), ...CREDENTIALS.staff)).status).toBe(429)
  })

  it('addresses of one IPv6 /64 share one limit', async () => {
    const responses = []
    for (let i = 0; i < 31; i++)
      responses.push(await signInFrom(`2001:db8:aa:bb::${(i + 1).toString(16)}`, `six.${i}`, 'x'))
    expect(statuses(responses)).toEqual({ 401: 30, 429: 1 })
    expect((await signInFrom('2001:db8:aa:bc::1', 'six.0', 'x')).status).toBe(401)
  })

  it('wrong current passwords fired together at the password change: 5 reach VETtrak', async () => {
    const local = await startStack()
    try {
      const agent = await signedIn(local, 'learner')
      // VETtrak answers slowly, so all the checks are made before any answer comes back.
      local.sim.setFaults({ latencyMs: 150 })
      const burst = await Promise.all(
        Array.from({ length: 12 }, (_, i) =>
          agent.put('/api/me/password', {
            currentPassword: `wrong-${i}`,
            newPassword: 'Another!Pass2026',
          }),
        ),
      )
      expect(statuses(burst)).toEqual({ 400: 5, 429: 7 })
    } finally {
      await local.close()
    }
  })
})

describe('the service account', () => {
  it('cannot be signed in to, even with its right password, and VETtrak is not asked', async () => {
    const local = await startStack()
    try {
      for (const username of ['api.portal', ' API.Portal ']) {
        const response = await local.agent().signIn(username, 'ApiPortal!2026')
        expect(response.status).toBe(401)
        expect(response.json).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } })
      }
      // The SOAP exchanges are logged at debug: no sign-in was sent at all.
      expect(local.logLines.join('\n')).not.toMatch(/ValidateClient/)
    } finally {
      await local.close()
    }
  })
})

describe('request bodies', () => {
  /** Sends a body of `bytes` in chunks (no Content-Length), until the BFF answers or it is sent. */
  function chunked(path: string, bytes: number, cookie?: string) {
    const url = new URL(stack.url)
    return new Promise<{ status: number; text: string; sent: number }>((resolve, reject) => {
      let sent = 0
      let answered = false
      const request = http.request({
        host: url.hostname,
        port: url.port,
        method: path === '/api/session' ? 'POST' : 'PUT',
        path,
        headers: {
          'content-type': 'application/json',
          'transfer-encoding': 'chunked',
          origin: stack.url,
          'sec-fetch-site': 'same-origin',
          ...(cookie ? { cookie } : {}),
        },
      })
      request.on('response', (response) => {
        answered = true
        let text = ''
        response.on('data', (chunk: Buffer) => (text += chunk.toString()))
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text, sent }))
      })
      request.on('error', (error) => {
        if (!answered) reject(error)
      })
      const chunk = Buffer.alloc(64 * 1024, 'a')
      const pump = () => {
        while (!answered && sent < bytes) {
          sent += chunk.length
          if (!request.write(chunk)) return void request.once('drain', pump)
        }
        if (!answered) request.end()
      }
      request.write('{"username":"')
      pump()
    })
  }

  it('a declared Content-Length over the limit is refused with 413 before the body is read', async () => {
    const response = await rawRequest(stack.url, 'POST', '/api/session', {
      headers: { 'content-type': 'application/json', 'content-length': String(300 * 1024 * 1024) },
    })
    expect(response.status).toBe(413)
    expect(response.json).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
  })

  it('a chunked body is cut off at the limit with 413, long before it is all sent', async () => {
    const response = await chunked('/api/session', 64 * 1024 * 1024)
    expect(response.status).toBe(413)
    expect(JSON.parse(response.text)).toMatchObject({ error: { code: 'PAYLOAD_TOO_LARGE' } })
    expect(response.sent).toBeLessThan(64 * 1024 * 1024)
  })

  it('every route that reads a body refuses one over the limit with 413', async () => {
    const cookie = cookieOf(await signedIn(stack, 'learner'))
    const routes = apiSpec.filter((route) => route.body)
    expect(routes.length).toBeGreaterThanOrEqual(3)
    for (const route of routes) {
      const declared = await rawRequest(stack.url, route.method.toUpperCase(), route.path, {
        cookie,
        headers: { 'content-type': 'application/json', 'content-length': String(1024 * 1024) },
      })
      expect(declared.status, route.path).toBe(413)
      const streamed = await chunked(route.path, 8 * 1024 * 1024, cookie)
      expect(streamed.status, route.path).toBe(413)
    }
  })
})

describe('input XML cannot carry', () => {
  it('control characters outside XML 1.0 are refused with 400 before VETtrak is asked', async () => {
    for (const username of ['demo\u0001learner', 'demo.learner\u0000', '\u001b[2Jdemo']) {
      const response = await signInFrom(freshAddress(), username, 'Learner!2026')
      expect(response.status, JSON.stringify(username)).toBe(400)
      expect(response.json).toMatchObject({
        error: { code: 'VALIDATION_FAILED', fields: { username: ['This value is not allowed.'] } },
      })
    }
    const search = await staff.get('/api/staff/clients?q=learner%07')
    expect(search.status).toBe(400)
    // Tab is an XML character: an ordinary search.
    expect((await staff.get('/api/staff/clients?q=learner%09')).status).toBe(200)
  })
})

describe('request ids', () => {
  it('are ours; a client-chosen id is logged apart, and only if it is well-formed', async () => {
    stack.logLines.length = 0
    const chosen = 'client-chosen-id-0001'
    const response = await stack.agent().request('GET', '/api/meta', {
      headers: { 'x-request-id': chosen },
    })
    const ours = response.headers.get('x-request-id') ?? ''
    expect(ours).toMatch(/^[0-9a-f-]{36}$/)
    expect(ours).not.toBe(chosen)
    const line = stack.logLines
      .map((text) => JSON.parse(text) as Record<string, unknown>)
      .find((entry) => entry.msg === 'request' && entry.requestId === ours)
    expect(line).toMatchObject({ requestId: ours, clientRequestId: chosen })

    stack.logLines.length = 0
    await stack.agent().request('GET', '/api/meta', { headers: { 'x-request-id': 'bad id\u00e9' } })
    expect(stack.logLines.join('\n')).not.toContain('clientRequestId')
  })
})

describe('views on the service account end with the person’s own token', () => {
  it('employer views and staff search answer SESSION_EXPIRED once VETtrak ended the token', async () => {
    const local = await startStack()
    try {
      const employer = await signedIn(local, 'employer')
      const staff = await signedIn(local, 'staff')
      expect((await employer.get('/api/employer/trainees')).status).toBe(200)
      expect((await staff.get('/api/staff/clients?q=learner')).status).toBe(200)
      local.sim.expireTokens()
      // Within the bound (the 30 s the learner's own reads are cached), and past it:
      local.advance(31)
      const trainees = await employer.get('/api/employer/trainees')
      expect(trainees.json).toMatchObject({ error: { code: 'SESSION_EXPIRED' } })
      const search = await staff.get('/api/staff/clients?q=learner')
      expect(search.json).toMatchObject({ error: { code: 'SESSION_EXPIRED' } })
      // And the session is over: the cookie was cleared.
      expect((await employer.get('/api/session')).status).toBe(401)
    } finally {
      await local.close()
    }
  })
})
