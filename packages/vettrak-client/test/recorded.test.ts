import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { generateWsdl, unescapeXml } from '@vettrak-portal/vettrak-api'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  DatabaseError,
  InvalidCredentialsError,
  MissingRegistrationError,
  NoRecordsError,
  TokenExpiredError,
  TokenRefusedError,
  VettrakAbortedError,
  VettrakRejectedError,
  VettrakUnavailableError,
  createVettrakClient,
  type VettrakClient,
} from '../src/index.ts'
import { recorded, startRecordedServer, type Handler } from './recorded-server.ts'

const TOKEN = '&7%+>-"6(+!56$0>345'
const PASSWORD = `Pa<ss>&'"word1`
const ESCAPED_TOKEN = '&amp;7%+&gt;-&quot;6(+!56$0&gt;345'

type Server = Awaited<ReturnType<typeof startRecordedServer>>
let server: Server
let client: VettrakClient
const logLines: string[] = []

const failed = (op: string, status: number, message = 'Something went wrong') =>
  recorded('failed-auth.xml', { OP: op, STATUS: String(status), MESSAGE: message })

const byOperation =
  (replies: Record<string, string>): Handler =>
  (request) => {
    const body = replies[request.operation]
    if (body === undefined) throw new Error(`no recorded reply for ${request.operation}`)
    return { body }
  }

beforeAll(async () => {
  server = await startRecordedServer(() => ({ body: '' }))
  const log = (message: string, details?: Record<string, unknown>) =>
    logLines.push(`${message} ${JSON.stringify(details ?? {})}`)
  client = createVettrakClient({
    wsdlUrl: server.wsdlUrl,
    timeoutMs: 2_000,
    serviceAccount: { username: 'api.portal', password: PASSWORD },
    logger: { debug: log, info: log, warn: log, error: log },
  })
})

afterAll(async () => {
  client.close()
  await server.close()
})

afterEach(() => {
  server.requests.length = 0
})

