/**
 * The real BFF against a real-shaped VETtrak that answers sparsely or oddly (the simulator behind
 * a rewriting proxy), and against a VETtrak that forgets its tokens. Sign-in and pages keep
 * working on what is there; a forgotten user token means signing in again.
 */
import {
  EnrolmentListSchema,
  ErrorBodySchema,
  ProfileSchema,
  SessionSchema,
} from '@vettrak-portal/contracts'
import {
  serverFault,
  startSoapProxy,
  unknownOperationFault,
  withoutElement,
  type SoapProxy,
} from '@vettrak-portal/test-support/soap-proxy'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Agent, type Stack } from './harness.ts'
import { CREDENTIALS, type Persona } from './hostile/support.ts'

let proxy: SoapProxy
let stack: Stack

async function startBehindProxy(env: Record<string, string> = {}) {
  const started = await startStack({ env: { VETTRAK_WSDL_URL: proxy.wsdlUrl, ...env } })
  proxy.retarget(started.sim.url)
  return started
}

beforeAll(async () => {
  proxy = await startSoapProxy()
  stack = await startBehindProxy()
})
afterAll(async () => {
  await stack.close()
  await proxy.close()
})
afterEach(() => {
  proxy.clear()
  stack.logLines.length = 0
})

async function signIn(
  persona: Persona,
  on: Stack = stack,
): Promise<{ agent: Agent; status: number; json: unknown }> {
  const agent = on.agent()
  const [username, password] = CREDENTIALS[persona]
  const response = await agent.signIn(username, password)
  return { agent, status: response.status, json: response.json }
}

const warned = (text: string) =>
  stack.logLines.some((line) => line.includes(text) && line.includes('"level":40'))

