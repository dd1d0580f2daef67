/**
 * The authorisation matrix again, with crafted parameters: other employers' ids in query, path and
 * body in every spelling (`?employerId=1010` while Acme is active, Southern Health, other
 * employers' sites, `-1`, `0`, `01002`, `1002%00`, repeated keys), other employers' trainees'
 * contracts, other learners' enrolments and contracts, and clients outside a staff member's
 * access. Each is refused (400/403/404) or answered with the caller's own data, and no body ever
 * carries another party's people or employers, checked against the simulator's own records.
 */
import { SessionSchema } from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec } from '../../src/api-spec.ts'
import { startStack, type Agent, type Stack } from '../harness.ts'
import { cookieOf, expectDocumentedAnswer, rawRequest, signedIn } from './support.ts'

const E = DEMO.employers

let stack: Stack
let employer: Agent
let learner: Agent
let staff: Agent
/** Client codes and employer names that belong to no employer in Acme's tree. */
let foreignCodes: Set<string>
let foreignNames: string[]

/** Acme and every site under it, from the simulator's store. */
function acmeTree(): Set<string> {
  const tree = new Set<string>()
  const pending: string[] = [E.acme]
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    tree.add(id)
    pending.push(...(stack.sim.store.employerChildren.get(id) ?? []))
  }
  return tree
}

beforeAll(async () => {
  stack = await startStack()
  employer = await signedIn(stack, 'employer')
  learner = await signedIn(stack, 'learner')
  staff = await signedIn(stack, 'staff')
  const acme = acmeTree()
  const { store } = stack.sim
  const insiders = new Set<string>()
  foreignCodes = new Set()
  for (const [employerId, links] of store.employerLinksByEmployer)
    for (const { clientCode } of links)
      (acme.has(employerId) ? insiders : foreignCodes).add(clientCode)
  for (const contract of store.contracts.values())
    if (contract.Clie_Code)
      (acme.has(contract.Empl_Identifier ?? '') ? insiders : foreignCodes).add(contract.Clie_Code)
  for (const code of insiders) foreignCodes.delete(code)
  foreignNames = [...store.employers.values()]
    .filter((e) => !acme.has(e.Empl_Identifier ?? '') && e.Empl_Name)
    .map((e) => e.Empl_Name as string)
  expect(foreignCodes.size).toBeGreaterThan(5000)
  expect(foreignNames).toContain('Harbour Logistics')
})
afterAll(() => stack.close())

/** No client code or employer name outside Acme's tree appears in `text`. */
function expectNothingForeign(text: string, context: string) {
  const leaked = [...text.matchAll(/VT\d{8}/g)].map((m) => m[0]).filter((c) => foreignCodes.has(c))
  expect(leaked, `${context}: other employers' people`).toEqual([])
  for (const name of foreignNames) expect(text, context).not.toContain(name)
}

const employerRoutes = apiSpec.filter(
  (r) => r.access === 'employer-contact' && !r.path.includes(':'),
)

/** `?…` spellings of someone else's employer; `refused` when no answer may be a success. */
const CRAFTED: Array<[string, boolean]> = [
  [`employerId=${E.harbour}`, true],
  [`employerId=${E.southernHealth}`, true],
  [`employerId=${E.bayside}`, true],
  ['employerId=2005', true],
  ['employerId=-1', true],
  ['employerId=0', true],
  ['employerId=99999999999', true],
  ['employerId=1002%20', true],
  ['employerId=%201002', true],
  ['employerId=1002%00', true],
  ['employerId=01002', true],
  ['employerId=001001', true],
  ['employerId=1e3', true],
  ['employerId=1002.0', true],
  ['employerId=%2B1002', true],
  ['employerId=1002,2000', true],
  ['employerId=%31%30%31%30', true],
  ['employerId=%EF%BC%91%EF%BC%90%EF%BC%90%EF%BC%92', true],
  ['employerId=', true],
  [`employerId=${E.southernHealth}&employerId=${E.acmeParramatta}`, true],
  [`employerId=${E.acmeParramatta}&employerId=${E.southernHealth}`, false],
  [`employerId[]=${E.southernHealth}`, false],
  [`employerId[0]=${E.harbour}`, false],
  [`EmployerId=${E.harbour}`, false],
  [`employerid=${E.harbour}`, false],
  [`employerIdentifier=${E.harbour}`, false],
]