describe('a learner reading their records from recorded answers', () => {
  it('signs in with a token full of XML specials and sends it back escaped, exactly as issued', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetEnrolmentsForClient: recorded('get-enrolments-one.xml'),
      }),
    )
    const session = await client.validateClient({ username: 'demo.learner', password: PASSWORD })
    expect(session).toEqual({ token: TOKEN, clientCode: '03037', userId: 3037, isStaff: false })

    await client.getEnrolmentsForClient({ token: session.token, clientCode: session.clientCode })
    const sent = server.requests.find((r) => r.operation === 'GetEnrolmentsForClient')
    const element = /<sToken>([^<]*)<\/sToken>/.exec(sent?.body ?? '')?.[1]
    expect(element).toBe(ESCAPED_TOKEN)
    expect(unescapeXml(element ?? '')).toBe(TOKEN)
  })

  it('goes out as SOAP 1.1 with the quoted SOAPAction of the operation', async () => {
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-one.xml') }))
    await client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })
    const [request] = server.requests
    expect(request?.soapAction).toBe(
      '"http://www.ozsoft.com.au/VETtrak/api/complete/GetEnrolmentsForClient"',
    )
    expect(request?.contentType).toMatch(/^text\/xml/)
    expect(request?.body).toContain('http://schemas.xmlsoap.org/soap/envelope/')
  })

  it('reads a one-item list without StatusMessage as a list, keeping strings and dates as sent', async () => {
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-one.xml') }))
    const enrolments = await client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })
    expect(enrolments).toHaveLength(1)
    expect(enrolments[0]).toMatchObject({
      id: 24,
      startDate: '2019-01-01T00:00:00',
      endDate: '2019-12-31T23:59:00',
      dateOfEffect: '2019-02-14T09:30:00',
      qualificationName: 'Certificate IV in Hospitality ',
      status: 'Pre-Reporting Withdrawal',
      statusType: 9,
      deliveryModes: ['Internal delivery'],
      amount: 0,
      surname: "O'Brien",
    })
    expect(enrolments[0]?.code).toBeUndefined()
    expect(enrolments[0]?.description).toBeUndefined()
  })

  it('reads several enrolments with several delivery modes, money as numbers and "no date" as absent', async () => {
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-many.xml') }))
    const [first, second] = await client.getEnrolmentsForClient({
      token: TOKEN,
      clientCode: '03037',
    })
    expect(first).toMatchObject({
      id: 101,
      startDate: '2026-02-02T08:30:00',
      deliveryModes: ['Workplace-based', 'External delivery'],
      description: 'Evening & weekend <cohort>',
      amount: 1234.5,
      gst: 112.23,
      amountPaid: 600,
      amountCredited: 0.1,
      employerName: 'Acme Training Services',
    })
    expect(first?.endDate).toBeUndefined()
    expect(second).toMatchObject({ id: 102, deliveryModes: [], qualificationCode: 'FA' })
  })

  it('gives the same local date-times whatever the time zone of the process', async () => {
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-many.xml') }))
    const original = process.env.TZ
    const results = []
    for (const zone of ['UTC', 'Australia/Sydney', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
      process.env.TZ = zone
      results.push(await client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }))
    }
    process.env.TZ = original
    for (const result of results) expect(result).toEqual(results[0])
    expect(results[0]?.[0]?.startDate).toBe('2026-02-02T08:30:00')
  })

  it('reads an empty list as an empty array', async () => {
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-empty.xml') }))
    await expect(
      client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
    ).resolves.toEqual([])
  })

  it('treats "no records" (-4) on a list as an empty list', async () => {
    server.setHandler(() => ({ body: failed('GetEnrolmentsForClient', -4, 'No records found') }))
    await expect(
      client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
    ).resolves.toEqual([])
  })

  it('treats "no records" (-4) on a single record as NoRecordsError', async () => {
    server.setHandler(() => ({ body: failed('GetClientDetails', -4, 'No records found') }))
    await expect(
      client.getClientDetails({ token: TOKEN, clientCode: 'NOPE' }),
    ).rejects.toBeInstanceOf(NoRecordsError)
  })

  it('reads events with nil finish and contract as absent', async () => {
    server.setHandler(byOperation({ GetEventsForClient: recorded('get-events.xml') }))
    const [event] = await client.getEventsForClient({ token: TOKEN, clientCode: '03037' })
    expect(event).toEqual({
      id: 7,
      name: 'Workplace visit',
      eventType: 0,
      identifier: '03037',
      start: '2026-04-05T02:30:00',
      finish: undefined,
      complete: false,
      staffCode: undefined,
      enrolmentId: 101,
      contractId: undefined,
      description: undefined,
    })
  })

  it('reads invoices with their items and sends the date range and status filter', async () => {
    server.setHandler(byOperation({ GetInvoicesForClient: recorded('get-invoices.xml') }))
    const [invoice] = await client.getInvoicesForClient({
      token: TOKEN,
      clientCode: '03037',
      startDate: '2026-01-01',
      endDate: '2026-12-31T23:59:59',
      status: 'unpaid',
    })
    expect(invoice).toMatchObject({
      id: 501,
      totalAmount: 1234.5,
      totalGst: 112.23,
      paymentStatus: 1,
    })
    expect(invoice?.items).toEqual([
      { id: 1, description: 'Tuition', quantity: 1, amount: 1234.5, gst: 112.23, amountPaid: 600 },
    ])
    const body = server.requests[0]?.body ?? ''
    expect(body).toContain('<startDate>2026-01-01T00:00:00</startDate>')
    expect(body).toContain('<endDate>2026-12-31T23:59:59</endDate>')
    expect(body).toContain('<status>1</status>')
    expect(body.indexOf('<token>')).toBeLessThan(body.indexOf('<clientCode>'))
  })
})

describe('the WSDL', () => {
  it('is read from a local file when given, and calls go to the address of the WSDL URL', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'vettrak-wsdl-'))
    const file = path.join(dir, 'vt-api.wsdl')
    writeFileSync(file, generateWsdl('http://unreachable.invalid/VT_API.asmx'))
    const fromFile = createVettrakClient({ wsdlUrl: server.wsdlUrl, wsdlFile: file })
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-one.xml') }))
    const before = server.wsdlFetches()
    await expect(
      fromFile.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
    ).resolves.toHaveLength(1)
    expect(server.wsdlFetches()).toBe(before)
    fromFile.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('is read once however many calls are made', async () => {
    const once = createVettrakClient({ wsdlUrl: server.wsdlUrl })
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-one.xml') }))
    const before = server.wsdlFetches()
    await Promise.all(
      Array.from({ length: 5 }, () =>
        once.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
      ),
    )
    await once.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })
    expect(server.wsdlFetches() - before).toBe(1)
    once.close()
  })

  it('that cannot be fetched makes calls fail as unavailable', async () => {
    const broken = createVettrakClient({ wsdlUrl: 'http://127.0.0.1:1/VT_API.asmx?WSDL' })
    await expect(
      broken.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
    ).rejects.toMatchObject({ name: 'VettrakUnavailableError', reason: 'wsdl' })
    broken.close()
  })
})

