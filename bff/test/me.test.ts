import {
  AwardListSchema,
  ContractListSchema,
  EnrolmentListSchema,
  ErrorBodySchema,
  EventListSchema,
  InvoiceListSchema,
  PasswordPolicySchema,
  ProfileSchema,
  UnitListSchema,
} from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec } from '../src/api-spec.ts'
import { startStack, TEST_REFERENCE_DATE, type Agent, type Stack } from './harness.ts'

const E = DEMO.learner.enrolments
const LEARNER = { username: 'demo.learner', password: 'Learner!2026' }

let stack: Stack
let learner: Agent
beforeAll(async () => {
  stack = await startStack()
  learner = stack.agent()
  expect((await learner.signIn(LEARNER.username, LEARNER.password)).status).toBe(201)
})
afterAll(() => stack.close())

const notFound = { error: { code: 'NOT_FOUND', message: 'Not found.' } }

function fieldsOf(response: { json: unknown }) {
  return ErrorBodySchema.parse(response.json).error.fields ?? {}
}

describe('a learner’s enrolments', () => {
  it('a learner sees their enrolments, with progress on the active and completed ones', async () => {
    const response = await learner.get('/api/me/enrolments')
    expect(response.status).toBe(200)
    const { items } = EnrolmentListSchema.parse(response.json)
    expect(items.length).toBeGreaterThanOrEqual(3)
    const byId = new Map(items.map((e) => [e.id, e]))
    expect(byId.get(E.individualSupport)?.progress).toEqual({ achieved: 6, total: 11 })
    expect(byId.get(E.firstAid)?.progress).toEqual({ achieved: 0, total: 1 })
    expect(byId.get(E.business)?.progress).toEqual({ achieved: 9, total: 9 })
    expect(byId.get(E.cookery)?.progress).toBeUndefined()
    expect(items.filter((e) => e.progress).length).toBeGreaterThanOrEqual(3)
    expect(items.every((e) => e.learner?.clientCode === DEMO.clients.learner)).toBe(true)
  })

  it('a learner sees the units of their own enrolment with mixed outcomes', async () => {
    const response = await learner.get(`/api/me/enrolments/${E.individualSupport}/units`)
    expect(response.status).toBe(200)
    const { items } = UnitListSchema.parse(response.json)
    expect(items).toHaveLength(11)
    expect(new Set(items.map((u) => u.outcome))).toEqual(
      new Set(['achieved', 'credit', 'in-progress', 'not-achieved', 'not-started']),
    )
    expect(items.find((u) => u.resultCode === '51')?.outcome).toBe('credit')
  })

  it('a learner who asks for an enrolment id that is not a number is told so', async () => {
    const response = await learner.get('/api/me/enrolments/abc/units')
    expect(response.status).toBe(400)
    expect(fieldsOf(response)).toHaveProperty('id')
  })
})

describe('a learner cannot read another learner’s records', () => {
  it('a learner cannot read the units of another learner’s enrolment by its id', async () => {
    const theirs = DEMO.employee.enrolments.business
    const response = await learner.get(`/api/me/enrolments/${theirs}/units`)
    expect(response.status).toBe(404)
    expect(response.json).toEqual(notFound)
  })

  it('a learner cannot read the units of another learner’s contract by its id', async () => {
    const theirs = [...stack.sim.store.contracts.keys()].find((id) => id !== DEMO.learner.contract)
    expect(theirs).toBeDefined()
    const response = await learner.get(`/api/me/contracts/${theirs}/units`)
    expect(response.status).toBe(404)
    expect(response.json).toEqual(notFound)
  })

  it('a learner asking for an enrolment that does not exist gets the same answer', async () => {
    const response = await learner.get('/api/me/enrolments/999999/units')
    expect(response.status).toBe(404)
    expect(response.json).toEqual(notFound)
  })
})

describe('a learner’s events', () => {
  it('a learner sees their events, past and upcoming, in time order', async () => {
    const response = await learner.get('/api/me/events')
    expect(response.status).toBe(200)
    const { items } = EventListSchema.parse(response.json)
    expect(items.length).toBeGreaterThanOrEqual(6)
    const starts = items.map((e) => e.start)
    expect(starts).toEqual([...starts].sort())
    const today = TEST_REFERENCE_DATE
    expect(starts.some((s) => s.slice(0, 10) < today)).toBe(true)
    expect(starts.some((s) => s.slice(0, 10) > today)).toBe(true)
  })
})

