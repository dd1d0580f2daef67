import { BAD_LOGIN_MESSAGE, type OperationName } from '@vettrak-portal/vettrak-api'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../src/simulator.ts'
import { CAST, CODES, EMPLOYERS, IDS, PASSWORDS } from './helpers/small-store.ts'
import { authOf, call, items, login, type Args } from './helpers/soap-call.ts'
import { startSmall } from './helpers/start-small.ts'

let sim: RunningSimulator
let endpoint: string
beforeAll(async () => {
  sim = await startSmall({ tokenIdleSeconds: 3600 })
  endpoint = sim.endpoint
})
afterAll(() => sim.close())

const FAILURE_SHAPE = { ID: '-1', Token: '', Identifier: '-1', TokenType: '' }

const USERNAMES: Record<keyof typeof PASSWORDS, string> = {
  learner: 'demo.learner',
  contact: 'demo.employer',
  employee: 'demo.employee',
  staff: 'demo.staff',
  service: 'api.portal',
}
/** Signs in to the shared simulator as one of the small store's people; returns the token. */
const signIn = (who: keyof typeof PASSWORDS) => login(endpoint, USERNAMES[who], PASSWORDS[who])
/** Calls an operation that names a client (`sToken`, `sClie_Code`). */
const forClient = (operation: OperationName, token: string, clientCode: string) =>
  call(endpoint, operation, { sToken: token, sClie_Code: clientCode })
/** Calls an operation that names an employer (`token`, `employerIdentifier`, then `extra`). */
const forEmployer = (
  operation: OperationName,
  token: string,
  employerIdentifier: string,
  extra: Args = {},
) => call(endpoint, operation, { token, employerIdentifier, ...extra })

describe('signing in', () => {
  it('a wrong password gets -1, the documented message and the failure shape', async () => {
    const result = await call(endpoint, 'ValidateClient', {
      sUsername: 'demo.learner',
      sPassword: 'nope',
    })
    expect(result).toMatchObject({
      ...FAILURE_SHAPE,
      Status: '-1',
      StatusMessage: BAD_LOGIN_MESSAGE,
    })
  })

  it('a learner signs in with any case of their username and gets a 02 token naming their code', async () => {
    const result = await call(endpoint, 'ValidateClient', {
      sUsername: 'Demo.Learner',
      sPassword: PASSWORDS.learner,
    })
    expect(result).toMatchObject({
      ID: '1001',
      Status: '1',
      Identifier: CODES.learner,
      TokenType: '02',
    })
    expect(String(result.Token)).toHaveLength(20)
  })

  it('a staff member gets token type 03', async () => {
    const result = await call(endpoint, 'ValidateClient', {
      sUsername: 'demo.staff',
      sPassword: PASSWORDS.staff,
    })
    expect(result).toMatchObject({ Status: '1', TokenType: '03', Identifier: CODES.staff })
  })

  it('a learner signs in with their email address while the setting is on', async () => {
    const result = await call(endpoint, 'ValidateClient', {
      sUsername: 'DEMO.learner@example.edu.au',
      sPassword: PASSWORDS.learner,
    })
    expect(result).toMatchObject({ Status: '1', Identifier: CODES.learner })
  })

  it('email sign-in is refused when the setting is off', async () => {
    const strict = await startSmall({ emailAsUsername: false })
    try {
      const byEmail = await call(strict.endpoint, 'ValidateClient', {
        sUsername: 'demo.learner@example.edu.au',
        sPassword: PASSWORDS.learner,
      })
      expect(byEmail).toMatchObject({ Status: '-1', StatusMessage: BAD_LOGIN_MESSAGE })
      await expect(login(strict.endpoint, 'demo.learner', PASSWORDS.learner)).resolves.toHaveLength(
        20,
      )
    } finally {
      await strict.close()
    }
  })
})

