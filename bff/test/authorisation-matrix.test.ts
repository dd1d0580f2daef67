/**
 * Every route of `apiSpec` × every kind of user × {their own resource, someone else's}, with the
 * status each must answer, derived from the route's `access`. A route in the table that the app
 * does not have yet is a todo row; one that answers 404 NOT_FOUND for a valid own resource fails
 * as missing.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ErrorBodySchema } from '@vettrak-portal/contracts'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec, type RouteSpec } from '../src/api-spec.ts'
import { createApp } from '../src/app.ts'
import { loadConfig } from '../src/env.ts'
import { createLogger } from '../src/logger.ts'
import { TEST_SECRET, startStack, type Agent, type Stack } from './harness.ts'
import { CREDENTIALS } from './hostile/support.ts'

type Persona = 'anonymous' | 'learner' | 'employee' | 'employer' | 'staff'
type Whose = 'own' | 'other'

const PERSONAS: Persona[] = ['anonymous', 'learner', 'employee', 'employer', 'staff']

const who: Record<Persona, string> = {
  anonymous: 'someone not signed in',
  learner: 'a learner',
  employee: 'an employee who is not a contact',
  employer: 'a contact of Acme (active)',
  staff: 'a staff member',
}

/** Routes that describe the API rather than belong to it. */
const DOCUMENTATION_ROUTES = new Set([
  'GET /api/openapi.json',
  'GET /api/docs',
  'GET /api/docs.css',
])

const L = DEMO.learner
const ACME_TRAINEE_CONTRACT = 20101

/** Each user's own enrolment, and one of someone else's. */
const ownEnrolment: Record<Persona, number> = {
  anonymous: L.enrolments.individualSupport,
  learner: L.enrolments.individualSupport,
  employee: DEMO.employee.enrolments.business,
  employer: DEMO.employer.enrolment,
  staff: DEMO.staff.enrolments.trainingAndAssessment,
}
const otherEnrolment = (persona: Persona) =>
  persona === 'learner' ? DEMO.employee.enrolments.business : L.enrolments.individualSupport
/** Only the learner has a traineeship contract of their own. */
const ownContract = (persona: Persona) =>
  persona === 'learner' || persona === 'anonymous' ? L.contract : undefined
const otherContract = (persona: Persona) =>
  persona === 'learner' ? ACME_TRAINEE_CONTRACT : L.contract

interface Request {
  method: RouteSpec['method']
  path: string
  body?: unknown
  /** Run on a fresh agent of the persona, so the shared one keeps its session. */
  fresh?: boolean
}

