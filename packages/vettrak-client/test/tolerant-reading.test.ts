/**
 * A real-shaped VETtrak that answers sparsely or oddly, through the real client: only
 * `Auth.Status` and the identifiers the portal keys on are required; everything else may be
 * absent, nil or mistyped without the answer being refused.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createVettrakClient, type VettrakClient } from '../src/index.ts'
import { envelope, startRecordedServer } from './recorded-server.ts'

type Server = Awaited<ReturnType<typeof startRecordedServer>>
let server: Server
let client: VettrakClient
const warnings: Array<Record<string, unknown>> = []

const ref = { token: 't', clientCode: '03037' }
const AUTH =
  '<Auth><ID>3037</ID><Token>t</Token><Status>1</Status><Identifier>03037</Identifier><TokenType>02</TokenType></Auth>'

const answer = (operation: string, payload: string, auth = AUTH) =>
  envelope(
    `<${operation}Response xmlns="http://www.ozsoft.com.au/VETtrak/api/complete">` +
      `<${operation}Result>${auth}${payload}</${operation}Result></${operation}Response>`,
  )

const answering = (body: string) => server.setHandler(() => ({ body }))

/** An enrolment with only its id and code, plus whatever `extra` adds. */
const enrolment = (id: string, extra = '') =>
  `<TClieEnro><ID>${id}</ID><Code>E${id}</Code>${extra}</TClieEnro>`

beforeAll(async () => {
  server = await startRecordedServer(() => ({ body: '' }))
  client = createVettrakClient({
    wsdlUrl: server.wsdlUrl,
    timeoutMs: 2_000,
    logger: { warn: (_message, details) => warnings.push(details ?? {}) },
  })
})
afterAll(async () => {
  client.close()
  await server.close()
})
beforeEach(() => {
  warnings.length = 0
})

describe('a sparse answer', () => {
  it('GetClientDetails without Clie_VisaExpiry, IsStaff or any value member is read, not refused', async () => {
    answering(
      answer(
        'GetClientDetails',
        '<ClieDetail><Clie_Surname>Nguyen</Clie_Surname><Clie_Given>Mai</Clie_Given><Clie_Code>03037</Clie_Code></ClieDetail>',
      ),
    )
    const details = await client.getClientDetails(ref)
    expect(details).toMatchObject({ clientCode: '03037', givenName: 'Mai', isStaff: false })
    expect(details.visaExpiryDate).toBeUndefined()
    expect(details.addressType).toBeUndefined()
    expect(details.usiExempt).toBeUndefined()
    expect(warnings).toEqual([])
  })

  it('reads missing value members and nil dates as absent, without a warning', async () => {
    answering(
      answer(
        'GetEnrolmentsForClient',
        `<ClieEnroList>${enrolment('101', '<StartDate xsi:nil="true" /><EndDate></EndDate><Amount xsi:nil="true" />')}</ClieEnroList>`,
      ),
    )
    const [first] = await client.getEnrolmentsForClient(ref)
    expect(first).toEqual({ id: 101, code: 'E101', deliveryModes: [] })
    expect(warnings).toEqual([])
  })

  it('ignores members it does not know', async () => {
    answering(
      answer(
        'GetEnrolmentsForClient',
        `<ClieEnroList>${enrolment('101', '<Colour>#ff0000</Colour><Extra><Deep>1</Deep></Extra>')}</ClieEnroList>`,
        AUTH.replace('</Auth>', '<Audit>x</Audit></Auth>'),
      ),
    )
    const enrolments = await client.getEnrolmentsForClient(ref)
    expect(enrolments).toEqual([{ id: 101, code: 'E101', deliveryModes: [] }])
    expect(warnings).toEqual([])
  })
})

describe('a mistyped member', () => {
  it('is null with one warning per operation and member, however often it comes', async () => {
    const mistyped =
      '<StatusType>active</StatusType><Amount>12,50</Amount><DivisionId>1.5</DivisionId>'
    answering(
      answer(
        'GetEnrolmentsForClient',
        `<ClieEnroList>${enrolment('101', mistyped)}${enrolment('102', mistyped)}</ClieEnroList>`,
      ),
    )
    const first = await client.getEnrolmentsForClient(ref)
    const second = await client.getEnrolmentsForClient(ref)
    expect(first.map((e) => e.id)).toEqual([101, 102])
    expect(second).toEqual(first)
    expect(first[0]?.statusType).toBeUndefined()
    expect(first[0]?.amount).toBeUndefined()
    expect(first[0]?.divisionId).toBeUndefined()
    expect(warnings.map((w) => w.member).sort()).toEqual([
      'ClieEnroList.TClieEnro.Amount',
      'ClieEnroList.TClieEnro.DivisionId',
      'ClieEnroList.TClieEnro.StatusType',
    ])
    expect(warnings.every((w) => w.operation === 'GetEnrolmentsForClient')).toBe(true)
    expect(warnings.every((w) => w.kind === 'mistyped')).toBe(true)
  })

  it('a boolean that is not one reads as absent; a defined-here flag then means no', async () => {
    answering(
      answer(
        'GetEmployersForClient',
        '<EmplList><TClientEmployer><Empl_Identifier>5001</Empl_Identifier>' +
          '<IsContact>yes</IsContact><IsEmployee>1</IsEmployee></TClientEmployer></EmplList>',
      ),
    )
    const [employer] = await client.getEmployersForClient(ref)
    expect(employer).toMatchObject({
      identifier: '5001',
      isContact: false,
      isPrimaryContact: false,
      isEmployee: true,
    })
    expect(warnings).toEqual([
      expect.objectContaining({
        operation: 'GetEmployersForClient',
        member: 'EmplList.TClientEmployer.IsContact',
      }),
    ])
  })
})

describe('what the portal keys on', () => {
  it('an item without its identifier is dropped with a warning; the others stay', async () => {
    answering(
      answer(
        'GetEnrolmentsForClient',
        `<ClieEnroList>${enrolment('101')}<TClieEnro><Code>ENOID</Code></TClieEnro>${enrolment('x')}</ClieEnroList>`,
      ),
    )
    const enrolments = await client.getEnrolmentsForClient(ref)
    expect(enrolments.map((e) => e.id)).toEqual([101])
    expect(warnings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'missing-identity', member: 'ClieEnroList.TClieEnro.ID' }),
      ]),
    )
  })

  it('an answer without a readable Auth.Status is refused as malformed', async () => {
    answering(
      answer('GetEnrolmentsForClient', '<ClieEnroList />', '<Auth><Status>ok</Status></Auth>'),
    )
    await expect(client.getEnrolmentsForClient(ref)).rejects.toMatchObject({
      name: 'VettrakUnavailableError',
      reason: 'malformed-response',
    })
  })
})

describe('a list wrapper', () => {
  it('absent from a Status-1 answer is an empty list, logged as a shape difference', async () => {
    answering(
      answer(
        'GetEnrolmentsForClient',
        '<ClieEnroItems><TClieEnro><ID>1</ID></TClieEnro></ClieEnroItems>',
      ),
    )
    await expect(client.getEnrolmentsForClient(ref)).resolves.toEqual([])
    expect(warnings).toEqual([
      expect.objectContaining({
        operation: 'GetEnrolmentsForClient',
        kind: 'missing-list',
        member: 'ClieEnroList',
      }),
    ])
  })

  it('present but empty is an empty list, with nothing to say', async () => {
    answering(answer('GetEventsForClient', '<EvenList />'))
    await expect(client.getEventsForClient(ref)).resolves.toEqual([])
    expect(warnings).toEqual([])
  })
})
