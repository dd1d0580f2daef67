/**
 * A floor for any Node BFF on this machine: node:http in, one node:http POST of a fixed SOAP
 * envelope out over a keep-alive agent, and a small JSON answer back; no session, no parsing, no
 * framework. `node minimal-proxy.mjs <port> <endpoint> <SOAPAction> <envelope, base64>`; prints
 * "ready" once it listens on 127.0.0.1.
 */
import http from 'node:http'

const [port, endpoint, soapAction, envelope64] = process.argv.slice(2)
const envelope = Buffer.from(envelope64 ?? '', 'base64')
const target = new URL(endpoint ?? '')
const agent = new http.Agent({ keepAlive: true })

http
  .createServer((_, response) => {
    const request = http.request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        agent,
        headers: {
          'content-type': 'text/xml; charset=utf-8',
          soapaction: soapAction,
          'content-length': envelope.length,
        },
      },
      (answer) => {
        let length = 0
        answer.on('data', (chunk) => (length += chunk.length))
        answer.on('end', () => {
          const body = JSON.stringify({ status: answer.statusCode, length })
          response.writeHead(200, { 'content-type': 'application/json' }).end(body)
        })
      },
    )
    request.on('error', () => response.writeHead(502).end())
    request.end(envelope)
  })
  .listen(Number(port), '127.0.0.1', () => console.log('ready'))
