import {
  EmployeeListSchema,
  EmployerContactListSchema,
  EmployerDetailsSchema,
  EmployerSiteNodeSchema,
  EmployerTreeNodeSchema,
  EnrolmentListSchema,
  EnrolmentProgressListSchema,
  ErrorBodySchema,
  EventListSchema,
  InvoiceListSchema,
  OccurrenceListSchema,
  TraineeDetailSchema,
  TraineeListSchema,
  UnitListSchema,
  type EmployerSiteNode,
} from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { apiSpec } from '../src/api-spec.ts'
import { TEST_REFERENCE_DATE, errorCodeOf, startStack, type Agent, type Stack } from './harness.ts'

const E = DEMO.employers
const ACME_TRAINEE_CONTRACT = 20101

/** Every employer route, with a contract of one of Acme's trainees in the path. */
const employerPaths = apiSpec
  .filter((route) => route.access === 'employer-contact')
  .map((route) => route.path.replace(':contractId', String(ACME_TRAINEE_CONTRACT)))
  .map((path) => (path.endsWith('/progress') ? `${path}?ids=1` : path))

let stack: Stack
let acmeContact: Agent

async function signedIn(username: string, password: string) {
  const agent = stack.agent()
  expect((await agent.signIn(username, password)).status).toBe(201)
  return agent
}

async function contactOf(employerId: string) {
  const agent = await signedIn('demo.employer', 'Employer!2026')
  expect((await agent.put('/api/session/employer', { employerId })).status).toBe(200)
  return agent
}

const withEmployer = (path: string, employerId: string) =>
  `${path}${path.includes('?') ? '&' : '?'}employerId=${encodeURIComponent(employerId)}`

const flatten = <T extends { children: T[] }>(node: T): T[] => [
  node,
  ...node.children.flatMap((child) => flatten(child)),
]

beforeAll(async () => {
  stack = await startStack()
  acmeContact = await contactOf(E.acme)
})
afterAll(() => stack.close())

