import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { nodeHttpRequest } from './node-http-request.ts'

const XML = '<soap:Envelope><soap:Body><Réponse>ok</Réponse></soap:Body></soap:Envelope>'
const agent = new http.Agent({ keepAlive: true })
let server: http.Server
let url: string
const received: Array<{ method: string; body: string; soapAction: string | undefined }> = []

beforeAll(async () => {
  server = http.createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      received.push({
        method: request.method ?? '',
        body,
        soapAction: request.headers.soapaction as string | undefined,
      })
      switch (request.url) {
        case '/gzip':
          response.writeHead(200, { 'content-encoding': 'gzip' }).end(gzipSync(XML))
          return
        case '/error':
          response.writeHead(500, { 'content-type': 'text/html' }).end('<html>oops</html>')
          return
        case '/cut':
          // Promises more than it sends, then drops the connection.
          response.writeHead(200, { 'content-length': '1000' })
          response.write(XML.slice(0, 20), () => request.socket.destroy())
          return
        default:
          response.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' }).end(XML)
      }
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  agent.destroy()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const post = (path: string, signal?: AbortSignal) =>
  nodeHttpRequest({
    url: url + path,
    method: 'POST',
    headers: { SOAPAction: '"urn:x"', 'Content-Type': 'text/xml; charset=utf-8' },
    data: '<x>é</x>',
    signal,
    httpAgent: agent,
  })

describe('the HTTP exchange under soap', () => {
  it('sends the body and headers soap built, and answers with the text, status and headers', async () => {
    const answer = await post('/')
    expect(answer.status).toBe(200)
    expect(answer.data).toBe(XML)
    expect(answer.headers['content-type']).toBe('text/xml; charset=utf-8')
    expect(received.at(-1)).toEqual({ method: 'POST', body: '<x>é</x>', soapAction: '"urn:x"' })
  })

  it('reads a gzipped answer as text', async () => {
    expect((await post('/gzip')).data).toBe(XML)
  })

  it('answers an HTTP error status rather than rejecting, as soap asks of axios', async () => {
    const answer = await post('/error')
    expect(answer.status).toBe(500)
    expect(answer.data).toBe('<html>oops</html>')
  })

  it('rejects an answer cut short, and a refused connection, with a code', async () => {
    await expect(post('/cut')).rejects.toMatchObject({ code: expect.any(String) as string })
    const closed = http.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    await expect(
      nodeHttpRequest({ url: `http://127.0.0.1:${port}/`, method: 'GET', headers: {} }),
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })

  it('rejects when aborted', async () => {
    await expect(post('/', AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' })
  })
})
