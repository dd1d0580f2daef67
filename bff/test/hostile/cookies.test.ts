/**
 * Attacks on the sealed session cookie beyond session.test.ts: a change of any one character,
 * every truncation, empty and huge values, repeated cookie names, forgeries sealed with another
 * secret (an employer list edited to add someone else's employer), copies replayed after sign-out
 * and after the absolute timeout, and the limit of sign-out across several BFF instances.
 */
import { SessionSchema } from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import fc from 'fast-check'
import { sealData } from 'iron-session'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { createApp } from '../../src/app.ts'
import { loadConfig } from '../../src/env.ts'
import { createLogger } from '../../src/logger.ts'
import type { SessionData } from '../../src/session/session-data.ts'
import { TEST_SECRET, startStack, type Agent, type Stack } from '../harness.ts'
import { expectDocumentedAnswer, rawRequest, signedIn } from './support.ts'

const NAME = 'vtp_session'
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_*~.'

let stack: Stack
let learner: Agent
let learnerCookie: string

beforeAll(async () => {
  stack = await startStack()
  learner = await signedIn(stack, 'learner')
  learnerCookie = learner.cookies.get(NAME) ?? ''
  expect(learnerCookie).toMatch(/^Fe26\.2\*/)
})
afterAll(() => stack.close())

/** The answer to GET /api/me with exactly this Cookie header. */
const meWith = (cookie: string) => rawRequest(stack.url, 'GET', '/api/me', { cookie })

async function expectNoSession(cookie: string, context: string) {
  const response = await meWith(cookie)
  expectDocumentedAnswer(response, context)
  expect(response.status, context).toBe(401)
  expect(response.json, context).toMatchObject({ error: { code: 'UNAUTHENTICATED' } })
  expect(response.text).not.toContain('Nguyen')
}

/** Whether two seals differ only in the unused low bits of a base64url segment's last character. */
function sameBytes(a: string, b: string): boolean {
  const split = (seal: string) => seal.split(/([*~])/)
  const [left, right] = [split(a), split(b)]
  if (left.length !== right.length) return false
  return left.every((part, i) => {
    const other = right[i] ?? ''
    if (part === other) return true
    if (!/^[\w-]+$/.test(part) || !/^[\w-]+$/.test(other)) return false
    return Buffer.from(part, 'base64url').equals(Buffer.from(other, 'base64url'))
  })
}

describe('a learner’s cookie changed by someone else', () => {
  it('with any one character replaced anywhere, is no session at all', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: learnerCookie.length - 1 }),
        fc.constantFrom(...ALPHABET),
        async (at, character) => {
          fc.pre(learnerCookie[at] !== character)
          const changed = learnerCookie.slice(0, at) + character + learnerCookie.slice(at + 1)
          const response = await meWith(`${NAME}=${changed}`)
          // Base64url's last character carries a few unused bits: the same bytes, the same seal.
          if (response.status === 200 && sameBytes(changed, learnerCookie)) return
          expect(response.status, `${character} at ${at}`).toBe(401)
          expect(response.text).not.toContain('Nguyen')
        },
      ),
      { numRuns: 150 },
    )
  })

  it('with bits flipped in the decoded seal, is no session at all', async () => {
    const parts = learnerCookie.split('*')
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: parts.length - 1 }), fc.nat(), async (index, bit) => {
        const part = parts[index] ?? ''
        const bytes = Buffer.from(part.replace(/~\d+$/, ''), 'base64url')
        fc.pre(bytes.length > 0)
        const offset = bit % (bytes.length * 8)
        bytes[offset >> 3] = (bytes[offset >> 3] ?? 0) ^ (1 << (offset & 7))
        const flipped = bytes.toString('base64url') + (part.match(/~\d+$/)?.[0] ?? '')
        const forged = parts.map((p, i) => (i === index ? flipped : p)).join('*')
        await expectNoSession(`${NAME}=${forged}`, `bit ${offset} of part ${index}`)
      }),
      { numRuns: 100 },
    )
  })

  it('cut short at any length, is no session at all', async () => {
    const lengths = new Set([0, 1, 5, 6, 7, learnerCookie.length - 1, learnerCookie.length - 3])
    for (let at = 0; at < learnerCookie.length; at += 17) lengths.add(at)
    for (const length of lengths)
      await expectNoSession(`${NAME}=${learnerCookie.slice(0, length)}`, `cut to ${length}`)
  })

  it('empty, junk, huge, quoted-wrong or under another name, is no session at all', async () => {
    for (const cookie of [
      `${NAME}=`,
      `${NAME}`,
      `${NAME}=""`,
      `${NAME}=null`,
      `${NAME}=undefined`,
      `${NAME}={}`,
      `${NAME}=Fe26.2**********`,
      `${NAME}=Fe26.2*1*a*b*c*d*e*f~2`,
      `${NAME}=${'A'.repeat(12_000)}`,
      `${NAME}=${learnerCookie}${'A'.repeat(4000)}`,
      `${NAME}=${learnerCookie}0`,
      `${NAME}=${learnerCookie}%`,
      `${NAME}=${learnerCookie}*`,
      `${NAME}=*${learnerCookie}`,
      `${NAME}=%ZZ`,
      `__Host-${NAME}=${learnerCookie}`,
      `${NAME.toUpperCase()}=${learnerCookie}`,
      `x${NAME}=${learnerCookie}`,
    ])
      await expectNoSession(cookie, cookie.slice(0, 60))
  })
})

