import { soapAction, VT_NAMESPACE } from '@vettrak-portal/vettrak-api'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningSimulator } from '../src/simulator.ts'
import { PASSWORDS } from './helpers/small-store.ts'
import { callRaw, post, requestXml, resultOf } from './helpers/soap-call.ts'
import { startSmall } from './helpers/start-small.ts'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startSmall()
})
afterAll(() => sim.close())

const soap11 = (operation: string) => ({
  'Content-Type': 'text/xml; charset=utf-8',
  SOAPAction: `"${soapAction(operation)}"`,
})
const login = { sUsername: 'demo.learner', sPassword: PASSWORDS.learner }

function faultOf(text: string): string {
  const doc = new XMLParser({ removeNSPrefix: true }).parse(text) as {
    Envelope: {
      Body: { Fault: { faultcode?: string; faultstring?: string; Code?: { Value: string } } }
    }
  }
  const fault = doc.Envelope.Body.Fault
  return fault.faultcode ?? fault.Code?.Value ?? ''
}

describe('the SOAP endpoint', () => {
  it('answers SOAP 1.2 with a SOAP 1.2 envelope', async () => {
    const answer = await callRaw(sim.endpoint, 'ValidateClient', login, '1.2')
    expect(answer.status).toBe(200)
    expect(answer.contentType).toMatch(/^application\/soap\+xml/)
    expect(answer.text).toContain(
      '<soap12:Envelope xmlns:soap12="http://www.w3.org/2003/05/soap-envelope"',
    )
    expect(resultOf(answer.text)).toMatchObject({ Status: '1' })
  })

  it('accepts a SOAPAction without quotes, and none at all', async () => {
    const body = requestXml('ValidateClient', login)
    const bare = await post(sim.endpoint, body, {
      'Content-Type': 'text/xml',
      SOAPAction: soapAction('ValidateClient'),
    })
    expect(resultOf(bare.text)).toMatchObject({ Status: '1' })
    const none = await post(sim.endpoint, body, { 'Content-Type': 'text/xml' })
    expect(resultOf(none.text)).toMatchObject({ Status: '1' })
  })

  it('serves the WSDL at ?WSDL and ?wsdl with the caller’s host as location', async () => {
    for (const query of ['WSDL', 'wsdl']) {
      const response = await fetch(`${sim.endpoint}?${query}`)
      const text = await response.text()
      expect(response.status).toBe(200)
      expect(XMLValidator.validate(text)).toBe(true)
      expect(text).toContain(`location="${sim.endpoint}"`)
      expect(text).toContain(`targetNamespace="${VT_NAMESPACE}"`)
    }
  })

  it('faults a SOAPAction that does not match the body', async () => {
    const answer = await post(
      sim.endpoint,
      requestXml('ValidateClient', login),
      soap11('GetClientDetails'),
    )
    expect(answer.status).toBe(500)
    expect(faultOf(answer.text)).toBe('soap:Client')
    expect(answer.text).toContain('Server did not recognize the value of HTTP Header SOAPAction')
  })

  it('faults malformed XML, an unknown operation, a wrong namespace and a wrong type', async () => {
    const cases = [
      '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ValidateClient>',
      requestXml('DoSomething', {}),
      requestXml('ValidateClient', login).replace(VT_NAMESPACE, 'http://tempuri.org/'),
      requestXml('GetUnitsForEnrolmentIncludingLinked', { token: 'x', enrolmentId: 'seven' }),
      requestXml('GetInvoicesForClient', {
        token: 'x',
        clientCode: 'c',
        startDate: '2026-13-01T00:00:00',
        endDate: '2026-01-01T00:00:00',
        status: 0,
      }),
      requestXml('GetInvoicesForClient', {
        token: 'x',
        clientCode: 'c',
        startDate: '2026-01-01T00:00:00',
        endDate: '2026-01-01T00:00:00',
      }),
      requestXml('ValidateClient', { ...login, sSurprise: 'x' }),
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>',
    ]
    for (const body of cases) {
      const answer = await post(sim.endpoint, body, { 'Content-Type': 'text/xml; charset=utf-8' })
      expect(answer.status, body).toBe(500)
      expect(faultOf(answer.text), body).toBe('soap:Client')
    }
  })

  it('faults like an XML parser on characters XML 1.0 forbids, raw or as references', async () => {
    for (const username of ['demo\u0001learner', 'demo\u001Flearner', '\uFFFE']) {
      const answer = await post(
        sim.endpoint,
        requestXml('ValidateClient', { ...login, sUsername: username }),
        {
          'Content-Type': 'text/xml; charset=utf-8',
        },
      )
      expect(answer.status, JSON.stringify(username)).toBe(500)
      expect(faultOf(answer.text)).toBe('soap:Client')
      expect(answer.text).toMatch(/is an invalid character/)
    }
    const referenced = requestXml('ValidateClient', login).replace(
      'demo.learner',
      'demo&#x1;learner',
    )
    const answer = await post(sim.endpoint, referenced, {
      'Content-Type': 'text/xml; charset=utf-8',
    })
    expect(answer.status).toBe(500)
    expect(answer.text).toMatch(/hexadecimal value 0x01 is an invalid character/)
    // Tab, line feed and carriage return are XML characters: an ordinary refusal, no fault.
    const tabbed = requestXml('ValidateClient', { ...login, sPassword: 'wrong\tpassword' })
    expect(
      (await post(sim.endpoint, tabbed, { 'Content-Type': 'text/xml; charset=utf-8' })).status,
    ).toBe(200)
  })

  it('answers a SOAP 1.1 envelope sent as SOAP 1.2 with VersionMismatch', async () => {
    const answer = await post(sim.endpoint, requestXml('ValidateClient', login, '1.1'), {
      'Content-Type': 'application/soap+xml',
    })
    expect(answer.status).toBe(500)
    expect(faultOf(answer.text)).toBe('soap12:VersionMismatch')
  })

  it('refuses a body over 1 MiB with a fault', async () => {
    const body = requestXml('ValidateClient', {
      sUsername: 'x'.repeat(1024 * 1024 + 10),
      sPassword: 'y',
    })
    const answer = await post(sim.endpoint, body, { 'Content-Type': 'text/xml' })
    expect(answer.status).toBe(500)
    expect(answer.text).toContain('Maximum request length exceeded')
  })

  it('refuses other content types with 415 and other paths with 404', async () => {
    const wrongType = await post(sim.endpoint, '{}', { 'Content-Type': 'application/json' })
    expect(wrongType.status).toBe(415)
    expect((await fetch(`${sim.url}/elsewhere`)).status).toBe(404)
  })

  it('accepts prefixed request elements and a nil nullable date', async () => {
    const token = resultOf(
      (
        await callRaw(sim.endpoint, 'ValidateClient', {
          sUsername: 'demo.staff',
          sPassword: PASSWORDS.staff,
        })
      ).text,
    ).Token as string
    const escaped = token.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    const body = `<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><s:Header/><s:Body><t:GetAccessibleClients xmlns:t="${VT_NAMESPACE}"><t:token>${escaped}</t:token><t:clientCode>0000001004</t:clientCode><t:sinceDate i:nil="true"/></t:GetAccessibleClients></s:Body></s:Envelope>`
    const answer = await post(sim.endpoint, body, soap11('GetAccessibleClients'))
    expect(answer.status).toBe(200)
    expect(resultOf(answer.text)).toMatchObject({ Auth: { Status: '1', Token: token } })
  })
})
