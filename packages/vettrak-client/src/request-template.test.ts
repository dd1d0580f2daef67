/**
 * Requests written from templates must be, byte for byte, what soap's own call path sends: the same
 * envelope (elements, order, namespaces, escaping) and the same HTTP headers (SOAPAction included),
 * for every operation, with values that need escaping, CDATA-shaped text, numbers, booleans, nulls
 * and left-out arguments, and again with other values for the same shape.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  generateWsdl,
  operations,
  type OperationName,
  type OperationSpec,
  type ScalarType,
} from '@vettrak-portal/vettrak-api'
import { HttpClient, createClientAsync } from 'soap'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeHttpRequest } from './node-http-request.ts'
import { createSoapTransport, type SoapTransport } from './soap-transport.ts'
import { guardTextValues } from './xml-text-guard.ts'

interface Seen {
  rawHeaders: string[]
  body: string
}

/** Values for each round: the first two share every shape, the third leaves nullable ones out. */
const VALUES: Record<ScalarType, unknown[]> = {
  string: [`a&b<c>"d'e\tf\r\ng ü 𝄞 ]]> &amp;`, '<![CDATA[</sToken><x>]]>', ''],
  int: [42, 0, -7],
  decimal: [12.5, 0, 1234567.891],
  dateTime: ['2026-12-06T10:00:00', '2020-01-01T00:00:00+10:00', '1999-12-31T23:59:59'],
  boolean: [true, false, true],
  'int?': [null, null, undefined],
  'dateTime?': ['2026-12-06T00:00:00', '2026-01-01T00:00:00', undefined],
  'boolean?': [false, true, undefined],
}

let server: http.Server
let seen: Seen[] = []
let endpoint = ''
let transport: SoapTransport
let soapPort: Record<string, (args: unknown, cb: (error: unknown) => void, options: object) => void>
const agent = new http.Agent({ keepAlive: true })

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.method === 'GET') {
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
        res.end(generateWsdl(endpoint))
        return
      }
      seen.push({ rawHeaders: req.rawHeaders, body: Buffer.concat(chunks).toString('utf8') })
      res.writeHead(500, { 'content-type': 'text/html' })
      res.end('<html>not VETtrak</html>')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/VT_API.asmx`
  transport = createSoapTransport({ wsdl: `${endpoint}?WSDL`, endpoint, timeoutMs: 5_000 })
  await transport.ready()
  // soap's own call path, over the same HTTP exchange the transport uses.
  const reference = await createClientAsync(`${endpoint}?WSDL`, {
    endpoint,
    disableCache: true,
    httpClient: new HttpClient({ request: nodeHttpRequest as never }),
  })
  soapPort = (reference as unknown as Record<string, Record<string, typeof soapPort>>).VT_API
    ?.VT_APISoap as typeof soapPort
})

afterAll(async () => {
  transport.close()
  agent.destroy()
  await new Promise((resolve) => server.close(resolve))
})

/** What arrives when `send` makes one request. */
async function sent(send: () => Promise<unknown>): Promise<Seen> {
  seen = []
  await send().catch(() => undefined)
  expect(seen).toHaveLength(1)
  return seen[0] as Seen
}

describe('requests from templates', () => {
  const names = Object.keys(operations) as OperationName[]
  it.each(names)('%s is sent exactly as soap sends it', async (operation) => {
    const spec = operations[operation] as OperationSpec
    for (let round = 0; round < 3; round++) {
      const args = Object.fromEntries(
        Object.entries(spec.request).map(([name, type]) => [name, VALUES[type][round]]),
      )
      const ours = await sent(() => transport.call(operation, args))
      const soaps = await sent(
        () =>
          new Promise((resolve) =>
            soapPort[operation]?.(guardTextValues(args), resolve, { httpAgent: agent }),
          ),
      )
      expect(ours.body).toBe(soaps.body)
      expect(ours.rawHeaders).toEqual(soaps.rawHeaders)
    }
  })

  it('fills in values as text, not markup', async () => {
    const ours = await sent(() =>
      transport.call('GetClientDetails', { sToken: '</sToken><sClie_Code>x', sClie_Code: 'a&b' }),
    )
    expect(ours.body).toContain(
      '<sToken>&lt;/sToken&gt;&lt;sClie_Code&gt;x</sToken><sClie_Code>a&amp;b</sClie_Code>',
    )
  })
})