describe('connections', () => {
  it('reuses kept-alive connections and never opens more than maxSockets', async () => {
    const pooled = createVettrakClient({ wsdlUrl: server.wsdlUrl, maxSockets: 3 })
    server.setHandler(byOperation({ GetEnrolmentsForClient: recorded('get-enrolments-one.xml') }))
    await pooled.ready()
    const before = server.connections()
    for (let i = 0; i < 10; i++)
      await pooled.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })
    expect(server.connections() - before).toBeLessThanOrEqual(1)
    await Promise.all(
      Array.from({ length: 30 }, () =>
        pooled.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
      ),
    )
    expect(server.connections() - before).toBeLessThanOrEqual(3)
    pooled.close()
  })
})

describe('VETtrak statuses become error classes', () => {
  const cases = [
    [-1, 'ValidateClient', InvalidCredentialsError],
    [-1, 'GetEnrolmentsForClient', TokenRefusedError],
    [0, 'GetEnrolmentsForClient', VettrakRejectedError],
    [-2, 'GetEnrolmentsForClient', TokenExpiredError],
    [-3, 'GetEnrolmentsForClient', DatabaseError],
    [-5, 'GetEnrolmentsForClient', MissingRegistrationError],
  ] as const

  for (const [status, operation, ErrorClass] of cases) {
    it(`Status ${status} from ${operation} throws ${ErrorClass.name}`, async () => {
      server.setHandler(() => ({
        body:
          operation === 'ValidateClient'
            ? recorded('validate-client-bad-login.xml')
            : failed(operation, status, `Token ${ESCAPED_TOKEN} rejected`),
      }))
      const call =
        operation === 'ValidateClient'
          ? client.validateClient({ username: 'demo.learner', password: PASSWORD })
          : client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })
      const error: unknown = await call.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ErrorClass)
      expect(error).toMatchObject({ operation, status })
      expect(String((error as Error).message)).not.toContain(TOKEN)
      expect(String((error as Error).message)).not.toContain(PASSWORD)
    })
  }
})

describe('a VETtrak that fails below the SOAP level', () => {
  const unavailable = async (call: Promise<unknown>) => {
    const error: unknown = await call.catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VettrakUnavailableError)
    expect(JSON.stringify(error)).not.toContain(TOKEN)
    expect((error as Error).message).not.toContain(ESCAPED_TOKEN)
    return error as VettrakUnavailableError
  }
  const list = () => client.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' })

  it('an HTTP 500 HTML page is VETtrak unavailable', async () => {
    server.setHandler(() => ({
      status: 500,
      body: recorded('http-500.html'),
      contentType: 'text/html',
    }))
    expect(await unavailable(list())).toMatchObject({ reason: 'http-error', httpStatus: 500 })
  })

  it('a SOAP fault is VETtrak unavailable', async () => {
    server.setHandler(() => ({ status: 500, body: recorded('soap-fault.xml') }))
    expect(await unavailable(list())).toMatchObject({ reason: 'soap-fault' })
  })

  it('ASMX’s fault for an operation it does not have says so (it will not pass)', async () => {
    server.setHandler(() => ({ status: 500, body: recorded('unknown-operation-fault.xml') }))
    expect(await unavailable(list())).toMatchObject({ reason: 'unknown-operation' })
  })

  it('a body cut off mid-envelope is a malformed answer', async () => {
    const body = recorded('get-enrolments-many.xml')
    server.setHandler(() => ({ body: body.slice(0, body.length / 2) }))
    expect(await unavailable(list())).toMatchObject({ reason: 'malformed-response' })
  })

  it('a connection dropped mid-body is a network failure', async () => {
    server.setHandler(() => ({ truncateAfter: 400, body: recorded('get-enrolments-many.xml') }))
    expect(await unavailable(list())).toMatchObject({ reason: 'network' })
  })

  it('a connection reset is a network failure', async () => {
    server.setHandler(() => 'reset')
    expect(await unavailable(list())).toMatchObject({ reason: 'network' })
  })

  it('a 200 answer that is not SOAP is a malformed answer', async () => {
    server.setHandler(() => ({
      body: '<html><body>Maintenance</body></html>',
      contentType: 'text/html',
    }))
    expect(await unavailable(list())).toMatchObject({ reason: 'malformed-response' })
  })

  it('a server that never answers times out after timeoutMs', async () => {
    const impatient = createVettrakClient({ wsdlUrl: server.wsdlUrl, timeoutMs: 150 })
    server.setHandler(() => 'hang')
    const error = await unavailable(
      impatient.getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }),
    )
    expect(error.reason).toBe('timeout')
    impatient.close()
  })

  it('an aborted call rejects with VettrakAbortedError', async () => {
    const controller = new AbortController()
    server.setHandler(() => {
      controller.abort()
      return 'hang'
    })
    const error: unknown = await client
      .getEnrolmentsForClient({ token: TOKEN, clientCode: '03037' }, { signal: controller.signal })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VettrakAbortedError)
    expect((error as Error).name).toBe('AbortError')
  })

  it('a call whose signal is already aborted sends nothing', async () => {
    const error: unknown = await client
      .getEnrolmentsForClient(
        { token: TOKEN, clientCode: '03037' },
        { signal: AbortSignal.abort() },
      )
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VettrakAbortedError)
    expect(server.requests).toHaveLength(0)
  })
})