describe('a contact of Acme naming other employers in the query string', () => {
  it.each(employerRoutes.map((r) => r.path))(
    '%s never answers with another employer’s data',
    async (path) => {
      const cookie = cookieOf(employer)
      for (const [query, refused] of CRAFTED) {
        const response = await rawRequest(stack.url, 'GET', `${path}?${query}`, { cookie })
        const context = `${path}?${query} → ${response.status}`
        expectDocumentedAnswer(response, context)
        if (refused) expect([400, 403], context).toContain(response.status)
        else expect([200, 400, 403], context).toContain(response.status)
        expectNothingForeign(response.text, context)
      }
      // The session is untouched: Acme itself still answers.
      expect((await rawRequest(stack.url, 'GET', path, { cookie })).status).toBe(200)
    },
  )

  it('a JSON body naming Southern Health on a GET is ignored: Acme’s own data, nothing else', async () => {
    const cookie = cookieOf(employer)
    for (const { path } of employerRoutes) {
      const response = await rawRequest(stack.url, 'GET', path, {
        cookie,
        body: JSON.stringify({ employerId: E.southernHealth, activeEmployerId: E.southernHealth }),
      })
      expect(response.status, path).toBe(200)
      expectNothingForeign(response.text, path)
    }
  })
})

describe('choosing an employer with a crafted id', () => {
  it.each<[string, unknown]>([
    ['Southern Health', E.southernHealth],
    ['an Acme site (a descendant, not a contact)', E.acmeParramatta],
    ['Bayside', E.bayside],
    ['-1', '-1'],
    ['0', '0'],
    ['a number too long', '99999999999'],
    ['a trailing space', '1010 '],
    ['a NUL', '1010\u0000'],
    ['a leading zero', '01010'],
    ['a number, not a string', 1010],
    ['an array', [E.harbour]],
    ['an object', { id: E.harbour }],
    ['null', null],
  ])('with %s is refused and Acme stays active', async (_, employerId) => {
    const response = await employer.put('/api/session/employer', { employerId })
    expectDocumentedAnswer(response, JSON.stringify(employerId))
    expect([400, 403]).toContain(response.status)
    const session = SessionSchema.parse((await employer.get('/api/session')).json)
    expect(session.activeEmployerId).toBe(E.acme)
  })

  it('with extra keys naming another employer list, only the employerId counts', async () => {
    const agent = await signedIn(stack, 'employer')
    const response = await agent.put('/api/session/employer', {
      employerId: E.harbour,
      employers: [{ id: E.southernHealth, name: 'Southern', isPrimaryContact: true }],
      activeEmployerId: E.southernHealth,
    })
    expect(response.status).toBe(200)
    const session = SessionSchema.parse(response.json)
    expect(session.activeEmployerId).toBe(E.harbour)
    expect(session.employers.map((e) => e.id).sort()).toEqual([E.acme, E.harbour])
  })

  it('signing in with a body that names employers gives only the ones VETtrak lists', async () => {
    const agent = stack.agent()
    const response = await agent.post('/api/session', {
      username: 'demo.employee',
      password: 'Employee!2026',
      employerId: E.southernHealth,
      activeEmployerId: E.southernHealth,
      employers: [{ id: E.southernHealth, name: 'Southern', isPrimaryContact: true }],
      isStaff: true,
      user: { clientCode: DEMO.clients.staff, isStaff: true },
    })
    expect(response.status).toBe(201)
    const session = SessionSchema.parse(response.json)
    expect(session).toMatchObject({ employers: [], activeEmployerId: null })
    expect(session.user).toMatchObject({ clientCode: DEMO.clients.employee, isStaff: false })
    expect((await agent.get('/api/employer/trainees')).status).toBe(403)
    expect((await agent.get('/api/staff/clients?q=Nguyen')).status).toBe(403)
  })

  it('a password change carrying an employerId changes no employer', async () => {
    const response = await employer.put('/api/me/password', {
      currentPassword: 'wrong-on-purpose',
      newPassword: 'x',
      employerId: E.southernHealth,
    })
    expect(response.status).toBe(400)
    expect(SessionSchema.parse((await employer.get('/api/session')).json).activeEmployerId).toBe(
      E.acme,
    )
  })
})

