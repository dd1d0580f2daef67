import { getEventListeners, setMaxListeners } from 'node:events'
import { startSoapProxy, type SoapProxy } from '@vettrak-portal/test-support/soap-proxy'
import {
  DEMO,
  startSimulator,
  type FaultSpec,
  type RunningSimulator,
} from '@vettrak-portal/vettrak-simulator'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  DatabaseError,
  InvalidCredentialsError,
  MissingRegistrationError,
  NoRecordsError,
  TokenExpiredError,
  VettrakRejectedError,
  VettrakUnavailableError,
  createVettrakClient,
  formatDoctorReport,
  runDoctor,
  type SignIn,
  type VettrakClient,
} from '../src/index.ts'

/** The day the simulator's data is seeded around: fixed, so no test depends on the real date. */
const REFERENCE_DATE = '2026-11-16'
const SERVICE = { username: 'api.portal', password: 'ApiPortal!2026' }
const WIDE = { startDate: '2000-01-01', endDate: '2100-01-01' } as const
const LOCAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/

let sim: RunningSimulator
let client: VettrakClient

const signIn = (username: string, password: string) => client.validateClient({ username, password })

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 1, referenceDate: REFERENCE_DATE })
  client = createVettrakClient({ wsdlUrl: sim.wsdlUrl, serviceAccount: SERVICE, timeoutMs: 5_000 })
})

afterAll(async () => {
  client.close()
  await sim.close()
})

afterEach(() => sim.clearFaults())

describe('a learner against the simulator', () => {
  let learner: SignIn
  beforeAll(async () => {
    learner = await signIn('demo.learner', 'Learner!2026')
  })
  const me = () => ({ token: learner.token, clientCode: learner.clientCode })

  it('signs in by username or email and gets their own client code', async () => {
    expect(learner).toMatchObject({ clientCode: DEMO.clients.learner, isStaff: false })
    const byEmail = await signIn('demo.learner@example.edu.au', 'Learner!2026')
    expect(byEmail.clientCode).toBe(DEMO.clients.learner)
  })

  it('reads their details', async () => {
    const details = await client.getClientDetails(me())
    expect(details.clientCode).toBe(DEMO.clients.learner)
    expect(details.email).toBe('demo.learner@example.edu.au')
    expect(details.isStaff).toBe(false)
    if (details.dateOfBirth !== undefined) expect(details.dateOfBirth).toMatch(LOCAL)
  })

  it('reads the password policy of the demo database', async () => {
    await expect(client.getPasswordPolicy({ token: learner.token })).resolves.toEqual({
      minimumLength: 10,
      requireUpperCase: true,
      requireLowerCase: true,
      requireDigit: true,
      requireSymbol: true,
      emailAsUsername: true,
    })
  })

  it('reads their enrolments, units, events, contract, invoices and awards', async () => {
    const enrolments = await client.getEnrolmentsForClient(me())
    expect(enrolments.length).toBeGreaterThanOrEqual(3)
    expect(enrolments.map((e) => e.id)).toContain(DEMO.learner.enrolments.individualSupport)
    for (const enrolment of enrolments) {
      expect(Array.isArray(enrolment.deliveryModes)).toBe(true)
      if (enrolment.startDate) expect(enrolment.startDate).toMatch(LOCAL)
    }

    const units = await client.getUnitsForEnrolment({
      token: learner.token,
      enrolmentId: DEMO.learner.enrolments.individualSupport,
    })
    expect(units.length).toBeGreaterThan(0)
    expect(new Set(units.map((u) => u.resultCode)).size).toBeGreaterThan(1)

    const events = await client.getEventsForClient(me())
    expect(events.length).toBeGreaterThanOrEqual(6)

    const contracts = await client.getContractsForClient(me())
    expect(contracts.map((c) => c.id)).toContain(DEMO.learner.contract)
    const contractUnits = await client.getUnitsForContract({
      token: learner.token,
      contractId: DEMO.learner.contract,
    })
    expect(contractUnits.length).toBeGreaterThan(0)

    const invoices = await client.getInvoicesForClient({ ...me(), ...WIDE })
    expect(invoices.map((i) => i.id)).toEqual(
      expect.arrayContaining(Object.values(DEMO.learner.invoices)),
    )
    const paid = await client.getInvoicesForClient({ ...me(), ...WIDE, status: 'paid' })
    expect(paid.every((i) => (i.paymentStatus ?? 0) >= 2)).toBe(true)
    expect(invoices.every((i) => i.items.length > 0 || i.totalAmount === 0)).toBe(true)

    const awards = await client.getAwardsForClient(me())
    expect(awards.map((a) => a.id)).toEqual(
      expect.arrayContaining(Object.values(DEMO.learner.awards)),
    )
  })

  it('may not read another client (Restricted)', async () => {
    await expect(
      client.getEnrolmentsForClient({ token: learner.token, clientCode: DEMO.clients.employer }),
    ).rejects.toBeInstanceOf(VettrakRejectedError)
  })

  it('is refused a password that breaks the policy, with the rule named', async () => {
    const error: unknown = await client
      .updateClientUsernamePassword({ ...me(), username: 'demo.learner', password: 'short' })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VettrakRejectedError)
    expect((error as VettrakRejectedError).statusMessage).toBeTruthy()
    expect((error as Error).message).not.toContain('short')
  })
})

