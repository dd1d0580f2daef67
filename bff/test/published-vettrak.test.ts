/**
 * The portal against a sparse VETtrak: the simulator's `published` profile serves only what
 * VETtrak publishes (defined-here members absent, a third of optional strings never filled, some
 * dates nil, unknown members). Every demo role signs in, and every GET route of `apiSpec` answers
 * 2xx with a body its contract accepts, or a documented refusal: never a 5xx.
 */
import { ErrorBodySchema, type ErrorCode } from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec, type RouteSpec } from '../src/api-spec.ts'
import { startStack, type Agent, type Stack } from './harness.ts'

const ROLES = {
  'demo.learner': 'Learner!2026',
  'demo.employer': 'Employer!2026',
  'demo.employee': 'Employee!2026',
  'demo.staff': 'Staff!2026',
  'demo.bigemployer': 'BigEmployer!2026',
} as const
type Role = keyof typeof ROLES

const ACME_TRAINEE_CONTRACT = 20101
const getRoutes = apiSpec.filter(
  (route) => route.method === 'get' && !['/api/openapi.json', '/api/docs'].includes(route.path),
)

let stack: Stack
beforeAll(async () => {
  stack = await startStack({ simulator: { profile: 'published' } })
})
afterAll(() => stack.close())

/** The ids of a `{ items }` list answer (none when it is not one). */
const idsOf = (json: unknown) =>
  ((json as { items?: Array<{ id: number }> } | undefined)?.items ?? []).map((item) => item.id)

/** The path of each GET route for a signed-in user, its parameters taken from what they can see. */
async function pathsFor(agent: Agent): Promise<Map<RouteSpec, string>> {
  const enrolments = idsOf((await agent.get('/api/me/enrolments')).json)
  const contracts = idsOf((await agent.get('/api/me/contracts')).json)
  const found = (await agent.get('/api/staff/clients?q=Nguyen')).json as
    { clients?: Array<{ clientCode: string }> } | undefined
  const clientCode = found?.clients?.[0]?.clientCode ?? DEMO.clients.learner
  const staffEnrolments = idsOf(
    (await agent.get(`/api/staff/clients/${clientCode}/enrolments`)).json,
  )
  const staffContracts = idsOf((await agent.get(`/api/staff/clients/${clientCode}/contracts`)).json)
  const paths = new Map<RouteSpec, string>()
  const first = (ids: number[]) => (ids[0] === undefined ? undefined : String(ids[0]))
  for (const route of getRoutes) {
    const ofContracts = route.path.includes('/contracts/')
    let path: string | undefined = route.path
    if (path === '/api/staff/clients') path = `${path}?q=Nguyen`
    else if (path.includes(':contractId'))
      path = path.replace(':contractId', `${ACME_TRAINEE_CONTRACT}`)
    else if (path.includes(':id')) {
      // A user with no enrolment or contract has no such page to visit.
      const staffRoute = path.startsWith('/api/staff/')
      const id = first(
        staffRoute
          ? ofContracts
            ? staffContracts
            : staffEnrolments
          : ofContracts
            ? contracts
            : enrolments,
      )
      path = id === undefined && !staffRoute ? undefined : path.replace(':id', id ?? '1')
    }
    if (path !== undefined) paths.set(route, path.replace(':code', clientCode))
  }
  return paths
}

/** The refusals a route documents for a user without its access. */
function documentedRefusals(route: RouteSpec, isStaff: boolean, isContact: boolean): ErrorCode[] {
  if (route.access === 'staff' && !isStaff) return ['FORBIDDEN']
  if (route.access === 'employer-contact' && !isContact) return ['FORBIDDEN']
  return []
}

describe('every role against the published profile', () => {
  it.each(Object.keys(ROLES) as Role[])(
    '%s signs in and every GET route answers 2xx within its contract, or a documented refusal',
    async (username) => {
      const agent = stack.agent()
      const signIn = await agent.signIn(username, ROLES[username])
      expect(signIn.status, signIn.text).toBe(201)
      const session = signIn.json as {
        user: { isStaff: boolean }
        employers: unknown[]
        activeEmployerId: string | null
      }
      // IsContact is defined here, so a published VETtrak gives no contact relation: every
      // contact signs in with learner views (the honest result; see docs/simulator.md).
      expect(session.employers).toEqual([])
      expect(session.user.isStaff).toBe(username === 'demo.staff')

      const problems: string[] = []
      for (const [route, path] of await pathsFor(agent)) {
        const answer = await agent.get(path)
        const refusals = documentedRefusals(route, session.user.isStaff, false)
        if (answer.status >= 200 && answer.status < 300) {
          if (refusals.length > 0) problems.push(`${path}: ${answer.status}, expected a refusal`)
          const parsed = route.response?.safeParse(answer.json)
          if (parsed && !parsed.success)
            problems.push(`${path}: body outside its contract: ${parsed.error.message}`)
          continue
        }
        const body = ErrorBodySchema.safeParse(answer.json)
        if (!body.success || !refusals.includes(body.data.error.code))
          problems.push(`${path}: ${answer.status} ${answer.text.slice(0, 300)}`)
      }
      expect(problems).toEqual([])
    },
    30_000,
  )

  it('logged no error on the way (pino level 50 and above)', () => {
    expect(stack.logLines.filter((line) => /"level":(5|6)\d/.test(line))).toEqual([])
  })

  it('shows the learner their records with what is published, identities intact', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', ROLES['demo.learner'])
    const enrolments = (await agent.get('/api/me/enrolments')).json
    expect(idsOf(enrolments)).toEqual(
      expect.arrayContaining(Object.values(DEMO.learner.enrolments)),
    )
    // TEnun's outcomes are defined here: no progress is claimed from units without them.
    const items = (enrolments as { items: Array<{ progress?: unknown }> }).items
    expect(items.map((item) => item.progress)).toEqual(items.map(() => undefined))
    const me = (await agent.get('/api/me')).json as { clientCode: string }
    expect(me.clientCode).toBe(DEMO.clients.learner)
  })

  it('states no password rule VETtrak did not state (GetPasswordPolicy is defined here)', async () => {
    const agent = stack.agent()
    await agent.signIn('demo.learner', ROLES['demo.learner'])
    expect((await agent.get('/api/me/password-policy')).json).toEqual({
      minimumLength: 0,
      requireUpperCase: false,
      requireLowerCase: false,
      requireDigit: false,
      requireSymbol: false,
    })
  })
})