describe('a contact of Acme Training Services', () => {
  it('is asked to choose an employer before seeing any employer view', async () => {
    const agent = await signedIn('demo.employer', 'Employer!2026')
    for (const path of employerPaths) {
      const response = await agent.get(path)
      expect(response.status, path).toBe(403)
      expect(ErrorBodySchema.parse(response.json).error.message).toMatch(/choose an employer/i)
    }
  })

  it('sees Acme’s details', async () => {
    const details = EmployerDetailsSchema.parse((await acmeContact.get('/api/employer')).json)
    expect(details).toMatchObject({ id: E.acme, name: 'Acme Training Services' })
    expect(details.abn).toBeTruthy()
    expect(details.businessAddress?.city).toBe('Surry Hills')
  })

  it('sees the tree of sites, two children and a grandchild, with counts that add up', async () => {
    const tree = EmployerTreeNodeSchema.parse((await acmeContact.get('/api/employer/tree')).json)
    expect(tree.id).toBe(E.acme)
    expect(tree.children.map((c) => c.id).sort()).toEqual([E.acmeParramatta, E.acmeNewcastle])
    const newcastle = tree.children.find((c) => c.id === E.acmeNewcastle)
    expect(newcastle?.children.map((c) => c.id)).toEqual([E.acmeMaitland])
    const sites = flatten(tree)
    const trainees = TraineeListSchema.parse((await acmeContact.get('/api/employer/trainees')).json)
    const employees = EmployeeListSchema.parse(
      (await acmeContact.get('/api/employer/employees')).json,
    )
    expect(sites.reduce((sum, s) => sum + s.traineeCount, 0)).toBe(trainees.items.length)
    expect(sites.reduce((sum, s) => sum + s.employeeCount, 0)).toBe(employees.items.length)
    for (const site of sites) {
      expect(site.traineeCount, site.id).toBe(
        trainees.items.filter((t) => t.employerId === site.id).length,
      )
      expect(site.employeeCount, site.id).toBe(
        employees.items.filter((e) => e.employerId === site.id).length,
      )
    }
  })

  it('sees the same sites without counts, read without any trainee or employee list', async () => {
    const agent = await contactOf(E.acme)
    const before = stack.logLines.length
    const response = await agent.get('/api/employer/sites')
    const logged = stack.logLines.slice(before).join('\n')
    expect(response.status).toBe(200)
    expect(response.json).not.toHaveProperty('traineeCount')
    const sites = EmployerSiteNodeSchema.parse(response.json)
    const tree = EmployerTreeNodeSchema.parse((await agent.get('/api/employer/tree')).json)
    const shape = (node: EmployerSiteNode) => flatten(node).map(({ id, name }) => ({ id, name }))
    expect(shape(sites)).toEqual(shape(tree))
    expect(logged).toContain('GetEmployerTree')
    expect(logged).not.toContain('GetTraineesForEmployer')
    expect(logged).not.toContain('GetEmployeesForEmployer')
    const newcastle = EmployerSiteNodeSchema.parse(
      (await agent.get(withEmployer('/api/employer/sites', E.acmeNewcastle))).json,
    )
    expect(flatten(newcastle).map((site) => site.id)).toEqual([E.acmeNewcastle, E.acmeMaitland])
  })

  it('sees trainees and employees from every site of the tree', async () => {
    const allSites = [E.acme, E.acmeParramatta, E.acmeNewcastle, E.acmeMaitland].sort()
    const trainees = TraineeListSchema.parse((await acmeContact.get('/api/employer/trainees')).json)
    expect([...new Set(trainees.items.map((t) => t.employerId))].sort()).toEqual(allSites)
    expect(trainees.items.find((t) => t.contractId === ACME_TRAINEE_CONTRACT)).toMatchObject({
      givenName: 'Olivia',
      surname: 'Brown',
      qualificationCode: 'BSB30120',
    })
    const employees = EmployeeListSchema.parse(
      (await acmeContact.get('/api/employer/employees')).json,
    )
    expect([...new Set(employees.items.map((e) => e.employerId))].sort()).toEqual(allSites)
  })

  it('sees enrolments, invoices, events, occurrences and contacts across the tree', async () => {
    const enrolments = EnrolmentListSchema.parse(
      (await acmeContact.get('/api/employer/enrolments')).json,
    )
    const learners = new Set(enrolments.items.map((e) => e.learner?.clientCode))
    expect(learners).toContain(DEMO.clients.employer)
    expect(learners).toContain('VT00000110') // a trainee at Maitland

    const invoices = InvoiceListSchema.parse((await acmeContact.get('/api/employer/invoices')).json)
    const invoicees = new Set(invoices.items.map((i) => i.invoiceeName))
    expect(invoicees).toContain('Acme Training Services')
    expect(invoicees).toContain('Acme Training Services - Maitland Depot')
    expect(invoicees).not.toContain('Harbour Logistics')

    const events = EventListSchema.parse((await acmeContact.get('/api/employer/events')).json)
    expect(events.items.length).toBeGreaterThanOrEqual(4)
    const occurrences = OccurrenceListSchema.parse(
      (await acmeContact.get('/api/employer/occurrences')).json,
    )
    expect(occurrences.items.length).toBeGreaterThan(0)

    const contacts = EmployerContactListSchema.parse(
      (await acmeContact.get('/api/employer/contacts')).json,
    )
    expect(contacts.items).toContainEqual(
      expect.objectContaining({ clientCode: DEMO.clients.employer, isPrimary: true }),
    )
  })

  it('filters invoices by payment and by date, and refuses a range that ends before it starts', async () => {
    const all = InvoiceListSchema.parse((await acmeContact.get('/api/employer/invoices')).json)
    const unpaid = InvoiceListSchema.parse(
      (await acmeContact.get('/api/employer/invoices?status=unpaid')).json,
    )
    expect(unpaid.items.length).toBeGreaterThan(0)
    expect(unpaid.items.length).toBeLessThan(all.items.length)
    for (const invoice of unpaid.items) expect(invoice.owing).toBeGreaterThan(0)

    const dates = all.items.flatMap((i) => (i.date ? [i.date.slice(0, 10)] : [])).sort()
    const newest = dates.at(-1) ?? ''
    const lastDay = InvoiceListSchema.parse(
      (await acmeContact.get(`/api/employer/invoices?from=${newest}&to=${newest}`)).json,
    )
    expect(lastDay.items.length).toBeGreaterThan(0)
    for (const invoice of lastDay.items) expect(invoice.date?.slice(0, 10)).toBe(newest)

    const backwards = await acmeContact.get('/api/employer/invoices?from=2026-02-01&to=2026-01-01')
    expect(backwards.status).toBe(400)
    const longAgo = InvoiceListSchema.parse(
      (await acmeContact.get('/api/employer/invoices?to=2000-01-01')).json,
    )
    expect(longAgo.items).toEqual([])
  })

  it('sees the newest invoice first, and which unpaid ones are overdue', async () => {
    const invoices = InvoiceListSchema.parse(
      (await acmeContact.get('/api/employer/invoices')).json,
    ).items
    const dates = invoices.map((i) => i.date ?? '')
    expect(dates).toEqual([...dates].sort().reverse())
    const firstAid = invoices.find((i) => i.description === 'First aid training')
    expect(firstAid).toMatchObject({ paymentStatus: 'unpaid', overdue: true })
    const paid = invoices.find((i) => i.paymentStatus === 'paid')
    expect(paid?.overdue).toBe(false)
  })

  it('narrows events and occurrences to the dates asked for', async () => {
    const all = EventListSchema.parse((await acmeContact.get('/api/employer/events')).json)
    const first = all.items.map((e) => e.start.slice(0, 10)).sort()[0] ?? ''
    const oneDay = EventListSchema.parse(
      (await acmeContact.get(`/api/employer/events?from=${first}&to=${first}`)).json,
    )
    expect(oneDay.items.length).toBeGreaterThan(0)
    expect(oneDay.items.length).toBeLessThan(all.items.length)
    const occurrences = await acmeContact.get('/api/employer/occurrences?from=2026-13-01')
    expect(occurrences.status).toBe(400)
  })
})

