import {
  AwardListSchema,
  ClientSearchResultSchema,
  ContractListSchema,
  EnrolmentListSchema,
  ErrorBodySchema,
  EventListSchema,
  InvoiceListSchema,
  ProfileSchema,
  UnitListSchema,
} from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec } from '../src/api-spec.ts'
import { startStack, type Agent, type Stack } from './harness.ts'

const LEARNER = DEMO.clients.learner
const E = DEMO.learner.enrolments

let stack: Stack
let staff: Agent
beforeAll(async () => {
  stack = await startStack()
  staff = stack.agent()
  expect((await staff.signIn('demo.staff', 'Staff!2026')).status).toBe(201)
})
afterAll(() => stack.close())

const notFound = { error: { code: 'NOT_FOUND', message: 'Not found.' } }
const staffRoutes = apiSpec.filter((route) => route.path.startsWith('/api/staff'))

/** A staff route's path with real values in place of its parameters. */
const pathOf = (path: string, code: string = LEARNER) =>
  path.replace(':code', code).replace(':id', String(E.individualSupport)) +
  (path.endsWith('/clients') ? '?q=nguyen' : '')

const search = async (q: string) => {
  const response = await staff.get(`/api/staff/clients?q=${encodeURIComponent(q)}`)
  expect(response.status).toBe(200)
  return ClientSearchResultSchema.parse(response.json)
}

