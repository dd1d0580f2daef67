/**
 * @module
 * A tiny real VETtrak stand-in for tests: it serves the generated WSDL and answers each SOAP POST
 * with whatever the test's handler returns (usually a recorded envelope from `recorded/`).
 */
import { readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { generateWsdl } from '@vettrak-portal/vettrak-api'

/** One SOAP request as the server saw it. */
export interface SeenRequest {
  operation: string
  soapAction: string | undefined
  contentType: string | undefined
  body: string
}

/** What to do with a request. */
export type Reply =
  | { status?: number; body: string; contentType?: string }
  | 'reset'
  | 'hang'
  | { truncateAfter: number; body: string }

/** Chooses the reply to one request. */
export type Handler = (request: SeenRequest) => Reply

/** A recorded envelope from `test/recorded/`, with `{{NAME}}` placeholders filled. */
export function recorded(name: string, values: Record<string, string> = {}): string {
  const text = readFileSync(new URL(`./recorded/${name}`, import.meta.url), 'utf8')
  return text.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? '')
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startRecordedServer(handler: Handler) {
  const requests: SeenRequest[] = []
  const sockets = new Set<Socket>()
  let current = handler
  let wsdlFetches = 0
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      if (req.method === 'GET') {
        wsdlFetches += 1
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
        res.end(generateWsdl(`${url}/VT_API.asmx`))
        return
      }
      const body = Buffer.concat(chunks).toString('utf8')
      const soapAction = req.headers.soapaction as string | undefined
      const operation = /<(?:\w+:)?(\w+)[\s>]/.exec(
        body.split(/<(?:\w+:)?Body[^>]*>/)[1] ?? '',
      )?.[1]
      const seen = {
        operation: operation ?? '',
        soapAction,
        contentType: req.headers['content-type'],
        body,
      }
      requests.push(seen)
      const reply = current(seen)
      if (reply === 'hang') return
      if (reply === 'reset') {
        req.socket.destroy()
        return
      }
      if ('truncateAfter' in reply) {
        res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' })
        res.write(reply.body.slice(0, reply.truncateAfter))
        req.socket.destroy()
        return
      }
      res.writeHead(reply.status ?? 200, {
        'content-type': reply.contentType ?? 'text/xml; charset=utf-8',
      })
      res.end(reply.body)
    })
  })
  let connections = 0
  server.on('connection', (socket) => {
    connections += 1
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    wsdlUrl: `${url}/VT_API.asmx?WSDL`,
    requests,
    /** WSDL downloads so far. */
    wsdlFetches: () => wsdlFetches,
    /** TCP connections accepted so far. */
    connections: () => connections,
    setHandler(next: Handler) {
      current = next
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** A SOAP 1.1 envelope around `body`, as ASMX writes it. */
export function envelope(body: string): string {
  return (
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">' +
    `<soap:Body>${body}</soap:Body></soap:Envelope>`
  )
}