describe('scoping to one site', () => {
  it('a contact of Acme who picks Parramatta sees only Parramatta in every list', async () => {
    const scoped = (path: string) => acmeContact.get(withEmployer(path, E.acmeParramatta))
    const details = EmployerDetailsSchema.parse((await scoped('/api/employer')).json)
    expect(details).toMatchObject({ id: E.acmeParramatta, parentId: E.acme })
    const tree = EmployerTreeNodeSchema.parse((await scoped('/api/employer/tree')).json)
    expect(tree).toMatchObject({ id: E.acmeParramatta, children: [] })
    const trainees = TraineeListSchema.parse((await scoped('/api/employer/trainees')).json)
    expect(trainees.items.length).toBe(tree.traineeCount)
    expect(trainees.items.length).toBeGreaterThan(0)
    for (const t of trainees.items) expect(t.employerId).toBe(E.acmeParramatta)
    const employees = EmployeeListSchema.parse((await scoped('/api/employer/employees')).json)
    expect(employees.items.length).toBe(tree.employeeCount)
    for (const e of employees.items) expect(e.employerId).toBe(E.acmeParramatta)
    const invoices = InvoiceListSchema.parse((await scoped('/api/employer/invoices')).json)
    expect(invoices.items.length).toBeGreaterThan(0)
    for (const i of invoices.items) expect(i.invoiceeName).toMatch(/Parramatta/)
    const enrolments = EnrolmentListSchema.parse((await scoped('/api/employer/enrolments')).json)
    const acmeEnrolments = EnrolmentListSchema.parse(
      (await acmeContact.get('/api/employer/enrolments')).json,
    )
    expect(enrolments.items.length).toBeGreaterThan(0)
    expect(enrolments.items.length).toBeLessThan(acmeEnrolments.items.length)
  })

  it('a contact of Acme who picks Newcastle sees Newcastle and its Maitland depot', async () => {
    const scoped = (path: string) => acmeContact.get(withEmployer(path, E.acmeNewcastle))
    const tree = EmployerTreeNodeSchema.parse((await scoped('/api/employer/tree')).json)
    expect(tree.id).toBe(E.acmeNewcastle)
    expect(tree.children.map((c) => c.id)).toEqual([E.acmeMaitland])
    const trainees = TraineeListSchema.parse((await scoped('/api/employer/trainees')).json)
    expect([...new Set(trainees.items.map((t) => t.employerId))].sort()).toEqual([
      E.acmeNewcastle,
      E.acmeMaitland,
    ])
    const maitland = TraineeListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/trainees', E.acmeMaitland))).json,
    )
    expect(maitland.items.map((t) => t.employerId)).toEqual(
      maitland.items.map(() => E.acmeMaitland),
    )
  })
})