describe('tokens', () => {
  it('a data call echoes the caller token, code and token type', async () => {
    const token = await signIn('learner')
    const result = await forClient('GetEnrolmentsForClient', token, CODES.learner)
    expect(authOf(result)).toMatchObject({
      ID: '1001',
      Token: token,
      Status: '1',
      Identifier: CODES.learner,
      TokenType: '02',
    })
  })

  it('an unknown token gets -1 with an empty list', async () => {
    const result = await call(endpoint, 'GetEnrolmentsForClient', {
      sToken: 'not-a-token',
      sClie_Code: CODES.learner,
    })
    expect(authOf(result)).toMatchObject({ ...FAILURE_SHAPE, Status: '-1' })
    expect(result.ClieEnroList).toBe('')
  })

  it('a token left idle for an hour expires with -2', async () => {
    const token = await signIn('learner')
    sim.advanceClock(3600)
    const result = await forClient('GetEnrolmentsForClient', token, CODES.learner)
    expect(authOf(result)).toMatchObject({
      ...FAILURE_SHAPE,
      Status: '-2',
      StatusMessage: 'Token expired',
    })
  })

  it('each use restarts the idle period (the expiry slides)', async () => {
    const token = await signIn('learner')
    const args = { sToken: token, sClie_Code: CODES.learner }
    for (let i = 0; i < 3; i++) {
      sim.advanceClock(3000)
      expect(authOf(await call(endpoint, 'GetEventsForClient', args)).Status).toBe('1')
    }
    sim.advanceClock(3600)
    expect(authOf(await call(endpoint, 'GetEventsForClient', args)).Status).toBe('-2')
  })

  it('expireTokens makes every issued token answer -2, and a new sign-in works', async () => {
    const token = await signIn('learner')
    sim.expireTokens()
    expect(authOf(await forClient('GetEventsForClient', token, CODES.learner)).Status).toBe('-2')
    const fresh = await signIn('learner')
    expect(authOf(await forClient('GetEventsForClient', fresh, CODES.learner)).Status).toBe('1')
  })

  it("expireTokens and forgetTokens with a client code end only that client's tokens", async () => {
    const learner = await signIn('learner')
    const employee = await signIn('employee')
    sim.expireTokens(CODES.learner)
    expect(authOf(await forClient('GetEventsForClient', learner, CODES.learner)).Status).toBe('-2')
    expect(authOf(await forClient('GetEventsForClient', employee, CODES.employee)).Status).toBe('1')
    sim.forgetTokens(CODES.employee)
    expect(authOf(await forClient('GetEventsForClient', employee, CODES.employee)).Status).toBe(
      '-1',
    )
  })
})

describe('security levels', () => {
  it("a learner cannot read another client's enrolments", async () => {
    const token = await signIn('learner')
    const result = await forClient('GetEnrolmentsForClient', token, CODES.employee)
    expect(authOf(result)).toMatchObject({
      ...FAILURE_SHAPE,
      Status: '-1',
      StatusMessage: 'You may only access your own records.',
    })
    expect(result.ClieEnroList).toBe('')
  })

  it("a learner cannot read the units of another client's enrolment", async () => {
    const token = await signIn('learner')
    const theirs = await call(endpoint, 'GetUnitsForEnrolmentIncludingLinked', {
      token,
      enrolmentId: IDS.otherEnrolment,
    })
    expect(authOf(theirs)).toMatchObject({
      Status: '-1',
      StatusMessage: 'You may only access your own enrolments and contracts.',
    })
    const own = await call(endpoint, 'GetUnitsForEnrolmentIncludingLinked', {
      token,
      enrolmentId: IDS.enrolment,
    })
    expect(items(own, 'EnunList')).toHaveLength(1)
  })

  it('an enrolment that does not exist answers -4', async () => {
    const token = await signIn('learner')
    const result = await call(endpoint, 'GetUnitsForEnrolmentIncludingLinked', {
      token,
      enrolmentId: 999999,
    })
    expect(authOf(result)).toMatchObject({ Status: '-4', StatusMessage: 'Enrolment not found.' })
  })

  it('a learner cannot call a Protected employer operation', async () => {
    const token = await signIn('contact')
    const result = await forEmployer('GetTraineesForEmployer', token, EMPLOYERS.acme)
    expect(authOf(result)).toMatchObject({
      ...FAILURE_SHAPE,
      Status: '-1',
      StatusMessage: 'You do not have permission to call this function.',
    })
  })

  it('the service account may call Protected operations and name any client', async () => {
    const token = await signIn('service')
    const trainees = await forEmployer('GetTraineesForEmployer', token, EMPLOYERS.acme)
    expect(items(trainees, 'ContList').map((c) => c.ID)).toEqual([String(IDS.contract)])
    const enrolments = await forClient('GetEnrolmentsForClient', token, CODES.employee)
    expect(items(enrolments, 'ClieEnroList')).toHaveLength(1)
  })

  it('a staff member reads learner records of clients in their divisions, not outside them', async () => {
    const token = await signIn('staff')
    const inside = await forClient('GetEnrolmentsForClient', token, CODES.learner)
    expect(authOf(inside).Status).toBe('1')
    const outside = await forClient('GetEnrolmentsForClient', token, CODES.outside)
    expect(authOf(outside).Status).toBe('-1')
    const hidden = await forClient('GetClientDetails', token, CODES.hidden)
    expect(authOf(hidden).Status).toBe('-1')
  })

  it("a staff member cannot change another client's login", async () => {
    const token = await signIn('staff')
    const result = await call(endpoint, 'UpdateClientUsernamePassword', {
      sToken: token,
      sClie_Code: CODES.learner,
      sUsername: 'x.y',
      sPassword: 'Abcdefgh1!',
    })
    expect(result).toMatchObject({ Status: '-1' })
  })
})

