/**
 * Hostile text in every parameter that reaches VETtrak travels as one escaped text node: a proxy in
 * front of the simulator records the SOAP requests, and each must parse to exactly the elements the
 * operation has, with the hostile value as the text of its own element.
 */
import { SessionSchema } from '@vettrak-portal/contracts'
import type { SoapProxy } from '@vettrak-portal/test-support/soap-proxy'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStackBehindProxy } from '../harness.ts'
import { expectDocumentedAnswer, signedIn, soapOperation, soapParameters } from './support.ts'

/** Values built to close an element, open a comment or CDATA section, or name an entity. */
const HOSTILE = [
  '</sUsername><sPassword>x</sPassword>',
  ']]><!--',
  '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;',
  `'"<>&amp;&#60;&lt;`,
  '</ValidateClient></soap:Body><soap:Body><GetClientDetails>',
  'x'.repeat(100),
  'ünï©ødé ✓ 🦘 \u202e',
]

let proxy: SoapProxy
let stack: Awaited<ReturnType<typeof startStackBehindProxy>>

beforeAll(async () => {
  stack = await startStackBehindProxy()
  proxy = stack.proxy
})
afterAll(async () => {
  await stack.close()
})

/** The one recorded request of `operation` whose parameter `name` is `value`. */
function requestCarrying(operation: string, name: string, value: string) {
  const matches = proxy
    .requests(operation)
    .map((r) => soapParameters(soapOperation(r.body)))
    .filter((parameters) => parameters.some(([n, v]) => n === name && v === value))
  expect(matches.length, `${operation} with ${name} = ${JSON.stringify(value)}`).toBe(1)
  return matches[0] as Array<[string, string]>
}

describe('a username or password written to break the SOAP request', () => {
  it.each(HOSTILE)(
    'someone signing in as %j reaches VETtrak as one sUsername text',
    async (value) => {
      proxy.clear()
      const password = `]]><!--${value}`.slice(0, 100)
      const response = await stack.agent().signIn(value, password)
      expect(response.status).toBe(401)
      expectDocumentedAnswer(response, 'sign-in')
      const parameters = requestCarrying('ValidateClient', 'sUsername', value.trim())
      expect(parameters).toEqual([
        ['sUsername', value.trim()],
        ['sPassword', password],
      ])
    },
  )

  // The SOAP library writes a string that starts with `<![CDATA[` and ends with `]]>` into the
  // request as it is, unescaped: such a value could add elements of its own.
  it.each([
    ['username', '<![CDATA[]]></sUsername><sUsername>demo.staff</sUsername><x><![CDATA[]]>', 'x'],
    ['password', 'demo.learner', '<![CDATA[]]></sPassword><sPassword>x</sPassword><x><![CDATA[]]>'],
    ['username', '<![CDATA[x]]>', 'x'],
  ])(
    'a %s shaped as a CDATA section is refused before it reaches VETtrak',
    async (_, username, password) => {
      proxy.clear()
      const response = await stack.agent().signIn(username, password)
      expect(response.status).toBe(400)
      expect(response.json).toMatchObject({ error: { code: 'VALIDATION_FAILED' } })
      expect(proxy.requests('ValidateClient')).toEqual([])
    },
  )

  it('the longest username and password the contract allows travel whole, and escaped', async () => {
    proxy.clear()
    const username = '<&>'.repeat(33) + 'x'
    const password = ']]>'.repeat(33) + '<'
    expect((await stack.agent().signIn(username, password)).status).toBe(401)
    expect(requestCarrying('ValidateClient', 'sUsername', username)).toEqual([
      ['sUsername', username],
      ['sPassword', password],
    ])
  })
})

describe('a staff member searching by a hostile email address', () => {
  it.each([
    `a<b>&'"@x]]>`,
    '</emailAddress><token>x</token>@example.com',
    `o'brien@example.com.au`,
    '<!--@-->',
  ])('the search %j reaches GetClientByEmail as one emailAddress text', async (q) => {
    const staff = await signedIn(stack, 'staff')
    proxy.clear()
    const response = await staff.get(`/api/staff/clients?q=${encodeURIComponent(q)}`)
    expect(response.status).toBe(200)
    expect(response.json).toEqual({ items: [], truncated: false })
    const parameters = requestCarrying('GetClientByEmail', 'emailAddress', q)
    expect(parameters.map(([name]) => name)).toEqual(['token', 'emailAddress'])
  })
})

