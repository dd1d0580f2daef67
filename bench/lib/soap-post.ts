/**
 * @module
 * A bare SOAP 1.1 POST over a keep-alive agent: the cheapest possible client, so that a figure
 * measures the server and not the caller.
 */
import http from 'node:http'
import { VT_NAMESPACE, escapeXml, soapAction, unescapeXml } from '@vettrak-portal/vettrak-api'

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 })

/** The envelope of a call whose arguments are all simple values, in the given order. */
export function envelope(operation: string, args: Record<string, string | number>): string {
  const body = Object.entries(args)
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('')
  return (
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
    `<soap:Body><${operation} xmlns="${VT_NAMESPACE}">${body}</${operation}></soap:Body></soap:Envelope>`
  )
}

/** POSTs a SOAP 1.1 request and resolves with the response text. */
export function soapPost(endpoint: string, operation: string, xml: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      endpoint,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          soapaction: `"${soapAction(operation)}"`,
          'content-length': Buffer.byteLength(xml),
        },
      },
      (response) => {
        const chunks: Buffer[] = []
        response.on('data', (chunk: Buffer) => chunks.push(chunk))
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
        response.on('error', reject)
      },
    )
    request.on('error', reject)
    request.end(xml)
  })
}

/** Signs in with ValidateClient and returns the (XML-decoded) token. */
export async function signIn(endpoint: string, username: string, password: string) {
  const xml = await soapPost(
    endpoint,
    'ValidateClient',
    envelope('ValidateClient', { sUsername: username, sPassword: password }),
  )
  const match = /<Token>([^<]*)<\/Token>/.exec(xml)
  if (!match?.[1]) throw new Error(`sign-in failed for ${username}`)
  return unescapeXml(match[1])
}

/** Frees the keep-alive sockets so the process can exit. */
export const closeAgent = () => agent.destroy()