describe('a contact of Acme asking for units of contracts that are not Acme’s', () => {
  it('gets 404 for other employers’ trainees and the learner’s own traineeship, and 403 naming their employer', async () => {
    const { store } = stack.sim
    const acme = acmeTree()
    const others = [...store.contracts.values()].filter((c) => !acme.has(c.Empl_Identifier ?? ''))
    const byEmployer = new Map<string, number[]>()
    for (const c of others) {
      const list = byEmployer.get(c.Empl_Identifier ?? '') ?? []
      if (list.length < 3) list.push(c.ID)
      byEmployer.set(c.Empl_Identifier ?? '', list)
    }
    const ids = [...byEmployer.values()].flat().slice(0, 40)
    expect(ids).toContain(DEMO.learner.contract)
    const cookie = cookieOf(employer)
    for (const id of ids) {
      const own = await rawRequest(stack.url, 'GET', `/api/employer/trainees/${id}/units`, {
        cookie,
      })
      expect(own.status, `contract ${id}`).toBe(404)
      expectDocumentedAnswer(own, `contract ${id}`)
      const owner = store.contracts.get(id)?.Empl_Identifier ?? ''
      const named = await rawRequest(
        stack.url,
        'GET',
        `/api/employer/trainees/${id}/units?employerId=${owner}`,
        { cookie },
      )
      expect(named.status, `contract ${id} of ${owner}`).toBe(403)
    }
  })

  it.each(['0', '-20101', '20101.5', '20101%00', '020101', '1e5', '99999999999'])(
    'a crafted contract id %s is refused without any units',
    async (id) => {
      const response = await rawRequest(stack.url, 'GET', `/api/employer/trainees/${id}/units`, {
        cookie: cookieOf(employer),
      })
      expectDocumentedAnswer(response, id)
      // `020101` is the number 20101, an Acme trainee's: their units are the one success allowed.
      if (id === '020101') expect([200, 404]).toContain(response.status)
      else expect([400, 404]).toContain(response.status)
    },
  )
})

describe('a learner asking for other people’s enrolments and contracts under /api/me', () => {
  it('gets 404 for everyone else’s enrolment and contract ids, with nothing of theirs', async () => {
    const { store } = stack.sim
    const mine = new Set(store.enrolmentsByClient.get(DEMO.clients.learner) ?? [])
    const enrolments = [...store.enrolments.keys()].filter((id) => !mine.has(id)).slice(0, 30)
    const myContracts = new Set(store.contractsByClient.get(DEMO.clients.learner) ?? [])
    const contracts = [...store.contracts.keys()].filter((id) => !myContracts.has(id)).slice(0, 30)
    const cookie = cookieOf(learner)
    for (const [kind, ids] of [
      ['enrolments', enrolments],
      ['contracts', contracts],
    ] as const)
      for (const id of ids)
        for (const spelling of [String(id), `0${id}`, `${id}.0`, `${id}%20`]) {
          const response = await rawRequest(stack.url, 'GET', `/api/me/${kind}/${spelling}/units`, {
            cookie,
          })
          const context = `${kind} ${spelling}`
          expectDocumentedAnswer(response, context)
          expect([400, 404], context).toContain(response.status)
        }
  })

  it('an employer contact’s own enrolment list never includes the learner’s', async () => {
    const response = await employer.get('/api/me/enrolments')
    expect(response.status).toBe(200)
    const ids = (response.json as { items: Array<{ id: number }> }).items.map((e) => e.id)
    for (const id of Object.values(DEMO.learner.enrolments)) expect(ids).not.toContain(id)
  })
})

describe('a staff member naming clients outside their access', () => {
  const recordPaths = [
    '',
    '/enrolments',
    '/events',
    '/invoices',
    '/contracts',
    '/awards',
    `/enrolments/${DEMO.learner.enrolments.business}/units`,
    `/contracts/${DEMO.learner.contract}/units`,
  ]

  it('gets 404 for every client who declined publication, in any spelling, and nothing of theirs', async () => {
    const { store } = stack.sim
    const unpublished = [...store.unpublishedClients].slice(0, 5)
    expect(unpublished.length).toBeGreaterThan(0)
    const cookie = cookieOf(staff)
    for (const code of unpublished) {
      const { Clie_Surname: surname = '', Clie_Email: email } = store.clients.get(code) ?? {}
      for (const spelling of [code, code.toLowerCase(), `%20${code}%20`, `${code}%00`])
        for (const path of recordPaths) {
          const url = `/api/staff/clients/${spelling}${path}`
          const response = await rawRequest(stack.url, 'GET', url, { cookie })
          expectDocumentedAnswer(response, url)
          expect([400, 404], url).toContain(response.status)
          expect(response.text).not.toContain(code)
        }
      for (const q of [code, surname, email ?? code]) {
        const search = await staff.get(`/api/staff/clients?q=${encodeURIComponent(q)}`)
        expect(search.status).toBe(200)
        expect(search.text, `search ${q}`).not.toContain(code)
      }
    }
  })

  it('gets 404 for codes of no one at all', async () => {
    for (const code of ['VT99999999', 'XX', '..', '%2e%2e', 'VT9999999%39', 'A'.repeat(10)]) {
      const response = await rawRequest(stack.url, 'GET', `/api/staff/clients/${code}`, {
        cookie: cookieOf(staff),
      })
      expectDocumentedAnswer(response, code)
      expect([400, 404], code).toContain(response.status)
    }
  })

  it('a learner who names a client code gets 403, not that client', async () => {
    const response = await learner.get(`/api/staff/clients/${DEMO.clients.employee}`)
    expect(response.status).toBe(403)
    expect(response.text).not.toContain(DEMO.clients.employee)
  })
})