describe('switching employer', () => {
  it('a contact who switches to Harbour Logistics sees Harbour’s records and no longer Acme’s', async () => {
    const agent = await contactOf(E.acme)
    const acmeTrainees = TraineeListSchema.parse((await agent.get('/api/employer/trainees')).json)
    expect((await agent.put('/api/session/employer', { employerId: E.harbour })).status).toBe(200)
    const details = EmployerDetailsSchema.parse((await agent.get('/api/employer')).json)
    expect(details).toMatchObject({ id: E.harbour, name: 'Harbour Logistics' })
    const tree = EmployerTreeNodeSchema.parse((await agent.get('/api/employer/tree')).json)
    expect(tree).toMatchObject({ id: E.harbour, children: [] })
    const trainees = TraineeListSchema.parse((await agent.get('/api/employer/trainees')).json)
    expect(trainees.items.length).toBeGreaterThan(0)
    for (const t of trainees.items) expect(t.employerId).toBe(E.harbour)
    const acmeIds = new Set(acmeTrainees.items.map((t) => t.contractId))
    expect(trainees.items.some((t) => acmeIds.has(t.contractId))).toBe(false)
    const invoices = InvoiceListSchema.parse((await agent.get('/api/employer/invoices')).json)
    for (const i of invoices.items) expect(i.invoiceeName).toBe('Harbour Logistics')
    for (const path of employerPaths)
      expect((await agent.get(withEmployer(path, E.acme))).status, path).toBe(403)
  })
})

describe('refusals', () => {
  it('a contact of Acme and Harbour who asks for Harbour while Acme is active is refused', async () => {
    for (const path of employerPaths) {
      const response = await acmeContact.get(withEmployer(path, E.harbour))
      expect(response.status, path).toBe(403)
      expect(errorCodeOf(response)).toBe('FORBIDDEN')
    }
  })

  it('a contact of Acme gets nothing of Southern Health or of an employer that does not exist', async () => {
    for (const other of [E.southernHealth, E.bayside, '9999', '0'])
      for (const path of employerPaths) {
        const response = await acmeContact.get(withEmployer(path, other))
        expect(response.status, `${path} ${other}`).toBe(403)
      }
  })

  it('a Parramatta-only view cannot be widened to a sibling through the units of its contract', async () => {
    const maitlandTrainee = TraineeListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/trainees', E.acmeMaitland))).json,
    ).items[0]
    expect(maitlandTrainee).toBeDefined()
    const path = withEmployer(
      `/api/employer/trainees/${maitlandTrainee?.contractId}/units`,
      E.acmeParramatta,
    )
    expect((await acmeContact.get(path)).status).toBe(404)
  })

  it('a malformed employer id is a validation failure, not a 500 and not a read', async () => {
    for (const bad of ['abc', '1001 OR 1=1', '-1001', '1001.5', '', '12345678901'])
      for (const path of employerPaths) {
        const response = await acmeContact.get(withEmployer(path, bad))
        expect(response.status, `${path} ${JSON.stringify(bad)}`).toBe(400)
        expect(errorCodeOf(response)).toBe('VALIDATION_FAILED')
      }
  })

  it('no VETtrak call names an employer the contact was refused', async () => {
    const before = stack.logLines.length
    for (const path of employerPaths) await acmeContact.get(withEmployer(path, E.southernHealth))
    const logged = stack.logLines.slice(before).join('\n')
    expect(logged).not.toContain(`>${E.southernHealth}<`)
    // The same log does show the employer of a permitted request (dates no other test asks for,
    // so the answer is not already in the client's cache).
    await acmeContact.get(
      withEmployer('/api/employer/events?from=2026-01-02&to=2026-01-03', E.acmeParramatta),
    )
    expect(stack.logLines.slice(before).join('\n')).toContain(`>${E.acmeParramatta}<`)
  })

  it('an employee of Acme who is not a contact gets no employer view, whatever they ask for', async () => {
    const employee = await signedIn('demo.employee', 'Employee!2026')
    expect((await employee.put('/api/session/employer', { employerId: E.acme })).status).toBe(403)
    for (const path of employerPaths)
      for (const requested of [undefined, E.acme]) {
        const response = await employee.get(requested ? withEmployer(path, requested) : path)
        expect(response.status, path).toBe(403)
      }
  })

  it('a learner gets no employer view', async () => {
    const learner = await signedIn('demo.learner', 'Learner!2026')
    for (const path of employerPaths) expect((await learner.get(path)).status, path).toBe(403)
  })

  it('someone who is not signed in is asked to sign in', async () => {
    const anonymous = stack.agent()
    for (const path of employerPaths) {
      const response = await anonymous.get(withEmployer(path, E.acme))
      expect(response.status, path).toBe(401)
      expect(errorCodeOf(response)).toBe('UNAUTHENTICATED')
    }
  })
})