describe('a learner’s invoices', () => {
  const I = DEMO.learner.invoices

  it('a learner sees paid, part-paid, overdue and credited invoices with what is owing', async () => {
    const response = await learner.get('/api/me/invoices')
    expect(response.status).toBe(200)
    const { items } = InvoiceListSchema.parse(response.json)
    const byId = new Map(items.map((i) => [i.id, i]))
    expect(byId.get(I.paid)).toMatchObject({ paymentStatus: 'paid', owing: 0 })
    expect(byId.get(I.credited)).toMatchObject({ paymentStatus: 'credited', owing: 0 })
    expect(byId.get(I.partPaid)).toMatchObject({ paymentStatus: 'part-paid', owing: 1000 })
    expect(byId.get(I.overdue)).toMatchObject({ paymentStatus: 'unpaid', owing: 149 })
    expect(byId.get(I.partPaid)?.items.length).toBe(2)
  })

  it('a learner filtering unpaid invoices sees only the part-paid and overdue ones', async () => {
    const response = await learner.get('/api/me/invoices?status=unpaid')
    const { items } = InvoiceListSchema.parse(response.json)
    expect(items.map((i) => i.id).sort()).toEqual([I.partPaid, I.overdue].sort())
    expect(items.every((i) => (i.owing ?? 0) > 0)).toBe(true)
  })

  it('a learner filtering paid invoices sees none with anything owing', async () => {
    const { items } = InvoiceListSchema.parse(
      (await learner.get('/api/me/invoices?status=paid')).json,
    )
    expect(items.map((i) => i.id)).toContain(I.paid)
    expect(items.some((i) => i.id === I.partPaid || i.id === I.overdue)).toBe(false)
  })

  it('a learner narrowing invoices to a date range sees only those dated in it', async () => {
    const all = InvoiceListSchema.parse((await learner.get('/api/me/invoices')).json).items
    const day = all.find((i) => i.id === I.partPaid)?.date?.slice(0, 10) ?? ''
    const response = await learner.get(`/api/me/invoices?from=${day}&to=${day}`)
    const { items } = InvoiceListSchema.parse(response.json)
    expect(items.map((i) => i.id)).toContain(I.partPaid)
    expect(items.every((i) => i.date?.slice(0, 10) === day)).toBe(true)
    expect(items.length).toBeLessThan(all.length)
  })

  it('a learner naming only a start date far in the future sees no invoices', async () => {
    const response = await learner.get('/api/me/invoices?from=2099-01-01')
    expect(response.status).toBe(200)
    expect(InvoiceListSchema.parse(response.json).items).toEqual([])
  })

  it('a learner asking with a bad status, a bad date, or from after to is told so', async () => {
    const badStatus = await learner.get('/api/me/invoices?status=overdue')
    expect(badStatus.status).toBe(400)
    expect(fieldsOf(badStatus)).toHaveProperty('status')
    const badDate = await learner.get('/api/me/invoices?from=2026-02-30')
    expect(badDate.status).toBe(400)
    expect(fieldsOf(badDate)).toHaveProperty('from')
    const backwards = await learner.get('/api/me/invoices?from=2026-03-01&to=2026-02-01')
    expect(backwards.status).toBe(400)
    expect(fieldsOf(backwards)).toHaveProperty('from')
  })
})

describe('a learner’s contracts, awards and profile', () => {
  it('a learner sees their traineeship contract and its units', async () => {
    const contracts = ContractListSchema.parse((await learner.get('/api/me/contracts')).json)
    expect(contracts.items).toEqual([
      expect.objectContaining({ id: DEMO.learner.contract, employerName: 'Bayside Aged Care' }),
    ])
    const response = await learner.get(`/api/me/contracts/${DEMO.learner.contract}/units`)
    expect(response.status).toBe(200)
    expect(UnitListSchema.parse(response.json).items.length).toBeGreaterThan(0)
  })

  it('a learner sees their qualification and their expired statement of attainment', async () => {
    const { items } = AwardListSchema.parse((await learner.get('/api/me/awards')).json)
    expect(items.map((a) => a.id).sort()).toEqual([
      DEMO.learner.awards.business,
      DEMO.learner.awards.cpr,
    ])
    const statement = items.find((a) => a.id === DEMO.learner.awards.cpr)
    expect(statement?.enrolmentId).toBe(E.cpr)
    expect(statement?.expiry).toBeDefined()
  })

  it('a learner sees their own details', async () => {
    const profile = ProfileSchema.parse((await learner.get('/api/me')).json)
    expect(profile).toMatchObject({ clientCode: DEMO.clients.learner, surname: 'Nguyen' })
  })

  it('a learner sees the password rules', async () => {
    const policy = PasswordPolicySchema.parse((await learner.get('/api/me/password-policy')).json)
    expect(policy).toEqual({
      minimumLength: 10,
      requireUpperCase: true,
      requireLowerCase: true,
      requireDigit: true,
      requireSymbol: true,
    })
  })
})