describe('an employee changing their password', () => {
  it('signs in with the new password afterwards', async () => {
    const employee = await signIn('demo.employee', 'Employee!2026')
    await client.updateClientUsernamePassword({
      token: employee.token,
      clientCode: employee.clientCode,
      username: 'demo.employee',
      password: 'Changed&Pass<2026>',
    })
    const again = await signIn('demo.employee', 'Changed&Pass<2026>')
    expect(again.clientCode).toBe(employee.clientCode)
    await expect(signIn('demo.employee', 'Employee!2026')).rejects.toBeInstanceOf(
      InvalidCredentialsError,
    )
  })
})

describe('an employer contact and the employer views', () => {
  it('lists the employers the contact may view', async () => {
    const contact = await signIn('demo.employer', 'Employer!2026')
    const employers = await client.getEmployersForClient({
      token: contact.token,
      clientCode: contact.clientCode,
    })
    const acme = employers.find((e) => e.identifier === DEMO.employers.acme)
    expect(acme).toMatchObject({ name: 'Acme Training Services', isContact: true })
    expect(employers.map((e) => e.identifier)).toContain(DEMO.employers.harbour)
  })

  it('an employee who is not a contact has no contact relation', async () => {
    const employee = await signIn('demo.employee@example.com.au', 'Changed&Pass<2026>').catch(() =>
      signIn('demo.employee', 'Employee!2026'),
    )
    const employers = await client.getEmployersForClient({
      token: employee.token,
      clientCode: employee.clientCode,
    })
    expect(employers.every((e) => !e.isContact)).toBe(true)
  })

  it('reads every employer view with the service account', async () => {
    const employerIdentifier = DEMO.employers.acme
    const details = await client.getEmployerDetails({ employerIdentifier })
    expect(details.name).toBe('Acme Training Services')

    const tree = await client.getEmployerTree({ employerIdentifier })
    expect(tree.employer.identifier).toBe(employerIdentifier)
    expect(tree.children.map((c) => c.employer.identifier).sort()).toEqual(
      [DEMO.employers.acmeNewcastle, DEMO.employers.acmeParramatta].sort(),
    )
    const newcastle = tree.children.find(
      (c) => c.employer.identifier === DEMO.employers.acmeNewcastle,
    )
    expect(newcastle?.children.map((c) => c.employer.identifier)).toEqual([
      DEMO.employers.acmeMaitland,
    ])

    const contacts = await client.getEmployerContactDetails({ employerIdentifier })
    expect(contacts.map((c) => c.clientCode)).toContain(DEMO.clients.employer)
    expect((await client.getTraineesForEmployer({ employerIdentifier })).length).toBeGreaterThan(0)
    const employees = await client.getEmployeesForEmployer({ employerIdentifier })
    expect(employees.map((e) => e.clientCode)).toContain(DEMO.clients.employee)
    await expect(
      client.getEventsForEmployer({ employerIdentifier, ...WIDE }),
    ).resolves.toBeInstanceOf(Array)
    const invoices = await client.getInvoicesForEmployer({ employerIdentifier, ...WIDE })
    expect(invoices.length).toBeGreaterThan(0)
    const occurrences = await client.getOccurrencesForEmployer({ employerIdentifier, ...WIDE })
    expect(occurrences.length).toBeGreaterThan(0)
    await expect(client.getEnrolmentsForEmployer({ employerIdentifier })).resolves.toBeInstanceOf(
      Array,
    )
  })

  it("the large employer's contact sees all 5,000 trainees of Southern Health Network", async () => {
    const contact = await signIn('demo.bigemployer', 'BigEmployer!2026')
    const employers = await client.getEmployersForClient({
      token: contact.token,
      clientCode: contact.clientCode,
    })
    expect(employers.find((e) => e.identifier === DEMO.employers.southernHealth)?.isContact).toBe(
      true,
    )
    const patient = createVettrakClient({
      wsdlUrl: sim.wsdlUrl,
      serviceAccount: SERVICE,
      timeoutMs: 60_000,
    })
    const trainees = await patient.getTraineesForEmployer({
      employerIdentifier: DEMO.employers.southernHealth,
    })
    expect(trainees).toHaveLength(5000)
    expect(new Set(trainees.map((t) => t.id)).size).toBe(5000)
    patient.close()
  }, 30_000)

  it("reads a trainee's contract units with the service account, as the trainee reads them", async () => {
    const learner = await signIn('demo.learner', 'Learner!2026')
    const own = await client.getUnitsForContract({
      token: learner.token,
      contractId: DEMO.learner.contract,
    })
    const asService = await client.getUnitsForContractAsService({
      contractId: DEMO.learner.contract,
    })
    expect(own.length).toBeGreaterThan(0)
    expect(asService).toEqual(own)
  })

  it('the service account reads an enrolment’s units as its learner does', async () => {
    const learner = await signIn('demo.learner', 'Learner!2026')
    const enrolmentId = DEMO.learner.enrolments.individualSupport
    const own = await client.getUnitsForEnrolment({ token: learner.token, enrolmentId })
    const asService = await client.getUnitsForEnrolmentAsService({ enrolmentId })
    expect(own.length).toBeGreaterThan(0)
    expect(asService).toEqual(own)
  })

  it('an unknown employer has no details', async () => {
    await expect(
      client.getEmployerDetails({ employerIdentifier: '999999' }),
    ).rejects.toBeInstanceOf(NoRecordsError)
  })
})