describe("a trainee's contract units", () => {
  it('a contact of Acme reads the units of one of Acme’s trainees, and of a trainee at a site', async () => {
    const units = UnitListSchema.parse(
      (await acmeContact.get(`/api/employer/trainees/${ACME_TRAINEE_CONTRACT}/units`)).json,
    )
    expect(units.items.length).toBeGreaterThan(0)
    expect(units.items.some((u) => u.outcome === 'achieved')).toBe(true)
    const maitland = TraineeListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/trainees', E.acmeMaitland))).json,
    ).items[0]
    const siteUnits = await acmeContact.get(
      withEmployer(`/api/employer/trainees/${maitland?.contractId}/units`, E.acmeMaitland),
    )
    expect(UnitListSchema.parse(siteUnits.json).items.length).toBeGreaterThan(0)
  })

  it('a contact of Acme cannot read the units of another employer’s trainee', async () => {
    const harbourTrainee = TraineeListSchema.parse(
      (await (await contactOf(E.harbour)).get('/api/employer/trainees')).json,
    ).items[0]
    for (const contractId of [DEMO.learner.contract, harbourTrainee?.contractId, 99999999]) {
      const response = await acmeContact.get(`/api/employer/trainees/${contractId}/units`)
      expect(response.status, String(contractId)).toBe(404)
      expect(errorCodeOf(response)).toBe('NOT_FOUND')
    }
    const badId = await acmeContact.get('/api/employer/trainees/abc/units')
    expect(badId.status).toBe(400)
  })
})