describe('sign-in against a sparse VETtrak', () => {
  it('works when GetClientDetails leaves out Clie_VisaExpiry (it used to be 503 for everyone)', async () => {
    proxy.rewrite('GetClientDetails', (xml) => withoutElement(xml, 'Clie_VisaExpiry'))
    const { agent, status, json } = await signIn('learner')
    expect(status).toBe(201)
    expect(SessionSchema.parse(json).user.clientCode).toBe(DEMO.clients.learner)
    const profile = await agent.get('/api/me')
    expect(profile.status).toBe(200)
    expect(ProfileSchema.parse(profile.json).clientCode).toBe(DEMO.clients.learner)
  })

  it('works when GetClientDetails is a bare TClie with every value member left out or nil', async () => {
    proxy.rewrite('GetClientDetails', (xml) =>
      ['Clie_DOB', 'Clie_Address_Type', 'Clie_Salary', 'DivisionId', 'USIExempt', 'IsStaff']
        .reduce(withoutElement, xml)
        .replace(/<Clie_Commenced>[^<]*<\/Clie_Commenced>/, '<Clie_Commenced xsi:nil="true" />'),
    )
    const { status } = await signIn('learner')
    expect(status).toBe(201)
  })

  it('without GetEmployersForClient (ASMX’s unknown-operation fault) an employer contact signs in with learner views, and it is logged', async () => {
    proxy.rewrite('GetEmployersForClient', () => unknownOperationFault('GetEmployersForClient'))
    const { agent, status, json } = await signIn('employer')
    expect(status).toBe(201)
    const session = SessionSchema.parse(json)
    expect(session.employers).toEqual([])
    // Not a hiccup: nothing to wait for, and the session does not ask again.
    expect(session.employersUnavailable).toBeUndefined()
    expect(warned('GetEmployersForClient missing')).toBe(true)
    proxy.clear()
    expect(SessionSchema.parse((await agent.get('/api/session')).json).employers).toEqual([])
  })

  it('with an unreadable GetEmployersForClient (no Result) the person signs in, and the session waits for it', async () => {
    proxy.rewrite('GetEmployersForClient', (xml) =>
      xml.replace(/GetEmployersForClientResult/g, 'SomethingElse'),
    )
    const { status, json } = await signIn('employer')
    expect(status).toBe(201)
    expect(SessionSchema.parse(json)).toMatchObject({ employers: [], employersUnavailable: true })
    expect(warned('GetEmployersForClient unavailable or unreadable')).toBe(true)
  })

  it('a contact who signs in while GetEmployersForClient fails gets their employer back once it answers', async () => {
    proxy.rewrite('GetEmployersForClient', serverFault)
    const { agent, status, json } = await signIn('employer')
    expect(status).toBe(201)
    expect(SessionSchema.parse(json)).toMatchObject({ employers: [], employersUnavailable: true })
    // Still failing: choosing is "try again", never "you are not a contact".
    const choosing = await agent.put('/api/session/employer', { employerId: DEMO.employers.acme })
    expect(choosing.status).toBe(503)
    expect(choosing.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })
    expect(SessionSchema.parse((await agent.get('/api/session')).json).employersUnavailable).toBe(
      true,
    )

    proxy.clear()
    const session = SessionSchema.parse((await agent.get('/api/session')).json)
    expect(session.employersUnavailable).toBeUndefined()
    expect(session.employers.map((e) => e.id)).toContain(DEMO.employers.acme)
    const chosen = await agent.put('/api/session/employer', { employerId: DEMO.employers.acme })
    expect(chosen.status).toBe(200)
    expect((await agent.get('/api/employer')).status).toBe(200)
  })

  it('the employer views themselves ask again: "try again" while it fails, the employer once it answers', async () => {
    proxy.rewrite('GetEmployersForClient', serverFault)
    const { agent } = await signIn('bigEmployer')
    // Not "Choose an employer first": nobody knows yet which employers this person has.
    const waiting = await agent.get('/api/employer')
    expect(waiting.status).toBe(503)
    expect(waiting.json).toMatchObject({ error: { code: 'UPSTREAM_UNAVAILABLE' } })

    proxy.clear()
    // Without reading the session first: the employer request itself reads the employers again.
    expect((await agent.get('/api/employer/contacts')).status).toBe(200)
    const session = SessionSchema.parse((await agent.get('/api/session')).json)
    expect(session.employersUnavailable).toBeUndefined()
    expect(session.activeEmployerId).not.toBeNull()
  })

  it('while the session waits, an employer it does not list is still refused', async () => {
    proxy.rewrite('GetEmployersForClient', serverFault)
    const { agent } = await signIn('learner')
    proxy.clear()
    const choosing = await agent.put('/api/session/employer', { employerId: DEMO.employers.acme })
    expect(choosing.status).toBe(403)
    expect((await agent.get('/api/employer')).status).toBe(403)
  })

  it('without the defined-here IsContact a person is no employer contact (fail closed)', async () => {
    proxy.rewrite('GetEmployersForClient', (xml) => withoutElement(xml, 'IsContact'))
    const { agent, status, json } = await signIn('employer')
    expect(status).toBe(201)
    expect(SessionSchema.parse(json).employers).toEqual([])
    expect((await agent.get('/api/employer')).status).toBe(403)
  })
})

describe('who is staff', () => {
  it('TokenType 03 is staff; the defined-here IsStaff alone is not', async () => {
    const staff = await signIn('staff')
    expect(SessionSchema.parse(staff.json).user.isStaff).toBe(true)
    proxy.rewrite('ValidateClient', (xml) =>
      xml.replace('<TokenType>03</TokenType>', '<TokenType>02</TokenType>'),
    )
    const withoutTokenType = await signIn('staff')
    expect(SessionSchema.parse(withoutTokenType.json).user.isStaff).toBe(false)
    expect((await withoutTokenType.agent.get('/api/staff/clients?q=a')).status).toBe(403)
  })

  it('STAFF_CLIENT_CODES makes a listed client staff when TokenType does not say so', async () => {
    const listed = await startBehindProxy({ STAFF_CLIENT_CODES: ` ${DEMO.clients.staff} , 99999` })
    try {
      proxy.rewrite('ValidateClient', (xml) =>
        xml.replace('<TokenType>03</TokenType>', '<TokenType>02</TokenType>'),
      )
      const staff = await signIn('staff', listed)
      expect(SessionSchema.parse(staff.json).user.isStaff).toBe(true)
      const learner = await signIn('learner', listed)
      expect(SessionSchema.parse(learner.json).user.isStaff).toBe(false)
    } finally {
      proxy.retarget(stack.sim.url)
      await listed.close()
    }
  })
})