describe('a staff member', () => {
  let staff: SignIn
  beforeAll(async () => {
    staff = await signIn('demo.staff', 'Staff!2026')
  })

  it('is recognised as staff and sees clients across the RTO', async () => {
    const details = await client.getClientDetails({
      token: staff.token,
      clientCode: staff.clientCode,
    })
    expect(staff.isStaff || details.isStaff).toBe(true)
    const clients = await client.getAccessibleClients({
      token: staff.token,
      clientCode: staff.clientCode,
    })
    expect(clients.map((c) => c.clientCode)).toContain(DEMO.clients.learner)
  })

  it('opens a client by code, and an unknown code is no records', async () => {
    const learner = await client.getClientByCode({
      token: staff.token,
      clientCode: DEMO.clients.learner,
    })
    expect(learner.clientCode).toBe(DEMO.clients.learner)
    await expect(
      client.getClientByCode({ token: staff.token, clientCode: 'ZZ99999999' }),
    ).rejects.toBeInstanceOf(NoRecordsError)
  })

  it('finds a client by email with the service account, in any case', async () => {
    for (const emailAddress of ['demo.learner@example.edu.au', 'DEMO.Learner@Example.EDU.AU']) {
      const found = await client.getClientByEmail({ emailAddress })
      expect(found).toEqual({
        clientCode: DEMO.clients.learner,
        givenName: 'Charlotte',
        surname: 'Nguyen',
      })
    }
  })

  it('an email no client has is no one (undefined), not an error', async () => {
    await expect(
      client.getClientByEmail({ emailAddress: 'nobody@example.edu.au' }),
    ).resolves.toBeUndefined()
  })

  it("lists enrolments in which they have a role, and a learner's records", async () => {
    const mine = await client.getEnrolmentsForStaff({
      token: staff.token,
      clientCode: staff.clientCode,
      ...WIDE,
    })
    expect(mine.length).toBeGreaterThan(0)
    const own = await client.getEnrolmentsForClient({
      token: staff.token,
      clientCode: staff.clientCode,
    })
    expect(own.map((e) => e.id)).toEqual(
      expect.arrayContaining(Object.values(DEMO.staff.enrolments)),
    )
    expect(mine.every((e) => typeof e.roleName === 'string')).toBe(true)
    const learnerEnrolments = await client.getEnrolmentsForClient({
      token: staff.token,
      clientCode: DEMO.clients.learner,
    })
    expect(learnerEnrolments.length).toBeGreaterThanOrEqual(3)
  })
})