describe('a staff member searching clients', () => {
  it('a staff member finds demo.learner by surname', async () => {
    const result = await search('Nguyen')
    expect(result.items.map((c) => c.clientCode)).toContain(LEARNER)
    expect(result.items.every((c) => c.surname === 'Nguyen' || c.givenName === 'Nguyen')).toBe(true)
  })

  it('a staff member finds demo.learner by "given surname" and by "surname, given"', async () => {
    for (const q of ['Charlotte Nguyen', 'nguyen, charlotte']) {
      const { items } = await search(q)
      expect(items.map((c) => c.clientCode)).toContain(LEARNER)
      expect(items.every((c) => c.givenName === 'Charlotte' && c.surname === 'Nguyen')).toBe(true)
    }
  })

  it('same-named results say what tells the people apart, as VETtrak shows it to the staff member', async () => {
    const { store } = stack.sim
    const linesBefore = stack.logLines.length
    const { items } = await search('nguyen, charlotte')
    /** GetClientDetails requests this search sent for one of its results. */
    const reads = stack.logLines
      .slice(linesBefore)
      .filter((l) => l.includes('"vettrak request"') && l.includes('<GetClientDetails'))
      .filter((l) => items.some((item) => l.includes(`>${item.clientCode}<`)))
    expect(items.length).toBeGreaterThan(1)
    for (const item of items) {
      const client = store.clients.get(item.clientCode)
      expect(item).toMatchObject({
        dateOfBirth: client?.Clie_DOB.slice(0, 10),
        email: client?.Clie_Email,
        suburb: client?.Clie_RCity,
      })
    }
    const told = items.map((item) => [item.dateOfBirth, item.email, item.suburb].join('|'))
    expect(new Set(told).size).toBe(items.length)
    // One detail read per same-named result (the staff member's own token decides what shows).
    expect(reads).toHaveLength(items.length)
  })

  it('a result whose name no other result has is shown without details', async () => {
    const { items } = await search(LEARNER)
    expect(items).toHaveLength(1)
    expect(items[0]).toEqual({ clientCode: LEARNER, givenName: 'Charlotte', surname: 'Nguyen' })
  })

  it('a staff member typing a client code gets that client first', async () => {
    const { items } = await search(LEARNER.toLowerCase())
    expect(items[0]?.clientCode).toBe(LEARNER)
    const prefix = await search('VT0000000')
    expect(prefix.items.map((c) => c.clientCode)).toEqual(
      expect.arrayContaining([DEMO.clients.learner, DEMO.clients.employer, DEMO.clients.staff]),
    )
  })

  it('a staff member searching "demo" gets an answer, empty because VETtrak lists no usernames', async () => {
    const result = await search('demo')
    expect(result).toEqual({ items: [], truncated: false })
  })

  it('a staff member finds demo.learner by their email address, typed in any case', async () => {
    for (const q of ['demo.learner@example.edu.au', 'Demo.Learner@EXAMPLE.edu.au']) {
      const result = await search(q)
      expect(result).toEqual({
        items: [{ clientCode: LEARNER, givenName: 'Charlotte', surname: 'Nguyen' }],
        truncated: false,
      })
    }
  })

  it('a staff member searching an email no one has finds no one', async () => {
    const result = await search('nobody.at.all@example.edu.au')
    expect(result).toEqual({ items: [], truncated: false })
  })

  it('a staff member searching the email of a client VETtrak does not list for them finds no one', async () => {
    const { store } = stack.sim
    const hidden = [...store.unpublishedClients].find((code) => store.clients.get(code)?.Clie_Email)
    const email = hidden === undefined ? undefined : store.clients.get(hidden)?.Clie_Email
    expect(email).toBeDefined()
    const result = await search(email ?? '')
    expect(result).toEqual({ items: [], truncated: false })
    // The service account did find them: the answer was withheld by the BFF, not by VETtrak.
    const answered = (l: string) =>
      l.includes('GetClientByEmailResponse') && l.includes(`<Clie_Code>${hidden}</Clie_Code>`)
    expect(stack.logLines.some(answered)).toBe(true)
  })

  it('a trainer finds a learner of their own campus by email, but not demo.learner of another', async () => {
    const { store } = stack.sim
    /** A division and the divisions above it. */
    const ancestry = (id: number | undefined): number[] => {
      const parent = id === undefined ? undefined : store.divisions.get(id)?.parentId
      return id === undefined ? [] : [id, ...ancestry(parent)]
    }
    const learnerDivisions = ancestry(store.clients.get(LEARNER)?.DivisionId)
    const trainer = [...store.accounts.values()].find(
      (account) =>
        account.isStaff &&
        !account.apiPermitted &&
        account.clientCode.startsWith('VT3') &&
        (store.staffDivisions.get(account.clientCode) ?? []).every(
          (id) => !learnerDivisions.includes(id),
        ),
    )
    expect(trainer).toBeDefined()
    const own = store.staffDivisions.get(trainer?.clientCode ?? '') ?? []
    const mine = store.clientCodes.find((code) => {
      const client = store.clients.get(code)
      return (
        client?.Clie_Email !== undefined &&
        own.includes(client.DivisionId) &&
        !store.unpublishedClients.has(code)
      )
    })
    expect(mine).toBeDefined()

    const agent = stack.agent()
    expect((await agent.signIn(trainer?.username ?? '', trainer?.password ?? '')).status).toBe(201)
    const find = async (q: string) => {
      const response = await agent.get(`/api/staff/clients?q=${encodeURIComponent(q)}`)
      expect(response.status).toBe(200)
      return ClientSearchResultSchema.parse(response.json).items.map((c) => c.clientCode)
    }
    expect(await find(store.clients.get(mine ?? '')?.Clie_Email ?? '')).toEqual([mine])
    expect(await find('demo.learner@example.edu.au')).toEqual([])
  })

  it('a broad search returns 50 clients and says there are more', async () => {
    const result = await search('ch')
    expect(result.items).toHaveLength(50)
    expect(result.truncated).toBe(true)
  })

  it('a search of fewer than two characters, or none, is refused', async () => {
    for (const path of ['/api/staff/clients?q=a', '/api/staff/clients']) {
      const response = await staff.get(path)
      expect(response.status).toBe(400)
      expect(ErrorBodySchema.parse(response.json).error.fields).toHaveProperty('q')
    }
  })

  it('a staff member typing a search reads the client list from VETtrak only once', async () => {
    const reads = () => stack.logLines.filter((l) => l.includes('GetAccessibleClients')).length
    const agent = stack.agent()
    await agent.signIn('demo.staff', 'Staff!2026')
    const before = reads()
    for (const q of ['ng', 'ngu', 'nguy', 'nguye', 'nguyen'])
      expect((await agent.get(`/api/staff/clients?q=${q}`)).status).toBe(200)
    expect((await agent.get(`/api/staff/clients/${LEARNER}`)).status).toBe(200)
    const afterTyping = reads()
    expect(afterTyping).toBeGreaterThan(before)
    stack.advance(6 * 60)
    expect((await agent.get('/api/staff/clients?q=nguyen')).status).toBe(200)
    expect(reads()).toBeGreaterThan(afterTyping)
    // one read per cached list: the five searches and the lookup shared the first
    expect(reads() - afterTyping).toBe(afterTyping - before)
  })
})