describe('the service account', () => {
  it('reads the recursive employer tree with the service token', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetEmployerTree: recorded('get-employer-tree.xml'),
      }),
    )
    const tree = await client.getEmployerTree({ employerIdentifier: '1001' })
    expect(tree.employer).toMatchObject({
      identifier: '1001',
      name: 'Acme Training Services',
      businessAddress: { streetNumber: '12', streetName: 'Collins St', postcode: '3000' },
    })
    expect(tree.children.map((c) => c.employer.identifier)).toEqual(['1002', '1003'])
    expect(tree.children[0]?.children.map((c) => c.employer.identifier)).toEqual(['1004'])
    expect(tree.children[1]?.children).toEqual([])
    expect(server.requests.find((r) => r.operation === 'GetEmployerTree')?.body).toContain(
      `<token>${ESCAPED_TOKEN}</token>`,
    )
  })

  it.each([
    [-2, 'Token expired'],
    [-1, 'Invalid token.'],
  ])(
    '50 concurrent calls that meet a refused service token (%i) cause exactly one new sign-in',
    async (status, message) => {
      let signIns = 0
      server.setHandler((request) => {
        if (request.operation === 'ValidateClient') {
          signIns += 1
          const token = signIns === 1 ? 'old-token-1234' : 'new-token-5678'
          return {
            body: recorded('validate-client-ok.xml').replace(
              /<Token>.*<\/Token>/,
              `<Token>${token}</Token>`,
            ),
          }
        }
        if (request.body.includes('old-token-1234'))
          return { body: failed('GetEmployerDetails', status, message) }
        return {
          body: recorded('get-employer-tree.xml')
            .replace(/GetEmployerTree/g, 'GetEmployerDetails')
            .replace(
              /<Tree>[\s\S]*?<ChildEmployers>[\s\S]*<\/Tree>/,
              '<Empl><Empl_Identifier>1001</Empl_Identifier></Empl>',
            ),
        }
      })
      const fresh = createVettrakClient({
        wsdlUrl: server.wsdlUrl,
        serviceAccount: { username: 'api.portal', password: PASSWORD },
      })
      await fresh.service.signIn()
      const results = await Promise.all(
        Array.from({ length: 50 }, () => fresh.getEmployerDetails({ employerIdentifier: '1001' })),
      )
      expect(results.every((e) => e.identifier === '1001')).toBe(true)
      expect(signIns).toBe(2)
      fresh.close()
    },
  )

  it('takes a second -1, after signing in again once, as a real refusal', async () => {
    let signIns = 0
    server.setHandler((request) => {
      if (request.operation === 'ValidateClient') {
        signIns += 1
        return { body: recorded('validate-client-ok.xml') }
      }
      return { body: failed('GetEmployerDetails', -1, 'Not permitted.') }
    })
    const fresh = createVettrakClient({
      wsdlUrl: server.wsdlUrl,
      serviceAccount: { username: 'api.portal', password: PASSWORD },
    })
    await expect(fresh.getEmployerDetails({ employerIdentifier: '1001' })).rejects.toMatchObject({
      name: 'VettrakRejectedError',
      status: -1,
      statusMessage: 'Not permitted.',
    })
    expect(signIns).toBe(2)
    expect(server.requests.filter((r) => r.operation === 'GetEmployerDetails')).toHaveLength(2)
    fresh.close()
  })

  it('does not sign in again for a refusal other than -1 or -2', async () => {
    let signIns = 0
    server.setHandler((request) => {
      if (request.operation === 'ValidateClient') {
        signIns += 1
        return { body: recorded('validate-client-ok.xml') }
      }
      return { body: failed('GetEmployerDetails', 0, 'Unknown problem') }
    })
    const fresh = createVettrakClient({
      wsdlUrl: server.wsdlUrl,
      serviceAccount: { username: 'api.portal', password: PASSWORD },
    })
    await expect(fresh.getEmployerDetails({ employerIdentifier: '1001' })).rejects.toMatchObject({
      name: 'VettrakRejectedError',
      status: 0,
    })
    expect(signIns).toBe(1)
    expect(server.requests.filter((r) => r.operation === 'GetEmployerDetails')).toHaveLength(1)
    fresh.close()
  })
})