describe('simulator rules and faults become error classes', () => {
  it('a wrong password is InvalidCredentialsError', async () => {
    await expect(signIn('demo.learner', 'wrong')).rejects.toBeInstanceOf(InvalidCredentialsError)
  })

  it('an expired token is TokenExpiredError', async () => {
    const session = await signIn('demo.learner', 'Learner!2026')
    sim.expireTokens()
    await expect(
      client.getEnrolmentsForClient({ token: session.token, clientCode: session.clientCode }),
    ).rejects.toBeInstanceOf(TokenExpiredError)
  })

  const faults: Array<[FaultSpec['failures'], (error: unknown) => void]> = [
    [[{ kind: 'db-error' }], (e) => expect(e).toBeInstanceOf(DatabaseError)],
    [[{ kind: 'missing-registration' }], (e) => expect(e).toBeInstanceOf(MissingRegistrationError)],
    [
      [{ kind: 'unknown' }],
      (e) => expect(e).toMatchObject({ name: 'VettrakRejectedError', status: 0 }),
    ],
    [[{ kind: 'token-expired' }], (e) => expect(e).toBeInstanceOf(TokenExpiredError)],
    [[{ kind: 'soap-fault' }], (e) => expect(e).toMatchObject({ reason: 'soap-fault' })],
    [[{ kind: 'http-500' }], (e) => expect(e).toBeInstanceOf(VettrakUnavailableError)],
    [[{ kind: 'reset' }], (e) => expect(e).toMatchObject({ reason: 'network' })],
    [[{ kind: 'truncate' }], (e) => expect(e).toBeInstanceOf(VettrakUnavailableError)],
  ]
  for (const [failures, check] of faults) {
    it(`the ${failures?.[0]?.kind ?? ''} fault is mapped`, async () => {
      const session = await signIn('demo.learner', 'Learner!2026')
      sim.setFaults({
        failures: failures?.map((f) => ({ ...f, operations: ['GetEnrolmentsForClient'] })),
      })
      const error: unknown = await client
        .getEnrolmentsForClient({ token: session.token, clientCode: session.clientCode })
        .catch((e: unknown) => e)
      check(error)
      expect(JSON.stringify(error)).not.toContain(session.token)
    })
  }

  it('a slow simulator times out', async () => {
    const session = await signIn('demo.learner', 'Learner!2026')
    const impatient = createVettrakClient({ wsdlUrl: sim.wsdlUrl, timeoutMs: 100 })
    await impatient.ready()
    sim.setFaults({ latencyMs: 2_000 })
    await expect(
      impatient.getEnrolmentsForClient({ token: session.token, clientCode: session.clientCode }),
    ).rejects.toMatchObject({ name: 'VettrakUnavailableError', reason: 'timeout' })
    impatient.close()
  })
})

describe('the service session', () => {
  // The proxy stands for VETtrak's address; a restarted VETtrak is a fresh simulator
  // behind it, which has never issued the session's token.
  let restarted: RunningSimulator
  beforeAll(async () => {
    restarted = await startSimulator({ port: 0, seed: 1, referenceDate: REFERENCE_DATE })
  })
  afterAll(() => restarted.close())

  it('50 concurrent calls leave no abort listener behind, and without a signal add none', async () => {
    const warnings: Error[] = []
    const onWarning = (warning: Error) => warnings.push(warning)
    process.on('warning', onWarning)
    const read = (options?: { signal: AbortSignal }) =>
      client.getEmployerDetails({ employerIdentifier: DEMO.employers.acme }, options)
    try {
      await Promise.all(Array.from({ length: 50 }, () => read()))
      await new Promise((resolve) => setImmediate(resolve))
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning')
    } finally {
      process.off('warning', onWarning)
    }
    // A caller's own signal shared by the calls: each call's listener goes when the call settles.
    const shared = new AbortController().signal
    setMaxListeners(50, shared)
    await Promise.all(Array.from({ length: 50 }, () => read({ signal: shared })))
    expect(getEventListeners(shared, 'abort')).toHaveLength(0)
  })

  it.each([
    ['an expired service token (-2)', () => sim.expireTokens()],
    [
      'a service token forgotten by a restarted VETtrak (-1)',
      (proxy: SoapProxy) => proxy.retarget(restarted.url),
    ],
  ])('50 concurrent Protected calls meeting %s sign in again exactly once', async (_, lose) => {
    const proxy = await startSoapProxy(sim.url)
    const service = createVettrakClient({ wsdlUrl: proxy.wsdlUrl, serviceAccount: SERVICE })
    try {
      await service.getEmployerDetails({ employerIdentifier: DEMO.employers.acme })
      expect(proxy.count('ValidateClient')).toBe(1)
      lose(proxy)
      const results = await Promise.all(
        Array.from({ length: 50 }, () =>
          service.getEmployerDetails({ employerIdentifier: DEMO.employers.acme }),
        ),
      )
      expect(results.every((employer) => employer.identifier === DEMO.employers.acme)).toBe(true)
      expect(proxy.count('ValidateClient')).toBe(2)
      expect(proxy.count('GetEmployerDetails')).toBe(101)
    } finally {
      service.close()
      await proxy.close()
    }
  })
})

