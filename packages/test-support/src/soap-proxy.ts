/**
 * A real HTTP proxy on 127.0.0.1 in front of the simulator (or any SOAP server). It keeps every
 * SOAP request body it forwards, so a test can read exactly what VETtrak would have received or
 * count the calls per operation (how many sign-ins reached it), and it can rewrite VETtrak's
 * answers per operation, so the real BFF meets a real-shaped VETtrak that answers sparsely or
 * oddly: members left out, nil, mistyped, renamed, or a SOAP fault for an operation it does not
 * have. `retarget` points it at another server: a VETtrak that restarted, with no tokens and no
 * stale connections.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  /** The SOAPAction's operation name, e.g. `ValidateClient`. */
  operation: string
  body: string
}

/** The answer to send instead: a new body, and optionally another HTTP status. */
export type Rewrite = (xml: string) => string | { status: number; body: string }

export type SoapProxy = Awaited<ReturnType<typeof startSoapProxy>>

/** An ASMX SOAP 1.1 fault, as for an operation the server does not have. */
export const unknownOperationFault = (operation: string) => ({
  status: 500,
  body:
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
    '<soap:Body><soap:Fault><faultcode>soap:Client</faultcode>' +
    `<faultstring>Server did not recognize the value of HTTP Header SOAPAction: http://www.ozsoft.com.au/VETtrak/api/complete/${operation}.</faultstring>` +
    '</soap:Fault></soap:Body></soap:Envelope>',
})

/** ASMX's answer when an operation throws: a passing fault, neither retried nor a sign of an outage. */
export const serverFault = () => ({
  status: 500,
  body:
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/">' +
    '<soap:Body><soap:Fault><faultcode>soap:Server</faultcode>' +
    '<faultstring>Server was unable to process request. ---&gt; Timeout expired.</faultstring>' +
    '</soap:Fault></soap:Body></soap:Envelope>',
})

/** Leaves every element named `name` (with its content, or self-closed) out of `xml`. */
export const withoutElement = (xml: string, name: string) =>
  xml.replace(
    new RegExp(`<${name}(?:\\s[^>]*)?/>|<${name}(?:\\s[^>]*)?>[\\s\\S]*?</${name}>`, 'g'),
    '',
  )

/** Sends `answer` to `res` as `rewrite` changes it. */
function sendRewritten(answer: http.IncomingMessage, res: http.ServerResponse, rewrite: Rewrite) {
  const parts: Buffer[] = []
  answer.on('data', (chunk: Buffer) => parts.push(chunk))
  answer.on('end', () => {
    const replaced = rewrite(Buffer.concat(parts).toString('utf8'))
    const { status, body } =
      typeof replaced === 'string' ? { status: answer.statusCode ?? 502, body: replaced } : replaced
    res.writeHead(status, {
      'content-type': answer.headers['content-type'] ?? 'text/xml; charset=utf-8',
      'content-length': Buffer.byteLength(body),
    })
    res.end(body)
  })
}

/**
 * Starts the proxy, forwarding to `target` (`http://127.0.0.1:PORT`) or, without one, to the
 * server `retarget` names later (until then it answers 502).
 */
export async function startSoapProxy(target?: string) {
  const recorded: RecordedRequest[] = []
  const rewrites = new Map<string, Rewrite>()
  const sockets = new Set<Socket>()
  let upstream = target === undefined ? undefined : new URL(target)
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const action = req.headers.soapaction
      const operation =
        typeof action === 'string' ? (action.replace(/"/g, '').split('/').pop() ?? '') : undefined
      if (operation !== undefined) recorded.push({ operation, body: body.toString('utf8') })
      if (!upstream) {
        res.writeHead(502).end()
        return
      }
      const rewrite = operation === undefined ? undefined : rewrites.get(operation)
      const forward = http.request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: req.headers,
          agent,
        },
        (answer) => {
          if (rewrite) return sendRewritten(answer, res, rewrite)
          res.writeHead(answer.statusCode ?? 502, answer.headers)
          answer.pipe(res)
        },
      )
      forward.on('error', () => res.destroy())
      forward.end(body)
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const requests = (operation?: string) =>
    recorded.filter((r) => operation === undefined || r.operation === operation)
  return {
    url,
    wsdlUrl: `${url}/VT_API.asmx?WSDL`,
    /** Sends everything to `next` (`http://127.0.0.1:PORT`) from now on. */
    retarget(next: string) {
      upstream = new URL(next)
    },
    /** The requests recorded so far (to `operation`, or all), oldest first. */
    requests,
    /** How many requests to `operation` reached the proxy so far. */
    count: (operation: string) => requests(operation).length,
    /** Rewrites the answers to `operation` from now on. */
    rewrite(operation: string, rewrite: Rewrite) {
      rewrites.set(operation, rewrite)
    },
    /** Forgets what was recorded and passes every answer through unchanged again. */
    clear() {
      recorded.length = 0
      rewrites.clear()
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