describe('records', () => {
  it('a client with no records of a kind gets Status 1 and an empty wrapper', async () => {
    const token = await signIn('service')
    const result = await forClient('GetEnrolmentsForClient', token, CODES.empty)
    expect(authOf(result).Status).toBe('1')
    expect(result.ClieEnroList).toBe('')
  })

  it('an unknown client answers -4', async () => {
    const token = await signIn('service')
    const result = await forClient('GetContractsForClient', token, 'NOPE')
    expect(authOf(result)).toMatchObject({ Status: '-4', StatusMessage: 'Client not found.' })
    expect(result.ContList).toBe('')
  })

  it('GetClientByCode for an unknown client answers -4 with empty Clie properties', async () => {
    const token = await signIn('service')
    const result = await forClient('GetClientByCode', token, 'NOPE')
    expect(authOf(result).Status).toBe('-4')
    expect(result.Clie).toEqual({ Clie_Surname: '', Clie_Given: '', Clie_Code: '' })
  })

  it('an unknown employer answers -4', async () => {
    const token = await signIn('service')
    const result = await forEmployer('GetEmployerDetails', token, '0')
    expect(authOf(result)).toMatchObject({ Status: '-4', StatusMessage: 'Employer not found.' })
    expect(result.Empl).toBeUndefined()
  })

  it('an employer contact sees every employer they are linked to, with their relation', async () => {
    const token = await signIn('contact')
    const result = await forClient('GetEmployersForClient', token, CODES.contact)
    expect(
      items(result, 'EmplList').map((e) => [
        e.Empl_Identifier,
        e.IsContact,
        e.IsPrimaryContact,
        e.IsEmployee,
      ]),
    ).toEqual([
      [EMPLOYERS.acme, 'true', 'true', 'false'],
      [EMPLOYERS.harbour, 'true', 'false', 'true'],
    ])
  })

  it('employer lists cover the employer and its descendants; details cover that employer only', async () => {
    const token = await signIn('service')
    const range = { startDate: '2026-01-01T00:00:00', endDate: '2026-12-31T23:59:59' }
    const employees = await forEmployer('GetEmployeesForEmployer', token, EMPLOYERS.acme)
    expect(items(employees, 'ClieList').map((e) => [e.Clie_Code, e.Empl_Identifier])).toEqual([
      [CODES.employee, EMPLOYERS.acmeNorthDepot],
    ])
    const events = await forEmployer('GetEventsForEmployer', token, EMPLOYERS.acme, range)
    expect(items(events, 'EvenList').map((e) => e.EventID)).toEqual(['2', '3'])
    const fromBranch = await forEmployer('GetEventsForEmployer', token, EMPLOYERS.acmeNorth, range)
    expect(items(fromBranch, 'EvenList').map((e) => e.EventID)).toEqual(['3'])
    const occurrences = await forEmployer('GetOccurrencesForEmployer', token, EMPLOYERS.acme, range)
    expect(items(occurrences, 'OccuList').map((o) => o.ID)).toEqual(['1'])
    const enrolments = await forEmployer('GetEnrolmentsForEmployer', token, EMPLOYERS.acme)
    expect(items(enrolments, 'ClieEnroList').map((e) => e.ID)).toEqual([String(IDS.enrolment)])
    const contacts = await forEmployer('GetEmployerContactDetails', token, EMPLOYERS.acmeNorth)
    expect(contacts.ClieList).toBe('')
  })

  it('a start date after the end date answers -1', async () => {
    const token = await signIn('service')
    const result = await call(endpoint, 'GetInvoicesForEmployer', {
      token,
      employerIdentifier: EMPLOYERS.acme,
      startDate: '2026-02-01T00:00:00',
      endDate: '2026-01-01T00:00:00',
      status: 0,
    })
    expect(authOf(result)).toMatchObject({
      Status: '-1',
      StatusMessage: 'The start date must not be after the end date.',
    })
  })

  it('invoices are filtered by the dates and by paid status', async () => {
    const token = await signIn('learner')
    const ids = async (startDate: string, endDate: string, status: number) =>
      items(
        await call(endpoint, 'GetInvoicesForClient', {
          token,
          clientCode: CODES.learner,
          startDate,
          endDate,
          status,
        }),
        'InvoiceList',
      ).map((i) => i.InvoiceId)
    expect(await ids('2026-01-01T00:00:00', '2026-12-31T00:00:00', 0)).toEqual(['1', '2', '3'])
    expect(await ids('2026-01-01T00:00:00', '2026-12-31T00:00:00', 1)).toEqual(['2', '3'])
    expect(await ids('2026-01-01T00:00:00', '2026-12-31T00:00:00', 2)).toEqual(['1'])
    expect(await ids('2026-02-01T00:00:00', '2026-02-28T00:00:00', 0)).toEqual(['2'])
    // 2026-02-10T00:00:00 in Sydney (UTC+11) is 2026-02-09T13:00:00Z: a zoned date is converted.
    expect(await ids('2026-02-09T13:00:00Z', '2026-02-09T13:00:00Z', 0)).toEqual(['2'])
  })
})