describe('two session cookies in one request', () => {
  it('junk before or after a learner’s own cookie cannot make it someone else’s', async () => {
    for (const cookie of [
      `${NAME}=junk; ${NAME}=${learnerCookie}`,
      `${NAME}=${learnerCookie}; ${NAME}=junk`,
    ]) {
      const response = await meWith(cookie)
      expectDocumentedAnswer(response, cookie.slice(0, 40))
      if (response.status === 200) expect(response.json).toMatchObject({ surname: 'Nguyen' })
    }
  })

  it('a learner’s and a staff member’s cookies together give exactly one of them, never a mix', async () => {
    const staff = await signedIn(stack, 'staff')
    const staffCookie = staff.cookies.get(NAME) ?? ''
    for (const cookie of [
      `${NAME}=${learnerCookie}; ${NAME}=${staffCookie}`,
      `${NAME}=${staffCookie}; ${NAME}=${learnerCookie}`,
    ]) {
      const response = await rawRequest(stack.url, 'GET', '/api/session', { cookie })
      expect(response.status).toBe(200)
      const session = SessionSchema.parse(response.json)
      const first = cookie.startsWith(`${NAME}=${learnerCookie}`) ? 'learner' : 'staff'
      expect(session.user.clientCode).toBe(DEMO.clients[first])
      expect(session.user.isStaff).toBe(first === 'staff')
      const search = await rawRequest(stack.url, 'GET', '/api/staff/clients?q=Nguyen', { cookie })
      expect(search.status).toBe(first === 'staff' ? 200 : 403)
    }
  })
})

describe('a forged session', () => {
  const forge = (data: Partial<SessionData>, secret: string) =>
    sealData({ ...data }, { password: secret, ttl: 3600 })

  it('an employer contact who edits their employer list to add Southern Health, sealing it with a guessed secret, has no session', async () => {
    const now = Math.floor(stack.now() / 1000)
    const edited: SessionData = {
      sid: '00000000-0000-4000-8000-000000000000',
      token: 'guessed',
      user: {
        clientCode: DEMO.clients.employer,
        givenName: 'Forged',
        surname: 'Contact',
        isStaff: true,
      },
      employers: [{ id: DEMO.employers.southernHealth, name: 'Southern', isPrimaryContact: true }],
      activeEmployerId: DEMO.employers.southernHealth,
      issuedAt: now,
      lastSeenAt: now,
    }
    for (const secret of [`${TEST_SECRET}-guess`, 'a'.repeat(32), TEST_SECRET.toUpperCase()]) {
      const cookie = `${NAME}=${await forge(edited, secret)}`
      for (const path of ['/api/session', '/api/employer', '/api/employer/trainees'])
        for (const query of ['', `?employerId=${DEMO.employers.southernHealth}`]) {
          const response = await rawRequest(stack.url, 'GET', path + query, { cookie })
          expect(response.status, `${path}${query}`).toBe(401)
          expect(response.text).not.toMatch(/Southern Health/)
        }
    }
  })

  it('even sealed with the right secret, a session missing its fields is no session (not a 500)', async () => {
    for (const data of [
      {},
      { sid: 1 },
      { sid: 'x', token: 'y' },
      { sid: 'x', token: 'y', issuedAt: 'now' },
    ]) {
      const cookie = `${NAME}=${await forge(data as Partial<SessionData>, TEST_SECRET)}`
      await expectNoSession(cookie, JSON.stringify(data))
    }
  })
})