describe('pages on sparse and odd answers', () => {
  it('enrolments: missing amounts, nil dates and mistyped numbers show as absent; an item without its id is left out', async () => {
    // Rewritten before signing in: the sign-in starts reading the dashboard's enrolments.
    proxy.rewrite('GetEnrolmentsForClient', (xml) =>
      withoutElement(xml, 'Amount')
        .replace(/<StartDate>[^<]*<\/StartDate>/g, '<StartDate xsi:nil="true" />')
        .replace(/<StatusType>[^<]*<\/StatusType>/g, '<StatusType>active</StatusType>')
        // The first enrolment loses its id.
        .replace(/<TClieEnro><ID>\d+<\/ID>/, '<TClieEnro>'),
    )
    const { agent } = await signIn('learner')
    const response = await agent.get('/api/me/enrolments')
    expect(response.status).toBe(200)
    const { items } = EnrolmentListSchema.parse(response.json)
    expect(items.length).toBeGreaterThan(0)
    for (const enrolment of items) {
      expect(enrolment.amount).toBeUndefined()
      expect(enrolment.startDate).toBeUndefined()
      expect(enrolment.state).toBeUndefined()
    }
    proxy.clear()
    const { agent: fresh } = await signIn('learner')
    const all = EnrolmentListSchema.parse((await fresh.get('/api/me/enrolments')).json).items
    expect(items).toHaveLength(all.length - 1)
    expect(warned('ClieEnroList.TClieEnro.ID')).toBe(true)
    expect(warned('ClieEnroList.TClieEnro.StatusType')).toBe(true)
  })

  it('a Status-1 answer without its list wrapper is an empty page, logged as a shape difference', async () => {
    proxy.rewrite('GetEnrolmentsForClient', (xml) =>
      xml.replace(/ClieEnroList>/g, 'EnrolmentItems>'),
    )
    const { agent } = await signIn('learner')
    const response = await agent.get('/api/me/enrolments')
    expect(response.status).toBe(200)
    expect(EnrolmentListSchema.parse(response.json).items).toEqual([])
    expect(warned('missing-list')).toBe(true)
  })
})

describe('a VETtrak that forgets tokens (a restart)', () => {
  it("a read with the user's forgotten token is 401 SESSION_EXPIRED and ends the session", async () => {
    const { agent } = await signIn('learner')
    expect((await agent.get('/api/me/awards')).status).toBe(200)
    stack.sim.forgetTokens()
    // Not the awards again, nor the dashboard's lists read at sign-in: the BFF keeps a user's
    // lists for a few seconds.
    const response = await agent.get('/api/me/contracts')
    expect(response.status).toBe(401)
    expect(ErrorBodySchema.parse(response.json).error.code).toBe('SESSION_EXPIRED')
    expect((await agent.get('/api/session')).status).toBe(401)
  })

  it('a -1 that VETtrak gives for this request only keeps its meaning; the session goes on', async () => {
    const { agent } = await signIn('learner')
    proxy.rewrite('GetAwardsForClient', (xml) =>
      xml.replace(
        /<Status>1<\/Status>/,
        '<Status>-1</Status><StatusMessage>Invalid input.</StatusMessage>',
      ),
    )
    const response = await agent.get('/api/me/awards')
    expect(response.status).toBe(502)
    expect(ErrorBodySchema.parse(response.json).error.code).toBe('UPSTREAM_ERROR')
    expect((await agent.get('/api/session')).status).toBe(200)
  })

  it("the service account's forgotten token is renewed, without signing the employer contact out", async () => {
    const { agent } = await signIn('employer')
    expect((await agent.put('/api/session/employer', { employerId: '1001' })).status).toBe(200)
    expect((await agent.get('/api/employer')).status).toBe(200)
    stack.sim.forgetTokens(DEMO.clients.apiPortal)
    expect((await agent.get('/api/employer/contacts')).status).toBe(200)
    expect((await agent.get('/api/session')).status).toBe(200)
  })

  it('a wrong password is still a wrong password, not an expired session', async () => {
    const response = await stack.agent().signIn('demo.learner', 'not-the-password')
    expect(response.status).toBe(401)
    expect(ErrorBodySchema.parse(response.json).error.code).toBe('INVALID_CREDENTIALS')
  })
})