describe('staff views', () => {
  it('a staff member sees the published clients of their divisions and the divisions below', async () => {
    const token = await signIn('staff')
    const result = await call(endpoint, 'GetAccessibleClients', {
      token,
      clientCode: CODES.staff,
      sinceDate: null,
    })
    const codes = items(result, 'ClieList').map((c) => c.Clie_Code)
    expect(codes).toContain(CODES.learner)
    expect(codes).toContain(CODES.empty)
    expect(codes).not.toContain(CODES.hidden)
    expect(codes).not.toContain(CODES.outside)
  })

  it('sinceDate keeps only clients changed since then', async () => {
    const staff = await signIn('staff')
    const since = await call(endpoint, 'GetAccessibleClients', {
      token: staff,
      clientCode: CODES.staff,
      sinceDate: '2100-01-01T00:00:00',
    })
    expect(since.ClieList).toBe('')
  })

  it('a learner cannot look a client up by email (Protected)', async () => {
    const token = await signIn('learner')
    const result = await call(endpoint, 'GetClientByEmail', {
      token,
      emailAddress: 'demo.learner@example.edu.au',
    })
    expect(authOf(result)).toMatchObject({
      ...FAILURE_SHAPE,
      Status: '-1',
      StatusMessage: 'You do not have permission to call this function.',
    })
  })

  it('a staff member without API permission cannot look a client up by email either', async () => {
    const token = await signIn('staff')
    const result = await call(endpoint, 'GetClientByEmail', {
      token,
      emailAddress: 'demo.learner@example.edu.au',
    })
    expect(authOf(result).Status).toBe('-1')
  })

  it('the service account finds a client by their email address in any case', async () => {
    const token = await signIn('service')
    const result = await call(endpoint, 'GetClientByEmail', {
      token,
      emailAddress: 'Demo.Learner@EXAMPLE.edu.au',
    })
    expect(authOf(result).Status).toBe('1')
    expect(result.Clie).toEqual({
      Clie_Surname: "O'Neil & Sons",
      Clie_Given: 'Dana',
      Clie_Code: CODES.learner,
    })
  })

  it('an email no client has answers -4 with empty Clie properties', async () => {
    const token = await signIn('service')
    for (const emailAddress of ['nobody@example.edu.au', 'demo.learner@example.edu', '']) {
      const result = await call(endpoint, 'GetClientByEmail', { token, emailAddress })
      expect(authOf(result)).toMatchObject({
        ...FAILURE_SHAPE,
        Status: '-4',
        StatusMessage: 'Client not found.',
      })
      expect(result.Clie).toEqual({ Clie_Surname: '', Clie_Given: '', Clie_Code: '' })
    }
  })

  it('an email two clients share answers -4, as VETtrak gives an error for more than one match', async () => {
    const token = await signIn('service')
    const other = sim.store.clients.get(CODES.empty)
    if (other === undefined) throw new Error('the small store has no client without records')
    other.Clie_Email = 'DEMO.LEARNER@example.edu.au'
    try {
      const result = await call(endpoint, 'GetClientByEmail', {
        token,
        emailAddress: 'demo.learner@example.edu.au',
      })
      expect(authOf(result)).toMatchObject({
        Status: '-4',
        StatusMessage: 'More than one client has that email address.',
      })
      expect(result.Clie).toEqual({ Clie_Surname: '', Clie_Given: '', Clie_Code: '' })
    } finally {
      delete other.Clie_Email
    }
  })

  it('a learner cannot verify an award (Protected)', async () => {
    const token = await signIn('learner')
    const result = await call(endpoint, 'VerifyAward', { token, ...CAST.award })
    expect(authOf(result)).toMatchObject({ ...FAILURE_SHAPE, Status: '-1' })
    expect(result.Award).toBeUndefined()
  })

  it('the service account verifies an award by its holder’s names in any case and its parchment number', async () => {
    const token = await signIn('service')
    const result = await call(endpoint, 'VerifyAward', {
      token,
      givenName: ' DANA ',
      surname: "o'neil & sons",
      parchmentNumber: 'p-2025-0042',
    })
    expect(authOf(result).Status).toBe('1')
    expect(result.Award).toMatchObject({ Qucl_ID: '9001', Qual_Code: 'BSB30120' })
  })

  it('a wrong name, a wrong number or an empty number answers -4 with one message', async () => {
    const token = await signIn('service')
    const attempts = [
      { ...CAST.award, givenName: 'Erin' },
      { ...CAST.award, surname: 'Contact' },
      { ...CAST.award, parchmentNumber: 'P-2025-0043' },
      { ...CAST.award, parchmentNumber: '' },
    ]
    for (const attempt of attempts) {
      const result = await call(endpoint, 'VerifyAward', { token, ...attempt })
      expect(authOf(result)).toMatchObject({
        ...FAILURE_SHAPE,
        Status: '-4',
        StatusMessage: 'No award matches those details.',
      })
      expect(result.Award).toBeUndefined()
    }
  })

  it('an award matched twice, or not available for verification, answers -4', async () => {
    const token = await signIn('service')
    const awards = sim.store.awardsByClient.get(CODES.learner) ?? []
    const [first] = awards
    if (first === undefined) throw new Error('the small store’s learner has no award')
    awards.push({ ...first, Qucl_ID: 9002 })
    try {
      const twice = await call(endpoint, 'VerifyAward', { token, ...CAST.award })
      expect(authOf(twice).Status).toBe('-4')
    } finally {
      awards.pop()
    }
    sim.store.unverifiableAwards.add(first.Qucl_ID)
    try {
      const withheld = await call(endpoint, 'VerifyAward', { token, ...CAST.award })
      expect(authOf(withheld).Status).toBe('-4')
    } finally {
      sim.store.unverifiableAwards.delete(first.Qucl_ID)
    }
  })

  it('enrolments for staff are those starting in the range where they have a role', async () => {
    const token = await signIn('staff')
    const result = await call(endpoint, 'GetEnrolmentsForStaff', {
      sToken: token,
      sClie_Code: CODES.staff,
      xsdStart: '2026-01-01T00:00:00',
      xsdEnd: '2026-12-31T00:00:00',
    })
    expect(items(result, 'EnroStaffList').map((e) => [e.ID, e.RoleName])).toEqual([
      [String(IDS.enrolment), 'Trainer'],
    ])
  })
})