describe('copies of a cookie replayed later', () => {
  it('a copy taken before sign-out is refused after it, on every route', async () => {
    const agent = await signedIn(stack, 'employer')
    const copy = `${NAME}=${agent.cookies.get(NAME) ?? ''}`
    expect((await agent.delete('/api/session')).status).toBe(204)
    for (const path of [
      '/api/session',
      '/api/me',
      '/api/employer/trainees',
      '/api/me/enrolments',
    ]) {
      const response = await rawRequest(stack.url, 'GET', path, { cookie: copy })
      expect(response.status, path).toBe(401)
      expect(response.text).not.toMatch(/Acme|VT0000/)
    }
    const write = await rawRequest(stack.url, 'PUT', '/api/session/employer', {
      cookie: copy,
      body: JSON.stringify({ employerId: DEMO.employers.harbour }),
    })
    expect(write.status).toBe(401)
  })

  it('a copy re-sealed while in use is refused too once its session signs out', async () => {
    const agent = await signedIn(stack, 'learner')
    stack.advance(120)
    // The next request re-seals the cookie (its idle clock moves on): a new value, the same sid.
    expect((await agent.get('/api/me')).status).toBe(200)
    const resealed = `${NAME}=${agent.cookies.get(NAME) ?? ''}`
    expect((await agent.delete('/api/session')).status).toBe(204)
    expect((await meWith(resealed)).status).toBe(401)
  })

  it('a copy taken at sign-in is refused after the absolute timeout, however recently it was used', async () => {
    const local = await startStack({
      env: { SESSION_IDLE_TIMEOUT_SECONDS: '600', SESSION_ABSOLUTE_TIMEOUT_SECONDS: '1800' },
    })
    try {
      const agent = await signedIn(local, 'learner')
      const first = `${NAME}=${agent.cookies.get(NAME) ?? ''}`
      for (let i = 0; i < 3; i++) {
        local.advance(500)
        expect((await agent.get('/api/me')).status).toBe(200)
      }
      const latest = `${NAME}=${agent.cookies.get(NAME) ?? ''}`
      expect(latest).not.toBe(first)
      local.advance(301)
      for (const cookie of [first, latest]) {
        const response = await rawRequest(local.url, 'GET', '/api/me', { cookie })
        expect(response.status).toBe(401)
        expect(response.text).not.toContain('Nguyen')
      }
    } finally {
      await local.close()
    }
  })

  it('sign-out is final for the BFF that saw it; another instance with the same secret does not know (docs/security.md)', async () => {
    const agent = await signedIn(stack, 'learner')
    const copy = `${NAME}=${agent.cookies.get(NAME) ?? ''}`
    expect((await agent.delete('/api/session')).status).toBe(204)
    expect((await rawRequest(stack.url, 'GET', '/api/session', { cookie: copy })).status).toBe(401)
    // A second BFF process with the same secret has its own, empty revocation list.
    const config = loadConfig({
      NODE_ENV: 'test',
      VETTRAK_WSDL_URL: stack.sim.wsdlUrl,
      SESSION_SECRET: TEST_SECRET,
    })
    const vettrak = createVettrakClient({ wsdlUrl: config.vettrak.wsdlUrl })
    try {
      const second = createApp({ config, vettrak, logger: createLogger('silent'), now: stack.now })
      const elsewhere = await second.request('http://127.0.0.1/api/session', {
        headers: { cookie: copy },
      })
      expect(elsewhere.status).toBe(200)
    } finally {
      vettrak.close()
    }
  })
})