describe("a trainee's contract and upcoming visits", () => {
  it('a contact of Acme sees the contract number, status, dates and the visits still to come', async () => {
    const trainee = TraineeDetailSchema.parse(
      (await acmeContact.get(`/api/employer/trainees/${ACME_TRAINEE_CONTRACT}`)).json,
    )
    expect(trainee.contractCode).toMatch(/^NSW-\d{7}$/)
    expect(trainee).toMatchObject({
      contractId: ACME_TRAINEE_CONTRACT,
      status: 'Active',
      givenName: 'Olivia',
      surname: 'Brown',
      employerId: E.acme,
    })
    expect((trainee.endDate ?? '') > (trainee.startDate ?? '9')).toBe(true)
    // The seed has one visit done and one to come; the BFF's clock is 10:00 on the reference day.
    expect(trainee.upcoming).toHaveLength(1)
    expect(trainee.upcoming?.[0]).toMatchObject({
      name: 'Trainee workplace visit',
      contractId: ACME_TRAINEE_CONTRACT,
      complete: false,
    })
    expect((trainee.upcoming?.[0]?.start ?? '') > `${TEST_REFERENCE_DATE}T10:00:00`).toBe(true)
  })

  it('a trainee whose contract is completed has no upcoming visits', async () => {
    const trainees = TraineeListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/trainees', E.acmeParramatta))).json,
    )
    const completed = trainees.items.find((t) => t.status === 'Completed')
    expect(completed).toBeDefined()
    const trainee = TraineeDetailSchema.parse(
      (
        await acmeContact.get(
          withEmployer(`/api/employer/trainees/${completed?.contractId}`, E.acmeParramatta),
        )
      ).json,
    )
    expect(trainee).toMatchObject({ status: 'Completed', upcoming: [] })
  })

  it('a contact of Acme gets no contract of another employer’s trainee, nor of a sibling site’s', async () => {
    const harbourTrainee = TraineeListSchema.parse(
      (await (await contactOf(E.harbour)).get('/api/employer/trainees')).json,
    ).items[0]
    for (const contractId of [DEMO.learner.contract, harbourTrainee?.contractId, 99999999]) {
      const response = await acmeContact.get(`/api/employer/trainees/${contractId}`)
      expect(response.status, String(contractId)).toBe(404)
      expect(errorCodeOf(response)).toBe('NOT_FOUND')
    }
    const fromParramatta = await acmeContact.get(
      withEmployer(`/api/employer/trainees/${ACME_TRAINEE_CONTRACT}`, E.acmeParramatta),
    )
    expect(fromParramatta.status).toBe(404)
    expect(
      (
        await acmeContact.get(
          withEmployer(`/api/employer/trainees/${ACME_TRAINEE_CONTRACT}`, E.harbour),
        )
      ).status,
    ).toBe(403)
  })
})

describe("the employer's contacts", () => {
  const names = (items: { givenName?: string; surname?: string }[]) =>
    items.map((c) => `${c.givenName} ${c.surname}`).sort()

  it('a contact of Acme sees every contact of every site, each with their site', async () => {
    const contacts = EmployerContactListSchema.parse(
      (await acmeContact.get('/api/employer/contacts')).json,
    ).items
    expect(contacts.length).toBeGreaterThan(1)
    expect(contacts).toContainEqual(
      expect.objectContaining({ givenName: 'Priya', surname: 'Sharma', employerId: E.acme }),
    )
    expect(contacts).toContainEqual(
      expect.objectContaining({
        surname: 'Papadopoulos',
        employerId: E.acmeParramatta,
        employerName: 'Acme Training Services - Parramatta',
        isPrimary: true,
      }),
    )
    expect(contacts).toContainEqual(
      expect.objectContaining({ surname: 'Clarke', employerId: E.acmeMaitland }),
    )
    // Harbour's people are not Acme's.
    expect(names(contacts)).not.toContain('Connor Murphy')
  })

  it('a contact who picks a site sees that site’s contacts and its depots’, not its siblings’', async () => {
    const parramatta = EmployerContactListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/contacts', E.acmeParramatta))).json,
    ).items
    expect(names(parramatta)).toEqual(['Eleni Papadopoulos'])
    const newcastle = EmployerContactListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/contacts', E.acmeNewcastle))).json,
    ).items
    expect(names(newcastle)).toEqual(['Hamish Fraser', 'Ruby Clarke'])
  })
})

describe('who is booked into each class', () => {
  it('each employer sees which of its own people are in a class the two share', async () => {
    const acme = OccurrenceListSchema.parse(
      (await acmeContact.get('/api/employer/occurrences')).json,
    ).items
    const firstAid = (items: typeof acme) =>
      items.find(
        (o) => o.programmeCode === 'HLTAID011' && (o.startDate ?? '') > TEST_REFERENCE_DATE,
      )
    expect(firstAid(acme)?.booked?.map((p) => p.clientCode)).toEqual(['VT00000102'])
    const harbour = OccurrenceListSchema.parse(
      (await (await contactOf(E.harbour)).get('/api/employer/occurrences')).json,
    ).items
    expect(firstAid(harbour)?.id).toBe(firstAid(acme)?.id)
    expect(firstAid(harbour)?.booked).toEqual([
      expect.objectContaining({ givenName: 'Sunita', surname: 'Iyer' }),
    ])
    // The employer's enrolments are offered, so every class says who is booked (maybe nobody).
    for (const occurrence of acme) expect(occurrence.booked, String(occurrence.id)).toBeDefined()
  })
})