/** The request for a persona's own or someone else's resource; undefined when there is none. */
function requestFor(route: RouteSpec, persona: Persona, whose: Whose): Request | undefined {
  const own = whose === 'own'
  const at = (path: string, extra: Partial<Request> = {}) => ({
    method: route.method,
    path,
    ...extra,
  })
  const key = `${route.method.toUpperCase()} ${route.path}`
  switch (key) {
    case 'POST /api/session': {
      const [username, password] =
        persona === 'anonymous' ? CREDENTIALS.learner : CREDENTIALS[persona]
      return at(route.path, {
        body: { username, password: own ? password : 'not-the-password' },
        fresh: true,
      })
    }
    case 'POST /api/verify':
      return own
        ? at(route.path, {
            body: { givenName: 'Charlotte', surname: 'Nguyen', parchmentNumber: 'CSIQ0060001' },
          })
        : undefined
    case 'DELETE /api/session':
      return own ? at(route.path, { fresh: true }) : undefined
    case 'PUT /api/session/employer':
      if (own && persona !== 'employer' && persona !== 'anonymous') return undefined
      return at(route.path, {
        body: { employerId: own ? DEMO.employers.acme : DEMO.employers.southernHealth },
      })
    case 'PUT /api/me/password': {
      // Only the refusals: a new password that breaks the policy changes nothing.
      if (!own) return undefined
      const current = persona === 'anonymous' ? 'x' : CREDENTIALS[persona][1]
      return at(route.path, { body: { currentPassword: current, newPassword: 'short' } })
    }
    case 'GET /api/me/enrolments/:id/units':
      return at(`/api/me/enrolments/${own ? ownEnrolment[persona] : otherEnrolment(persona)}/units`)
    case 'GET /api/me/contracts/:id/units': {
      const id = own ? ownContract(persona) : otherContract(persona)
      return id === undefined ? undefined : at(`/api/me/contracts/${id}/units`)
    }
    case 'POST /api/feeds':
      return at(route.path, {
        body: own
          ? { kind: 'learner' }
          : { kind: 'employer', employerId: DEMO.employers.southernHealth },
      })
    case 'DELETE /api/feeds/:id':
      // Revoking one's own feed is in feeds.test.ts; here only an id that is not theirs.
      return own ? undefined : at('/api/feeds/not-my-feed')
    case 'GET /api/employer/trainees/:contractId':
      return at(`/api/employer/trainees/${own ? ACME_TRAINEE_CONTRACT : L.contract}`)
    case 'GET /api/employer/trainees/:contractId/units':
      return at(`/api/employer/trainees/${own ? ACME_TRAINEE_CONTRACT : L.contract}/units`)
    case 'GET /api/employer/enrolments/progress':
      // Ids that are not the employer's are left out of the answer, so any id is a valid ask.
      return at(
        own
          ? `${route.path}?ids=1`
          : `${route.path}?ids=1&employerId=${DEMO.employers.southernHealth}`,
      )
    case 'GET /api/staff/clients':
      return own ? at('/api/staff/clients?q=Nguyen') : undefined
    case 'GET /api/staff/clients/:code/enrolments/:id/units':
      return at(
        `/api/staff/clients/${DEMO.clients.learner}/enrolments/${
          own ? L.enrolments.individualSupport : DEMO.employee.enrolments.business
        }/units`,
      )
    case 'GET /api/staff/clients/:code/contracts/:id/units':
      return at(
        `/api/staff/clients/${DEMO.clients.learner}/contracts/${
          own ? L.contract : ACME_TRAINEE_CONTRACT
        }/units`,
      )
  }
  if (route.path.startsWith('/api/staff/clients/:code'))
    return at(route.path.replace(':code', own ? DEMO.clients.learner : 'VT99999999'))
  if (route.access === 'employer-contact')
    return at(own ? route.path : `${route.path}?employerId=${DEMO.employers.southernHealth}`)
  if (route.path.includes(':')) throw new Error(`No resource for ${key}: add one to the matrix`)
  // A route without parameters has only the user's own resource.
  return own ? at(route.path) : undefined
}

/** The status a persona must get, from the route's access level. */
function expectedStatus(route: RouteSpec, persona: Persona, whose: Whose): number {
  const success = route.status ?? 200
  const key = `${route.method.toUpperCase()} ${route.path}`
  if (key === 'POST /api/session') return whose === 'own' ? success : 401
  if (route.access === 'public') return success
  if (persona === 'anonymous') return 401
  if (key === 'PUT /api/me/password') return 400
  if (key === 'PUT /api/session/employer') return whose === 'own' ? success : 403
  // Someone else's employer: refused, whoever asks.
  if (key === 'POST /api/feeds' && whose === 'other') return 403
  switch (route.access) {
    case 'signed-in':
      return whose === 'own' ? success : 404
    case 'employer-contact':
      if (persona !== 'employer') return 403
      if (whose === 'own') return success
      return route.path.includes(':contractId') ? 404 : 403
    case 'staff':
      if (persona !== 'staff') return 403
      return whose === 'own' ? success : 404
  }
}