describe('changing a username and password', () => {
  it('a password that breaks the policy is refused naming the rule; a good one works for sign-in', async () => {
    const token = await signIn('employee')
    const change = (sUsername: string, sPassword: string) =>
      call(endpoint, 'UpdateClientUsernamePassword', {
        sToken: token,
        sClie_Code: CODES.employee,
        sUsername,
        sPassword,
      })
    expect(await change('eli.new', 'Short1!')).toMatchObject({
      Status: '-1',
      StatusMessage: 'Password must be at least 10 characters long.',
    })
    expect(await change('eli.new', 'longenough1!')).toMatchObject({
      Status: '-1',
      StatusMessage: 'Password must contain at least one upper-case letter.',
    })
    expect(await change('demo.learner', 'Abcdefghi1!')).toMatchObject({
      Status: '-1',
      StatusMessage: "The username 'demo.learner' is already in use by another client.",
    })
    expect(await change('eli.new', 'Abcdefghi1!')).toMatchObject({
      Status: '1',
      Identifier: CODES.employee,
    })
    await expect(login(endpoint, 'eli.new', 'Abcdefghi1!')).resolves.toHaveLength(20)
    expect(
      await call(endpoint, 'ValidateClient', {
        sUsername: 'demo.employee',
        sPassword: PASSWORDS.employee,
      }),
    ).toMatchObject({ Status: '-1' })
  })

  it('the password policy reports the rules and the email setting', async () => {
    const token = await signIn('learner')
    const result = await call(endpoint, 'GetPasswordPolicy', { token })
    expect(result.Policy).toEqual({
      MinimumLength: '10',
      RequireUpperCase: 'true',
      RequireLowerCase: 'true',
      RequireDigit: 'true',
      RequireSymbol: 'true',
      EmailAsUsername: 'true',
    })
  })
})