describe('a staff member searching by an email shaped as a CDATA section', () => {
  it('is refused before it reaches VETtrak', async () => {
    const staff = await signedIn(stack, 'staff')
    proxy.clear()
    const q = '<![CDATA[</emailAddress><token>x</token>@x]]>'
    const response = await staff.get(`/api/staff/clients?q=${encodeURIComponent(q)}`)
    expect(response.status).toBe(400)
    expect(proxy.requests('GetClientByEmail')).toEqual([])
  })
})

describe('hostile dates and employer ids', () => {
  it('a learner’s invoice dates that are not dates never reach VETtrak', async () => {
    const learner = await signedIn(stack, 'learner')
    proxy.clear()
    for (const date of ['2026-01-01</endDate><x>', ']]>', '2026-01-01T00:00:00', '2026-02-30'])
      for (const key of ['from', 'to']) {
        const response = await learner.get(`/api/me/invoices?${key}=${encodeURIComponent(date)}`)
        expect(response.status).toBe(400)
        expectDocumentedAnswer(response, `invoices ${key}=${date}`)
      }
    expect(proxy.requests().filter((r) => r.body.includes('</endDate><x>'))).toEqual([])
    expect(proxy.requests('GetInvoicesForClient')).toEqual([])
  })

  it('an employer contact’s invoice dates reach VETtrak as plain date-times', async () => {
    const employer = await signedIn(stack, 'employer')
    proxy.clear()
    const response = await employer.get('/api/employer/invoices?from=2026-01-01&to=2026-12-31')
    expect(response.status).toBe(200)
    const [request] = proxy.requests().filter((r) => r.body.includes('2026-12-31'))
    const parameters = soapParameters(soapOperation(request?.body ?? ''))
    expect(parameters).toContainEqual(['startDate', '2026-01-01T00:00:00'])
    expect(parameters).toContainEqual(['endDate', '2026-12-31T23:59:59'])
  })

  it('an employer id with markup in it is refused before any VETtrak call', async () => {
    const employer = await signedIn(stack, 'employer')
    proxy.clear()
    const response = await employer.get(
      `/api/employer/trainees?employerId=${encodeURIComponent('1001</employerIdentifier>')}`,
    )
    expect(response.status).toBe(400)
    expect(proxy.requests()).toEqual([])
  })
})

describe('changing a password to one full of markup', () => {
  it('a learner’s hostile current password reaches ValidateClient escaped and is simply wrong', async () => {
    const learner = await signedIn(stack, 'learner')
    proxy.clear()
    const current = '</sPassword><sUsername>demo.staff</sUsername>'
    const response = await learner.put('/api/me/password', {
      currentPassword: current,
      newPassword: 'Another!2027',
    })
    expect(response.status).toBe(400)
    expect(response.json).toMatchObject({
      error: { fields: { currentPassword: [expect.any(String)] } },
    })
    expect(requestCarrying('ValidateClient', 'sPassword', current)).toEqual([
      ['sUsername', 'demo.learner'],
      ['sPassword', current],
    ])
    expect(proxy.requests('UpdateClientUsernamePassword')).toEqual([])
  })

  it('a new password shaped as a CDATA section is refused and nothing is changed', async () => {
    const learner = await signedIn(stack, 'learner')
    proxy.clear()
    const response = await learner.put('/api/me/password', {
      currentPassword: 'Learner!2026',
      newPassword: '<![CDATA[Aa1!]]></sPassword><x><![CDATA[]]>',
    })
    expect(response.status).toBe(400)
    expect(proxy.requests('UpdateClientUsernamePassword')).toEqual([])
    expect(proxy.requests('ValidateClient')).toEqual([])
  })

  it('the employee’s new password `]]><!--Aa1` is stored as written and signs them in', async () => {
    const employee = await signedIn(stack, 'employee')
    proxy.clear()
    const newPassword = `]]><!--Aa1&'"</sPassword>`
    const response = await employee.put('/api/me/password', {
      currentPassword: 'Employee!2026',
      newPassword,
    })
    expect(response.status, response.text).toBe(204)
    const [update] = proxy.requests('UpdateClientUsernamePassword')
    const parameters = soapParameters(soapOperation(update?.body ?? ''))
    expect(parameters.filter(([, value]) => value === newPassword)).toHaveLength(1)
    const again = await stack.agent().signIn('demo.employee', newPassword)
    expect(again.status).toBe(201)
    expect(SessionSchema.parse(again.json).user.clientCode).toBe(DEMO.clients.employee)
  })
})