/** The routes the app has, read from a BFF that is built but never listens. */
function implementedRoutes(): Set<string> {
  const config = loadConfig({ NODE_ENV: 'test', SESSION_SECRET: TEST_SECRET })
  const vettrak = createVettrakClient({ wsdlUrl: 'http://127.0.0.1:9/VT_API.asmx?WSDL' })
  const app = createApp({ config, vettrak, logger: createLogger('silent') })
  vettrak.close()
  return new Set(app.routes.filter((r) => r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))
}

const implemented = implementedRoutes()
const routeKey = (route: RouteSpec) => `${route.method.toUpperCase()} ${route.path}`

let stack: Stack
const agents = new Map<Persona, Agent>()

async function agentFor(persona: Persona, fresh = false): Promise<Agent> {
  const existing = agents.get(persona)
  if (existing && !fresh) return existing
  const agent = stack.agent()
  if (persona !== 'anonymous') {
    const [username, password] = CREDENTIALS[persona]
    expect((await agent.signIn(username, password)).status).toBe(201)
    if (persona === 'employer')
      expect(
        (await agent.put('/api/session/employer', { employerId: DEMO.employers.acme })).status,
      ).toBe(200)
  }
  if (!fresh) agents.set(persona, agent)
  return agent
}

let dataDir: string
beforeAll(async () => {
  // Calendar feeds need somewhere durable to live.
  dataDir = await mkdtemp(join(tmpdir(), 'vtp-matrix-'))
  stack = await startStack({ env: { DATA_DIR: dataDir } })
})
afterAll(async () => {
  await stack.close()
  await rm(dataDir, { recursive: true, force: true })
})

describe('the route table and the app agree', () => {
  it('every route the app serves under /api is in apiSpec', () => {
    const specified = new Set(apiSpec.map(routeKey))
    const unlisted = [...implemented].filter(
      (key) => key.includes(' /api') && !specified.has(key) && !DOCUMENTATION_ROUTES.has(key),
    )
    expect(unlisted).toEqual([])
  })

  it('every route in apiSpec has a handler', () => {
    expect(apiSpec.map(routeKey).filter((key) => !implemented.has(key))).toEqual([])
  })
})

describe.each(apiSpec.map((route) => [routeKey(route), route] as const))('%s', (key, route) => {
  for (const persona of PERSONAS)
    for (const whose of ['own', 'other'] as const) {
      const request = requestFor(route, persona, whose)
      if (!request) continue
      const expected = expectedStatus(route, persona, whose)
      const title = `${who[persona]} asking for ${
        whose === 'own' ? 'their own' : "someone else's"
      } gets ${expected}`
      if (!implemented.has(key)) {
        it.todo(`${title} (not implemented yet: another helper is writing this route)`)
        continue
      }
      it(title, async () => {
        const agent = await agentFor(persona, request.fresh)
        const response = await agent.request(request.method.toUpperCase(), request.path, {
          json: request.body,
        })
        const error = ErrorBodySchema.safeParse(response.json)
        const code = error.success ? error.data.error.code : undefined
        if (expected < 300 && response.status === 404 && code === 'NOT_FOUND')
          expect.fail(
            `${key} answered 404 NOT_FOUND to ${who[persona]} for their own resource ` +
              `(${request.path}): the route is missing or cannot find a valid record`,
          )
        expect(
          response.status,
          `${request.method.toUpperCase()} ${request.path} as ${persona}: ${response.text.slice(0, 200)}`,
        ).toBe(expected)
        if (expected < 300 && route.response) route.response.parse(response.json)
        if (expected >= 400) expect(error.success, 'the error body').toBe(true)
      })
    }
})

describe('the API description', () => {
  it.each([...DOCUMENTATION_ROUTES].filter((key) => implemented.has(key)))(
    '%s is open to anyone and holds nothing secret',
    async (key) => {
      const response = await stack.agent().get(key.replace('GET ', ''))
      expect(response.status).toBe(200)
      expect(response.text).not.toMatch(/ApiPortal!2026|Learner!2026/)
    },
  )
})