describe('losing the right', () => {
  it('a contact the RTO removes from Acme loses the employer view within minutes, without signing out', async () => {
    const local = await startStack()
    try {
      const agent = local.agent()
      await agent.signIn('demo.employer', 'Employer!2026')
      await agent.put('/api/session/employer', { employerId: E.acme })
      expect((await agent.get('/api/employer/trainees')).status).toBe(200)
      const link = local.sim.store.employerLinksByClient
        .get(DEMO.clients.employer)
        ?.find((l) => l.employerId === E.acme)
      expect(link?.isContact).toBe(true)
      if (link) link.isContact = false
      local.advance(6 * 60)
      for (const path of employerPaths) {
        const response = await agent.get(path)
        expect(response.status, path).toBe(403)
      }
      expect((await agent.get('/api/session')).status).toBe(200)
    } finally {
      await local.close()
    }
  })
})

/** A stack of its own (its service token is about to be broken) with Acme's contact and trainees. */
async function acmeContactAlone() {
  const local = await startStack()
  const agent = local.agent()
  await agent.signIn('demo.employer', 'Employer!2026')
  await agent.put('/api/session/employer', { employerId: E.acme })
  const trainees = TraineeListSchema.parse((await agent.get('/api/employer/trainees')).json)
  return { local, agent, trainees: trainees.items }
}

describe('the service account', () => {
  it('a contact still reads trainees’ units after VETtrak expired the service account’s token', async () => {
    const { local, agent, trainees } = await acmeContactAlone()
    try {
      const [first, second] = trainees
      expect(second).toBeDefined()
      const units = (contractId: number | undefined) =>
        agent.get(`/api/employer/trainees/${contractId}/units`)
      expect((await units(first?.contractId)).status).toBe(200)
      local.sim.expireTokens(DEMO.clients.apiPortal)
      const afterExpiry = await units(second?.contractId)
      expect(afterExpiry.status, afterExpiry.text).toBe(200)
      expect(UnitListSchema.parse(afterExpiry.json).items.length).toBeGreaterThan(0)
    } finally {
      await local.close()
    }
  })
})

describe('the service account refused again after signing in anew', () => {
  it('a contact whose trainee’s units VETtrak keeps refusing as expired gets an upstream error and stays signed in', async () => {
    const { local, agent, trainees } = await acmeContactAlone()
    try {
      const [first] = trainees
      expect(first).toBeDefined()
      local.sim.setFaults({
        failures: [{ kind: 'token-expired', operations: ['GetUnitsForContract'] }],
      })
      const refused = await agent.get(`/api/employer/trainees/${first?.contractId}/units`)
      expect(refused.status, refused.text).toBe(502)
      expect(ErrorBodySchema.parse(refused.json).error.code).toBe('UPSTREAM_ERROR')
      local.sim.clearFaults()
      expect((await agent.get('/api/session')).status).toBe(200)
      const units = await agent.get(`/api/employer/trainees/${first?.contractId}/units`)
      expect(units.status, units.text).toBe(200)
    } finally {
      await local.close()
    }
  })
})

