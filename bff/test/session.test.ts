import { SessionSchema } from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TEST_SECRET, startStack, type Stack } from './harness.ts'

let stack: Stack
beforeAll(async () => {
  stack = await startStack()
})
afterAll(() => stack.close())

describe('signing in', () => {
  it('a learner signs in with their username and gets a session without any token in it', async () => {
    const agent = stack.agent()
    const response = await agent.signIn('demo.learner', 'Learner!2026')
    expect(response.status).toBe(201)
    const session = SessionSchema.parse(response.json)
    expect(session.user.clientCode).toBe(DEMO.clients.learner)
    expect(session.user.isStaff).toBe(false)
    expect(session.employers).toEqual([])
    expect(response.text).not.toMatch(/token/i)
    const cookie = response.headers.getSetCookie()[0] ?? ''
    expect(cookie).toMatch(/^vtp_session=/)
    expect(cookie).toMatch(/HttpOnly/i)
    expect(cookie).toMatch(/SameSite=Lax/i)
    expect((await agent.get('/api/session')).status).toBe(200)
  })

  it('away from plain-HTTP loopback the cookie is Secure and host-only (__Host-)', async () => {
    const origin = 'https://portal.example.edu.au'
    const response = await stack.app.request(`${origin}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin, 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify({ username: 'demo.learner', password: 'Learner!2026' }),
    })
    expect(response.status).toBe(201)
    const cookie = response.headers.getSetCookie()[0] ?? ''
    expect(cookie).toMatch(/^__Host-vtp_session=/)
    expect(cookie).toMatch(/; Secure/i)
    expect(cookie).toMatch(/; Path=\//i)
    expect(cookie).not.toMatch(/Domain=/i)
  })

  it('a learner signs in with their email address', async () => {
    const response = await stack.agent().signIn('demo.learner@example.edu.au', 'Learner!2026')
    expect(response.status).toBe(201)
  })

  it('a wrong password and an unknown user get the same answer', async () => {
    const wrong = await stack.agent().signIn('demo.bigemployer', 'not-the-password')
    const unknown = await stack.agent().signIn('nobody.here', 'not-the-password')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(wrong.json).toEqual(unknown.json)
    expect(wrong.json).toMatchObject({ error: { code: 'INVALID_CREDENTIALS' } })
  })

  it('repeated failures for one username are throttled with Retry-After', async () => {
    const agent = stack.agent()
    for (let i = 0; i < 5; i++) await agent.signIn('Demo.Staff', `wrong-${i}`)
    const throttled = await agent.signIn('demo.staff', 'Staff!2026')
    expect(throttled.status).toBe(429)
    expect(throttled.json).toMatchObject({ error: { code: 'RATE_LIMITED' } })
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0)
  })

  it('an employer contact of two employers is asked to choose, and may choose only those', async () => {
    const agent = stack.agent()
    const session = SessionSchema.parse((await agent.signIn('demo.employer', 'Employer!2026')).json)
    expect(session.employers.map((e) => e.name).sort()).toEqual([
      'Acme Training Services',
      'Harbour Logistics',
    ])
    expect(session.activeEmployerId).toBeNull()
    const acme = session.employers.find((e) => e.name === 'Acme Training Services')
    const chosen = await agent.put('/api/session/employer', { employerId: acme?.id })
    expect(SessionSchema.parse(chosen.json).activeEmployerId).toBe(acme?.id)
    const other = await agent.put('/api/session/employer', {
      employerId: DEMO.employers.southernHealth,
    })
    expect(other.status).toBe(403)
  })

  it('an employee who is not a contact has no employer to choose', async () => {
    const session = SessionSchema.parse(
      (await stack.agent().signIn('demo.employee', 'Employee!2026')).json,
    )
    expect(session.employers).toEqual([])
  })

  it('bad sign-in bodies are refused with VALIDATION_FAILED, never a 500', async () => {
    const agent = stack.agent()
    for (const body of [
      {},
      { username: '', password: 'x' },
      { username: 'a'.repeat(500), password: 'x' },
    ]) {
      const response = await agent.post('/api/session', body)
      expect(response.status).toBe(400)
      expect(response.json).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
    }
    const notJson = await agent.request('POST', '/api/session', {
      headers: { 'content-type': 'application/json' },
    })
    expect(notJson.status).toBe(400)
  })
})

describe('the session', () => {
  it('signing out ends the session, and a copy of the old cookie no longer works', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', 'Learner!2026')
    const copied = new Map(agent.cookies)
    expect((await agent.delete('/api/session')).status).toBe(204)
    expect((await agent.get('/api/session')).status).toBe(401)
    const thief = stack.agent()
    for (const [name, value] of copied) thief.cookies.set(name, value)
    expect((await thief.get('/api/me')).json).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  })

  it('a tampered cookie or one sealed with another secret is refused', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', 'Learner!2026')
    const [name, value] = [...agent.cookies][0] ?? ['', '']
    const tampered = stack.agent()
    tampered.cookies.set(name, value.slice(0, -4) + 'AAAA')
    expect((await tampered.get('/api/me')).status).toBe(401)

    const other = await startStack({ env: { SESSION_SECRET: `${TEST_SECRET}-other` } })
    try {
      const foreign = other.agent()
      await foreign.signIn('demo.learner', 'Learner!2026')
      const [foreignName, foreignValue] = [...foreign.cookies][0] ?? ['', '']
      const replayed = stack.agent()
      replayed.cookies.set(foreignName, foreignValue)
      expect((await replayed.get('/api/me')).status).toBe(401)
    } finally {
      await other.close()
    }
  })

  it('a session idle for longer than the idle timeout has expired', async () => {
    const local = await startStack({ env: { SESSION_IDLE_TIMEOUT_SECONDS: '600' } })
    try {
      const agent = local.agent()
      await agent.signIn('demo.learner', 'Learner!2026')
      local.advance(300)
      expect((await agent.get('/api/me')).status).toBe(200)
      local.advance(599)
      expect((await agent.get('/api/me')).status).toBe(200)
      local.advance(601)
      const expired = await agent.get('/api/me')
      expect(expired.json).toMatchObject({ error: { code: 'SESSION_EXPIRED' } })
    } finally {
      await local.close()
    }
  })

  it('a session ends at the absolute timeout however busy it is', async () => {
    const local = await startStack({
      env: { SESSION_IDLE_TIMEOUT_SECONDS: '600', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '1800' },
    })
    try {
      const agent = local.agent()
      await agent.signIn('demo.learner', 'Learner!2026')
      for (let i = 0; i < 3; i++) {
        local.advance(500)
        expect((await agent.get('/api/session')).status).toBe(200)
      }
      local.advance(400)
      expect((await agent.get('/api/session')).json).toMatchObject({
        error: { code: 'SESSION_EXPIRED' },
      })
    } finally {
      await local.close()
    }
  })

  it('when VETtrak says the token expired, the answer is SESSION_EXPIRED and the cookie is cleared', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', 'Learner!2026')
    stack.sim.expireTokens()
    const response = await agent.get('/api/me')
    expect(response.status).toBe(401)
    expect(response.json).toMatchObject({ error: { code: 'SESSION_EXPIRED' } })
    expect(agent.cookies.size).toBe(0)
  })

  it('a cross-site request cannot sign anyone out or in', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', 'Learner!2026')
    const crossSite = await agent.request('DELETE', '/api/session', {
      headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    })
    expect(crossSite.status).toBe(403)
    expect((await agent.get('/api/session')).status).toBe(200)
    const formPost = await agent.request('POST', '/api/session', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    expect(formPost.status).toBe(400)
  })

  it('no token or password appears in any log line, even in the SOAP exchanges logged at debug', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', 'Learner!2026')
    await agent.get('/api/me')
    const logs = stack.logLines.join('\n')
    expect(logs).toContain('vettrak request')
    expect(logs).not.toContain('Learner!2026')
    const secrets = [...logs.matchAll(/<(sToken|Token|token|sPassword)>([^<]*)</g)].map((m) => m[2])
    expect(secrets.length).toBeGreaterThan(0)
    for (const value of secrets) expect(['', '[redacted]']).toContain(value)
  })
})
