/**
 * Shared pieces of the hostile tests: signed-in agents per kind of user, a raw HTTP request that
 * sends a path exactly as written (fetch would resolve `..` and `%2e%2e` before sending), the check
 * that an answer is a documented error, and a strict little XML reader for SOAP bodies.
 */
import http from 'node:http'
import { ErrorBodySchema, errorStatus } from '@vettrak-portal/contracts'
import { expect } from 'vitest'
import type { Agent, Stack } from '../harness.ts'

export type Persona = 'learner' | 'employee' | 'employer' | 'staff' | 'bigEmployer'

export const CREDENTIALS: Record<Persona, readonly [string, string]> = {
  learner: ['demo.learner', 'Learner!2026'],
  employee: ['demo.employee', 'Employee!2026'],
  employer: ['demo.employer', 'Employer!2026'],
  staff: ['demo.staff', 'Staff!2026'],
  bigEmployer: ['demo.bigemployer', 'BigEmployer!2026'],
}

/** An agent signed in as `persona`; the employer contact has Acme (1001) active. */
export async function signedIn(stack: Stack, persona: Persona): Promise<Agent> {
  const agent = stack.agent()
  const [username, password] = CREDENTIALS[persona]
  const response = await agent.signIn(username, password)
  expect(response.status, `${persona} signs in: ${response.text}`).toBe(201)
  if (persona === 'employer') {
    const chosen = await agent.put('/api/session/employer', { employerId: '1001' })
    expect(chosen.status).toBe(200)
  }
  return agent
}

export interface RawResponse {
  status: number
  text: string
  json: unknown
  headers: http.IncomingHttpHeaders
}

/** Sends `path` byte for byte (no normalisation), with the agent's cookies unless told otherwise. */
export function rawRequest(
  baseUrl: string,
  method: string,
  path: string,
  init: { cookie?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  const headers: Record<string, string> = { ...init.headers }
  if (init.cookie) headers.cookie = init.cookie
  if (method !== 'GET' && method !== 'HEAD') {
    headers.origin ??= baseUrl
    headers['sec-fetch-site'] ??= 'same-origin'
  }
  if (init.body !== undefined) {
    headers['content-type'] ??= 'application/json'
    headers['content-length'] = String(Buffer.byteLength(init.body))
  }
  return new Promise((resolve, reject) => {
    const request = http.request(
      { host: url.hostname, port: url.port, method, path, headers },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('error', reject)
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8')
          let json: unknown
          if (String(response.headers['content-type']).includes('json') && text)
            json = JSON.parse(text)
          resolve({ status: response.statusCode ?? 0, text, json, headers: response.headers })
        })
      },
    )
    request.on('error', reject)
    request.end(init.body)
  })
}

/** The `Cookie` header an agent would send. */
export const cookieOf = (agent: Agent) =>
  [...agent.cookies].map(([name, value]) => `${name}=${value}`).join('; ')

/** What a stack trace, a file path or VETtrak's own wording looks like in a body. */
const LEAKS = /\bat [\w.<>]+ \(|node:internal|\.ts:\d+|\/work\/|soap:|Envelope|TypeError|ZodError/

/**
 * The answer is either `allowedSuccess` or a documented error: `{ error: { code, message } }` with
 * a code of the contracts and the status that code has, and nothing that looks like a stack trace.
 */
export function expectDocumentedAnswer(
  response: { status: number; text: string; json: unknown },
  context: string,
  options: { successes?: readonly number[]; noServerErrors?: boolean } = {},
) {
  const { successes = [200, 201, 204], noServerErrors = true } = options
  const where = `${context} → ${response.status} ${response.text.slice(0, 300)}`
  expect(response.text, where).not.toMatch(LEAKS)
  if (successes.includes(response.status)) return
  if (noServerErrors) expect(response.status, where).toBeLessThan(500)
  const error = ErrorBodySchema.safeParse(response.json)
  expect(error.success, `the documented error shape: ${where}`).toBe(true)
  if (error.success) expect(response.status, where).toBe(errorStatus[error.data.error.code])
}

export interface XmlElement {
  name: string
  attributes: Record<string, string>
  children: Array<XmlElement | string>
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" }

function unescapeText(text: string): string {
  return text.replace(/&([^;]*);/g, (whole, entity: string) => {
    if (entity in ENTITIES) return ENTITIES[entity] as string
    const code = /^#x([0-9a-f]+)$/i.exec(entity)?.[1] ?? /^#(\d+)$/.exec(entity)?.[1]
    if (code === undefined) throw new Error(`unknown entity ${whole}`)
    return String.fromCodePoint(Number.parseInt(code, entity.startsWith('#x') ? 16 : 10))
  })
}

/**
 * Reads well-formed XML of the kind a SOAP client writes: elements, attributes, text, one XML
 * declaration. Anything else (a comment, CDATA, a raw `<` or `&` in text, a stray end tag) is
 * refused, so a value that escaped its text node shows up as a parse error or an extra element.
 */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: {}, children: [] }
  const open: XmlElement[] = [root]
  const token =
    /<\?xml[^>]*\?>|<\/([\w:.-]+)\s*>|<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>|([^<]+)/gy
  let index = 0
  while (index < xml.length) {
    token.lastIndex = index
    const match = token.exec(xml)
    if (!match) throw new Error(`not well-formed at ${index}: ${xml.slice(index, index + 40)}`)
    index = token.lastIndex
    const [whole, closing, opening, attributes = '', selfClosing, text] = match
    const current = open[open.length - 1] as XmlElement
    if (whole.startsWith('<?xml')) continue
    if (text !== undefined) {
      if (/&(?!(lt|gt|amp|quot|apos|#\d+|#x[0-9a-f]+);)/i.test(text))
        throw new Error(`a raw & in text: ${text}`)
      current.children.push(unescapeText(text))
    } else if (closing !== undefined) {
      if (current.name !== closing) throw new Error(`</${closing}> closes <${current.name}>`)
      open.pop()
    } else if (opening !== undefined) {
      const element: XmlElement = { name: opening, attributes: {}, children: [] }
      for (const [, name = '', value = ''] of attributes.matchAll(/([\w:.-]+)="([^"]*)"/g))
        element.attributes[name] = unescapeText(value)
      current.children.push(element)
      if (!selfClosing) open.push(element)
    }
  }
  if (open.length !== 1) throw new Error(`<${open[open.length - 1]?.name}> is never closed`)
  return root
}

const elements = (node: XmlElement) =>
  node.children.filter((child): child is XmlElement => typeof child !== 'string')

/** The operation element inside `soap:Envelope/soap:Body`, checking the envelope's shape. */
export function soapOperation(xml: string): XmlElement {
  const document = parseXml(xml)
  const [envelope, ...more] = elements(document)
  expect(more).toEqual([])
  expect(envelope?.name).toBe('soap:Envelope')
  const [body, ...afterBody] = elements(envelope as XmlElement)
  expect(afterBody).toEqual([])
  expect(body?.name).toBe('soap:Body')
  const [operation, ...others] = elements(body as XmlElement)
  expect(others).toEqual([])
  return operation as XmlElement
}

/** The operation's parameters, each checked to be one element holding one text node (or none). */
export function soapParameters(operation: XmlElement): Array<[string, string]> {
  return operation.children.map((child) => {
    if (typeof child === 'string') throw new Error(`text directly in <${operation.name}>: ${child}`)
    expect(elements(child), `<${child.name}> holds no elements`).toEqual([])
    expect(child.children.length, `<${child.name}> holds at most one text node`).toBeLessThan(2)
    return [child.name, (child.children[0] as string | undefined) ?? '']
  })
}