describe("the progress of the employer's enrolments", () => {
  it('a contact asks for the rows in view and gets units achieved of all, as the learner sees them', async () => {
    const enrolments = EnrolmentListSchema.parse(
      (await acmeContact.get('/api/employer/enrolments')).json,
    ).items
    const own = enrolments.find((e) => e.learner?.clientCode === DEMO.clients.employer)
    const active = enrolments.filter((e) => e.state === 'active').slice(0, 3)
    expect(own).toBeDefined()
    expect(active.length).toBeGreaterThan(1)
    const ids = [...new Set([own?.id ?? 0, ...active.map((e) => e.id)])]
    const before = stack.logLines.length
    const response = await acmeContact.get(`/api/employer/enrolments/progress?ids=${ids.join(',')}`)
    expect(response.status).toBe(200)
    const items = EnrolmentProgressListSchema.parse(response.json).items
    expect(items.map((i) => i.id).sort()).toEqual([...ids].sort())
    // One unit list per enrolment asked for, read as the service account.
    expect(stack.logLines.slice(before).join('\n')).toContain('GetUnitsForEnrolmentIncludingLinked')
    for (const item of items.filter((i) => active.some((e) => e.id === i.id))) {
      expect(item.progress?.total).toBeGreaterThan(0)
      expect(item.progress?.achieved).toBeLessThanOrEqual(item.progress?.total ?? 0)
    }

    // The demo contact is a learner too: their own list reports the same progress.
    const employerSelf = await signedIn('demo.employer', 'Employer!2026')
    const mine = EnrolmentListSchema.parse((await employerSelf.get('/api/me/enrolments')).json)
    const same = mine.items.find((e) => e.id === own?.id)
    expect(items.find((i) => i.id === own?.id)?.progress).toEqual(same?.progress)
  })

  it('an enrolment that is not the employer’s is left out; a site view leaves out its siblings’', async () => {
    const harbourContact = await contactOf(E.harbour)
    const harbourIds = EnrolmentListSchema.parse(
      (await harbourContact.get('/api/employer/enrolments')).json,
    ).items.map((e) => e.id)
    const acmeIds = new Set(
      EnrolmentListSchema.parse((await acmeContact.get('/api/employer/enrolments')).json).items.map(
        (e) => e.id,
      ),
    )
    const foreign = harbourIds.filter((id) => !acmeIds.has(id)).slice(0, 3)
    expect(foreign.length).toBeGreaterThan(0)
    const before = stack.logLines.length
    const response = await acmeContact.get(
      `/api/employer/enrolments/progress?ids=${foreign.join(',')}`,
    )
    expect(EnrolmentProgressListSchema.parse(response.json).items).toEqual([])
    // No unit list of another employer's enrolment was read.
    expect(stack.logLines.slice(before).join('\n')).not.toContain('GetUnitsForEnrolment')

    const maitland = EnrolmentListSchema.parse(
      (await acmeContact.get(withEmployer('/api/employer/enrolments', E.acmeMaitland))).json,
    ).items.map((e) => e.id)
    const parramattaView = await acmeContact.get(
      withEmployer(`/api/employer/enrolments/progress?ids=${maitland.join(',')}`, E.acmeParramatta),
    )
    expect(EnrolmentProgressListSchema.parse(parramattaView.json).items).toEqual([])
  })

  it('refuses more than a screenful of ids, and ids that are not ids', async () => {
    const many = Array.from({ length: 51 }, (_, i) => i + 1).join(',')
    for (const ids of [many, '', 'abc', '1,,2', '-1', '1;2', '0'])
      expect(
        (await acmeContact.get(`/api/employer/enrolments/progress?ids=${ids}`)).status,
        ids,
      ).toBe(400)
  })
})

describe('a large employer', () => {
  it('the contact of Southern Health Network gets all 5,000 trainees in one answer', async () => {
    const agent = await signedIn('demo.bigemployer', 'BigEmployer!2026')
    const trainees = TraineeListSchema.parse((await agent.get('/api/employer/trainees')).json)
    expect(trainees.items).toHaveLength(5000)
    const tree = EmployerTreeNodeSchema.parse((await agent.get('/api/employer/tree')).json)
    const sites = flatten(tree)
    expect(sites).toHaveLength(40)
    expect(sites.reduce((sum, s) => sum + s.traineeCount, 0)).toBe(5000)
  })

  it('its contact’s enrolments are read once they are signed in, and answered from their cache', async () => {
    const enrolmentReads = () =>
      stack.logLines.filter(
        (line) =>
          line.includes('vettrak response') && line.includes('GetEnrolmentsForEmployerResponse'),
      ).length
    const before = enrolmentReads()
    const agent = await signedIn('demo.bigemployer', 'BigEmployer!2026')
    // Read after the sign-in's answer, with nothing asked for yet.
    await vi.waitFor(() => expect(enrolmentReads()).toBe(before + 1), { timeout: 10_000 })
    const enrolments = EnrolmentListSchema.parse((await agent.get('/api/employer/enrolments')).json)
    expect(enrolments.items).toHaveLength(5000)
    expect(enrolmentReads()).toBe(before + 1)
  })
})