describe('looking a client up by email with the service account', () => {
  it('sends the service token and the address escaped, and reads the one client found', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetClientByEmail: recorded('get-client-by-email.xml'),
      }),
    )
    const found = await client.getClientByEmail({ emailAddress: "o'brien&co@example.com.au" })
    expect(found).toEqual({
      clientCode: '03037',
      givenName: 'Siobhán',
      surname: "O'Brien & Daughters",
    })
    const sent = server.requests.find((r) => r.operation === 'GetClientByEmail')?.body ?? ''
    expect(sent).toContain(`<token>${ESCAPED_TOKEN}</token>`)
    expect(sent).toMatch(/<emailAddress>o(&apos;|')brien&amp;co@example\.com\.au<\/emailAddress>/)
  })

  it('takes -4 with empty Clie properties (no match, or several) as no one', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetClientByEmail: recorded('get-client-by-email-none.xml'),
      }),
    )
    await expect(
      client.getClientByEmail({ emailAddress: 'nobody@example.com.au' }),
    ).resolves.toBeUndefined()
  })

  it('takes a bare -4 as no one too', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetClientByEmail: failed('GetClientByEmail', -4, 'No records found'),
      }),
    )
    await expect(
      client.getClientByEmail({ emailAddress: 'nobody@example.com.au' }),
    ).resolves.toBeUndefined()
  })

  it('passes any other refusal on', async () => {
    server.setHandler(
      byOperation({
        ValidateClient: recorded('validate-client-ok.xml'),
        GetClientByEmail: failed('GetClientByEmail', -3, 'Database error'),
      }),
    )
    await expect(
      client.getClientByEmail({ emailAddress: 'someone@example.com.au' }),
    ).rejects.toBeInstanceOf(DatabaseError)
  })
})

describe('a service token that VETtrak expires again straight after a new sign-in', () => {
  it("is a refusal of the service's call, never the user's session expiring", async () => {
    let signIns = 0
    server.setHandler((request) => {
      if (request.operation === 'ValidateClient') {
        signIns += 1
        return { body: recorded('validate-client-ok.xml') }
      }
      return { body: failed('GetUnitsForContract', -2, 'Token expired') }
    })
    const fresh = createVettrakClient({
      wsdlUrl: server.wsdlUrl,
      serviceAccount: { username: 'api.portal', password: PASSWORD },
    })
    const error: unknown = await fresh
      .getUnitsForContractAsService({ contractId: 8001 })
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(VettrakRejectedError)
    expect(error).not.toBeInstanceOf(TokenExpiredError)
    expect(error).toMatchObject({ status: -2, operation: 'GetUnitsForContract' })
    expect(signIns).toBe(2)
    const sent = server.requests.filter((r) => r.operation === 'GetUnitsForContract')
    expect(sent).toHaveLength(2)
    expect(sent[0]?.body).toContain('<sToken>')
    expect(sent[0]?.body).toContain('<iCont_id>8001</iCont_id>')
    fresh.close()
  })
})

describe('a misconfigured service account', () => {
  it("is reported as a configuration fault, not as the user's bad credentials", async () => {
    server.setHandler(byOperation({ ValidateClient: recorded('validate-client-bad-login.xml') }))
    const misconfigured = createVettrakClient({
      wsdlUrl: server.wsdlUrl,
      serviceAccount: { username: 'api.portal', password: 'wrong' },
    })
    await expect(
      misconfigured.getEmployerDetails({ employerIdentifier: '1001' }),
    ).rejects.toMatchObject({
      name: 'VettrakUnavailableError',
      reason: 'not-configured',
    })
    misconfigured.close()
  })

  it('without one, a Protected call says so', async () => {
    const none = createVettrakClient({ wsdlUrl: server.wsdlUrl })
    await expect(none.getTraineesForEmployer({ employerIdentifier: '1001' })).rejects.toMatchObject(
      {
        reason: 'not-configured',
      },
    )
    expect(server.requests).toHaveLength(0)
    none.close()
  })
})

describe('logs', () => {
  it('never contain a token or password, plain or escaped', () => {
    expect(logLines.length).toBeGreaterThan(0)
    const all = logLines.join('\n')
    for (const secret of [TOKEN, ESCAPED_TOKEN, PASSWORD, 'Pa&lt;ss&gt;&amp;'])
      expect(all).not.toContain(secret)
  })
})