describe('the service session for a contract and an email', () => {
  it('reads contract units and looks up an email after the service token expired, signing in once more', async () => {
    const proxy = await startSoapProxy(sim.url)
    const service = createVettrakClient({ wsdlUrl: proxy.wsdlUrl, serviceAccount: SERVICE })
    try {
      const contractId = DEMO.learner.contract
      const before = await service.getUnitsForContractAsService({ contractId })
      expect(proxy.count('ValidateClient')).toBe(1)
      sim.expireTokens()
      await expect(service.getUnitsForContractAsService({ contractId })).resolves.toEqual(before)
      const found = await service.getClientByEmail({ emailAddress: 'demo.learner@example.edu.au' })
      expect(found?.clientCode).toBe(DEMO.clients.learner)
      expect(proxy.count('ValidateClient')).toBe(2)
    } finally {
      service.close()
      await proxy.close()
    }
  })
})

describe('verifying an award', () => {
  const claim = { givenName: 'Charlotte', surname: 'Nguyen', parchmentNumber: 'CSIQ0060001' }

  it('finds the demo learner’s qualification by her names and its parchment number', async () => {
    const award = await client.verifyAward(claim)
    expect(award).toMatchObject({
      id: DEMO.learner.awards.business,
      qualificationCode: 'BSB30120',
      parchmentNumber: 'CSIQ0060001',
      clientCode: DEMO.clients.learner,
    })
    expect(award?.recordedDate).toMatch(LOCAL)
  })

  it('answers undefined for a wrong name, a wrong number or an award withheld from verification', async () => {
    await expect(client.verifyAward({ ...claim, surname: 'Smith' })).resolves.toBeUndefined()
    await expect(
      client.verifyAward({ ...claim, parchmentNumber: 'CSIQ0060002' }),
    ).resolves.toBeUndefined()
    const [tae] = sim.store.awardsByClient.get(DEMO.clients.staff) ?? []
    const staff = sim.store.clients.get(DEMO.clients.staff)
    expect(tae?.Qucl_Cert).toBeDefined()
    await expect(
      client.verifyAward({
        givenName: staff?.Clie_Given ?? '',
        surname: staff?.Clie_Surname ?? '',
        parchmentNumber: tae?.Qucl_Cert ?? '',
      }),
    ).resolves.toBeUndefined()
  })

  it('passes a database error on', async () => {
    sim.setFaults({ failures: [{ kind: 'db-error', operations: ['VerifyAward'] }] })
    await expect(client.verifyAward(claim)).rejects.toBeInstanceOf(DatabaseError)
  })
})

describe('vettrak doctor against the simulator', () => {
  it('passes, including a sign-in and a read', async () => {
    const report = await runDoctor({
      wsdlUrl: sim.wsdlUrl,
      username: 'demo.learner',
      password: 'Learner!2026',
    })
    expect(formatDoctorReport(report)).toContain('Result: OK')
    expect(report.ok).toBe(true)
    expect(report.live?.read).toMatchObject({ operation: 'GetClientDetails', ok: true })
  })
})

describe('a value shaped as a CDATA section', () => {
  it('reaches VETtrak as text and cannot sign anyone in as someone else', async () => {
    const hostile = '<![CDATA[]]></sUsername><sUsername>demo.staff</sUsername><x><![CDATA[]]>'
    await expect(
      client.validateClient({ username: hostile, password: 'Staff!2026' }),
    ).rejects.toBeInstanceOf(InvalidCredentialsError)
  })

  it('is looked up as the literal text it is', async () => {
    await expect(
      client.getClientByEmail({ emailAddress: '<![CDATA[demo.learner@example.edu.au]]>' }),
    ).resolves.toBeUndefined()
  })
})
