/**
 * Every read the portal uses, through the real client, against a simulator serving only what
 * VETtrak publishes (`profile: 'published'`): defined-here members absent, a third of optional
 * strings never filled, some dates nil, unknown members first and last. Nothing is refused and
 * every record keeps the identity the portal keys on.
 */
import { DEMO, startSimulator, type RunningSimulator } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createVettrakClient, type SignIn, type VettrakClient } from '../src/index.ts'

const REFERENCE_DATE = '2026-11-16'
const SERVICE = { username: 'api.portal', password: 'ApiPortal!2026' }
const WIDE = { startDate: '2000-01-01', endDate: '2100-01-01' } as const
const CODE = /^\S+$/

let sim: RunningSimulator
let client: VettrakClient
const warnings: Array<Record<string, unknown>> = []

const signIn = (username: string, password: string) => client.validateClient({ username, password })
const ids = (records: Array<{ id: number }>) => records.map((record) => record.id)
const expectIds = (records: Array<{ id: number }>) => {
  expect(records.length).toBeGreaterThan(0)
  for (const id of ids(records)) expect(Number.isInteger(id)).toBe(true)
}

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    seed: 1,
    referenceDate: REFERENCE_DATE,
    profile: 'published',
  })
  client = createVettrakClient({
    wsdlUrl: sim.wsdlUrl,
    serviceAccount: SERVICE,
    timeoutMs: 10_000,
    logger: { warn: (_message, details) => warnings.push(details ?? {}) },
  })
})
afterAll(async () => {
  client.close()
  await sim.close()
})

describe('the published profile through the real client', () => {
  let learner: SignIn
  beforeAll(async () => {
    learner = await signIn('demo.learner', 'Learner!2026')
  })
  const me = () => ({ token: learner.token, clientCode: learner.clientCode })

  it("reads a learner's sign-in, details, password policy and every record list", async () => {
    expect(learner.clientCode).toBe(DEMO.clients.learner)
    // TClieDetail keys on nothing (the caller already has the code): even its Clie_Code may be
    // left out, and the portal falls back to the code it asked with.
    const details = await client.getClientDetails(me())
    expect([DEMO.clients.learner, '']).toContain(details.clientCode)
    expect(details.isStaff).toBe(false)
    await expect(client.getPasswordPolicy({ token: learner.token })).resolves.toBeDefined()

    const enrolments = await client.getEnrolmentsForClient(me())
    expectIds(enrolments)
    const withUnits = await Promise.all(
      enrolments.map((enrolment) =>
        client.getUnitsForEnrolment({ token: learner.token, enrolmentId: enrolment.id }),
      ),
    )
    expect(withUnits.flat().length).toBeGreaterThan(0)
    const contracts = await client.getContractsForClient(me())
    expectIds(contracts)
    for (const contract of contracts)
      await client.getUnitsForContract({ token: learner.token, contractId: contract.id })
    expectIds(await client.getEventsForClient(me()))
    expectIds(await client.getInvoicesForClient({ ...me(), ...WIDE }))
    expectIds(await client.getAwardsForClient(me()))
  })

  it('reads some dates as absent where the answer left them nil, and no record is refused', async () => {
    const enrolments = await client.getEnrolmentsForClient(me())
    const events = await client.getEventsForClient(me())
    const dates = [
      ...enrolments.flatMap((e) => [e.startDate, e.endDate]),
      ...events.map((e) => e.start),
    ]
    expect(dates.some((date) => date === undefined || date === null)).toBe(true)
    expect(dates.some((date) => typeof date === 'string')).toBe(true)
  })

  it('reads employer relations without the defined-here contact flags, and every employer view', async () => {
    const contact = await signIn('demo.employer', 'Employer!2026')
    const employers = await client.getEmployersForClient({
      token: contact.token,
      clientCode: contact.clientCode,
    })
    expect(employers.map((e) => e.identifier)).toContain(DEMO.employers.acme)
    // IsContact is defined here: a server without it gives no contact relation.
    expect(employers.every((e) => !e.isContact)).toBe(true)

    const employerIdentifier = DEMO.employers.acme
    expect((await client.getEmployerDetails({ employerIdentifier })).identifier).toBe(
      employerIdentifier,
    )
    const tree = await client.getEmployerTree({ employerIdentifier })
    expect(tree.employer.identifier).toBe(employerIdentifier)
    const contacts = await client.getEmployerContactDetails({ employerIdentifier })
    expect(contacts.map((c) => c.clientCode)).toContain(DEMO.clients.employer)
    expectIds(await client.getTraineesForEmployer({ employerIdentifier }))
    const employees = await client.getEmployeesForEmployer({ employerIdentifier })
    for (const employee of employees) expect(employee.clientCode).toMatch(CODE)
    await client.getEventsForEmployer({ employerIdentifier, ...WIDE })
    expectIds(await client.getInvoicesForEmployer({ employerIdentifier, ...WIDE }))
    expectIds(await client.getOccurrencesForEmployer({ employerIdentifier, ...WIDE }))
    await client.getEnrolmentsForEmployer({ employerIdentifier })
    const units = await client.getUnitsForContractAsService({ contractId: DEMO.learner.contract })
    expect(units.length).toBeGreaterThan(0)
  })

  it('signs staff in by their published token type and reads their clients', async () => {
    const staff = await signIn('demo.staff', 'Staff!2026')
    expect(staff.isStaff).toBe(true)
    const clients = await client.getAccessibleClients({
      token: staff.token,
      clientCode: staff.clientCode,
    })
    expect(clients.map((c) => c.clientCode)).toContain(DEMO.clients.learner)
    const found = await client.getClientByEmail({ emailAddress: 'demo.learner@example.edu.au' })
    expect(found?.clientCode).toBe(DEMO.clients.learner)
  })

  it('met no shape the reader had to note: absent, nil and unknown members are all allowed', () => {
    expect(warnings).toEqual([])
  })
})
