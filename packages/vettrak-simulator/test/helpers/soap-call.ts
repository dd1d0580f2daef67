/**
 * @module
 * A minimal raw SOAP caller for tests: writes the envelope by hand (as a careful client would), posts
 * it, and reads the `<Op>Result` back as plain strings, so the tests see exactly what is on the wire.
 */
import {
  escapeXml,
  soapAction,
  VT_NAMESPACE,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import { XMLParser } from 'fast-xml-parser'

export type Args = Record<string, string | number | boolean | null>

/** The request envelope for `operation` with `args` in the given order. */
export function requestXml(operation: string, args: Args, version: '1.1' | '1.2' = '1.1'): string {
  const ns =
    version === '1.1'
      ? 'http://schemas.xmlsoap.org/soap/envelope/'
      : 'http://www.w3.org/2003/05/soap-envelope'
  const children = Object.entries(args)
    .map(([name, value]) =>
      value === null
        ? `<${name} xsi:nil="true" />`
        : `<${name}>${escapeXml(String(value))}</${name}>`,
    )
    .join('')
  return `<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="${ns}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><soap:Body><${operation} xmlns="${VT_NAMESPACE}">${children}</${operation}></soap:Body></soap:Envelope>`
}

export interface RawAnswer {
  status: number
  contentType: string
  text: string
}

/** Posts a raw body to the endpoint. */
export async function post(
  endpoint: string,
  body: string,
  headers: Record<string, string>,
): Promise<RawAnswer> {
  const response = await fetch(endpoint, { method: 'POST', body, headers })
  return {
    status: response.status,
    contentType: response.headers.get('content-type') ?? '',
    text: await response.text(),
  }
}

/** Calls an operation over SOAP 1.1 (or 1.2) and returns the raw answer. */
export function callRaw(
  endpoint: string,
  operation: OperationName,
  args: Args,
  version: '1.1' | '1.2' = '1.1',
) {
  const headers: Record<string, string> =
    version === '1.1'
      ? { 'Content-Type': 'text/xml; charset=utf-8', SOAPAction: `"${soapAction(operation)}"` }
      : { 'Content-Type': `application/soap+xml; charset=utf-8; action="${soapAction(operation)}"` }
  return post(endpoint, requestXml(operation, args, version), headers)
}

const parser = new XMLParser({
  removeNSPrefix: true,
  parseTagValue: false,
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, path) =>
    /^Envelope\.Body\.\w+Response\.\w+Result\.\w+List\.\w+$/.test(String(path)),
})

export type Tree = Record<string, unknown>

/** Parses a response body into its `<Op>Result` (strings as sent; list items always arrays). */
export function resultOf(text: string): Tree {
  const doc = parser.parse(text) as { Envelope: { Body: Record<string, Record<string, Tree>> } }
  const [response] = Object.values(doc.Envelope.Body)
  const [result] = Object.values(response ?? {})
  if (result === undefined) throw new Error(`no result in ${text}`)
  return result
}

/** Calls an operation and returns its parsed `<Op>Result`. */
export async function call(endpoint: string, operation: OperationName, args: Args): Promise<Tree> {
  const answer = await callRaw(endpoint, operation, args)
  if (answer.status !== 200) throw new Error(`HTTP ${answer.status}: ${answer.text}`)
  return resultOf(answer.text)
}

/** The `Auth` block of a wrapped result, or the bare result itself. */
export function authOf(result: Tree): Tree {
  return (result.Auth as Tree | undefined) ?? result
}

/** Signs in and returns the token. */
export async function login(endpoint: string, username: string, password: string): Promise<string> {
  const result = await call(endpoint, 'ValidateClient', {
    sUsername: username,
    sPassword: password,
  })
  if (result.Status !== '1')
    throw new Error(`login of ${username} failed: ${JSON.stringify(result)}`)
  return String(result.Token)
}

/** The items of a list payload (empty when the wrapper is empty). */
export function items(result: Tree, list: string): Tree[] {
  const wrapper = result[list]
  if (wrapper === '' || wrapper === undefined) return []
  const [entries] = Object.values(wrapper as Tree)
  return (entries ?? []) as Tree[]
}