describe('a staff member opening a client', () => {
  it('a staff member opens demo.learner’s details', async () => {
    const response = await staff.get(`/api/staff/clients/${LEARNER}`)
    expect(response.status).toBe(200)
    expect(ProfileSchema.parse(response.json)).toMatchObject({
      clientCode: LEARNER,
      givenName: 'Charlotte',
      surname: 'Nguyen',
    })
  })

  it('a client code typed in lower case opens the same client', async () => {
    const response = await staff.get(`/api/staff/clients/${LEARNER.toLowerCase()}`)
    expect(ProfileSchema.parse(response.json).clientCode).toBe(LEARNER)
  })

  it('a staff member sees demo.learner’s enrolments with progress, and their units', async () => {
    const enrolments = await staff.get(`/api/staff/clients/${LEARNER}/enrolments`)
    expect(enrolments.status).toBe(200)
    const { items } = EnrolmentListSchema.parse(enrolments.json)
    expect(items.find((e) => e.id === E.individualSupport)?.progress).toEqual({
      achieved: 6,
      total: 11,
    })
    const units = await staff.get(
      `/api/staff/clients/${LEARNER}/enrolments/${E.individualSupport}/units`,
    )
    expect(UnitListSchema.parse(units.json).items).toHaveLength(11)
  })

  it('a staff member sees demo.learner’s events, invoices, contract, contract units and awards', async () => {
    const base = `/api/staff/clients/${LEARNER}`
    expect(EventListSchema.parse((await staff.get(`${base}/events`)).json).items.length).toBe(9)
    const unpaid = InvoiceListSchema.parse((await staff.get(`${base}/invoices?status=unpaid`)).json)
    expect(unpaid.items.map((i) => i.id).sort()).toEqual(
      [DEMO.learner.invoices.partPaid, DEMO.learner.invoices.overdue].sort(),
    )
    const contracts = ContractListSchema.parse((await staff.get(`${base}/contracts`)).json)
    expect(contracts.items.map((c) => c.id)).toEqual([DEMO.learner.contract])
    const units = await staff.get(`${base}/contracts/${DEMO.learner.contract}/units`)
    expect(UnitListSchema.parse(units.json).items.length).toBeGreaterThan(0)
    const awards = AwardListSchema.parse((await staff.get(`${base}/awards`)).json)
    expect(awards.items).toHaveLength(2)
  })

  it('a staff member asking for invoices with from after to is told so', async () => {
    const response = await staff.get(
      `/api/staff/clients/${LEARNER}/invoices?from=2026-03-01&to=2026-02-01`,
    )
    expect(response.status).toBe(400)
  })

  it('a staff member cannot read another client’s enrolment or contract through demo.learner', async () => {
    const enrolment = await staff.get(
      `/api/staff/clients/${LEARNER}/enrolments/${DEMO.employee.enrolments.business}/units`,
    )
    expect(enrolment.status).toBe(404)
    expect(enrolment.json).toEqual(notFound)
    const other = [...stack.sim.store.contracts.keys()].find((id) => id !== DEMO.learner.contract)
    const contract = await staff.get(`/api/staff/clients/${LEARNER}/contracts/${other}/units`)
    expect(contract.status).toBe(404)
    expect(contract.json).toEqual(notFound)
  })

  it.each(staffRoutes.filter((r) => r.path.includes(':code')).map((r) => [r.path] as const))(
    'an unknown client code is 404 on %s',
    async (path) => {
      const response = await staff.get(pathOf(path, 'ZZ99999999'))
      expect(response.status).toBe(404)
      expect(response.json).toEqual(notFound)
    },
  )

  it('a staff member cannot open a client VETtrak does not list for them', async () => {
    const hidden = [...stack.sim.store.unpublishedClients][0]
    expect(hidden).toBeDefined()
    const response = await staff.get(`/api/staff/clients/${hidden}`)
    expect(response.status).toBe(404)
    expect(response.json).toEqual(notFound)
  })
})

describe('people who are not staff', () => {
  const people = [
    ['demo.learner', 'Learner!2026'],
    ['demo.employer', 'Employer!2026'],
    ['demo.employee', 'Employee!2026'],
  ] as const
  const agents = new Map<string, Agent>()
  beforeAll(async () => {
    for (const [username, password] of people) {
      const agent = stack.agent()
      expect((await agent.signIn(username, password)).status).toBe(201)
      agents.set(username, agent)
    }
  })

  it.each(
    people.flatMap(([username]) => staffRoutes.map((route) => [username, route.path] as const)),
  )('%s is refused %s with 403', async (username, path) => {
    const response = await agents.get(username)?.get(pathOf(path))
    expect(response?.status).toBe(403)
    expect(ErrorBodySchema.parse(response?.json).error.code).toBe('FORBIDDEN')
    expect(response?.text).not.toContain('Nguyen')
  })

  it.each(staffRoutes.map((route) => [route.path] as const))(
    'someone not signed in is refused %s with 401',
    async (path) => {
      const response = await stack.agent().get(pathOf(path))
      expect(response.status).toBe(401)
      expect(ErrorBodySchema.parse(response.json).error.code).toBe('UNAUTHENTICATED')
    },
  )
})