describe('someone not signed in', () => {
  const routes = apiSpec.filter(
    (route) => route.path === '/api/me' || route.path.startsWith('/api/me/'),
  )

  it.each(routes.map((route) => [route.method.toUpperCase(), route.path] as const))(
    'is refused %s %s with 401',
    async (method, path) => {
      const response = await stack
        .agent()
        .request(method, path.replace(':id', String(E.individualSupport)), {
          json: method === 'PUT' ? { currentPassword: 'x', newPassword: 'y' } : undefined,
        })
      expect(response.status).toBe(401)
      expect(ErrorBodySchema.parse(response.json).error.code).toBe('UNAUTHENTICATED')
    },
  )
})

describe('a learner changing their password', () => {
  const NEW = 'Harbour-Bridge-2027'

  it('a new password that breaks the policy is refused, naming each rule it breaks', async () => {
    const response = await learner.put('/api/me/password', {
      currentPassword: LEARNER.password,
      newPassword: 'short',
    })
    expect(response.status).toBe(400)
    expect(fieldsOf(response).newPassword).toEqual([
      'At least 10 characters',
      'An upper-case letter',
      'A digit',
      'A symbol such as ! or #',
    ])
  })

  it('a new password longer than VETtrak holds is refused on that field', async () => {
    const response = await learner.put('/api/me/password', {
      currentPassword: LEARNER.password,
      newPassword: `Aa1!${'x'.repeat(60)}`,
    })
    expect(response.status).toBe(400)
    expect(fieldsOf(response).newPassword?.[0]).toMatch(/at most 50 characters/i)
  })

  it('a wrong current password is refused on that field', async () => {
    const response = await learner.put('/api/me/password', {
      currentPassword: 'not-my-password',
      newPassword: NEW,
    })
    expect(response.status).toBe(400)
    expect(fieldsOf(response)).toEqual({
      currentPassword: ['Your current password is not correct.'],
    })
    expect((await stack.agent().signIn(LEARNER.username, NEW)).status).toBe(401)
  })

  it('a good new password is accepted, works for sign-in, and can be changed back', async () => {
    const changed = await learner.put('/api/me/password', {
      currentPassword: LEARNER.password,
      newPassword: NEW,
    })
    expect(changed.status).toBe(204)
    expect((await stack.agent().signIn(LEARNER.username, LEARNER.password)).status).toBe(401)
    const fresh = stack.agent()
    expect((await fresh.signIn(LEARNER.username, NEW)).status).toBe(201)
    expect((await fresh.get('/api/me')).status).toBe(200)

    const back = await fresh.put('/api/me/password', {
      currentPassword: NEW,
      newPassword: LEARNER.password,
    })
    expect(back.status).toBe(204)
    expect((await stack.agent().signIn(LEARNER.username, LEARNER.password)).status).toBe(201)
  })

  it('repeated wrong current passwords count as failed sign-ins and are throttled', async () => {
    const employee = stack.agent()
    await employee.signIn('demo.employee', 'Employee!2026')
    for (let i = 0; i < 5; i++)
      await employee.put('/api/me/password', { currentPassword: `guess-${i}`, newPassword: NEW })
    const throttled = await employee.put('/api/me/password', {
      currentPassword: 'Employee!2026',
      newPassword: NEW,
    })
    expect(throttled.status).toBe(429)
    expect((await stack.agent().signIn('demo.employee', 'Employee!2026')).status).toBe(429)
    stack.advance(15 * 60 + 1)
    expect((await stack.agent().signIn('demo.employee', 'Employee!2026')).status).toBe(201)
  })
})

describe('a learner whose VETtrak token has expired', () => {
  it('is told the session expired, and the session is over', async () => {
    const agent = stack.agent()
    await agent.signIn(LEARNER.username, LEARNER.password)
    stack.sim.expireTokens()
    // Not a list of the dashboard: those were read at sign-in and are kept a few seconds.
    const response = await agent.get('/api/me/contracts')
    expect(response.status).toBe(401)
    expect(ErrorBodySchema.parse(response.json).error.code).toBe('SESSION_EXPIRED')
    expect((await agent.get('/api/me')).status).toBe(401)
  })
})
