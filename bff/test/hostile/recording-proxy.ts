/**
 * A real HTTP proxy on 127.0.0.1 in front of the simulator that keeps every SOAP request body it
 * forwards, so a test can read exactly what VETtrak would have received.
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export interface RecordedRequest {
  /** The SOAPAction's operation name, e.g. `ValidateClient`. */
  operation: string
  body: string
}

export type RecordingProxy = Awaited<ReturnType<typeof startRecordingProxy>>

/** Starts the proxy; it forwards to `retarget`'s server (none until then: 502). */
export async function startRecordingProxy() {
  const recorded: RecordedRequest[] = []
  const sockets = new Set<Socket>()
  let upstream: URL | undefined
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = Buffer.concat(chunks)
      const action = req.headers.soapaction
      if (typeof action === 'string')
        recorded.push({
          operation: action.replace(/"/g, '').split('/').pop() ?? '',
          body: body.toString('utf8'),
        })
      if (!upstream) {
        res.writeHead(502).end()
        return
      }
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
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    wsdlUrl: `${url}/VT_API.asmx?WSDL`,
    /** Sends everything to `target` (`http://127.0.0.1:PORT`) from now on. */
    retarget(target: string) {
      upstream = new URL(target)
    },
    /** The requests recorded so far, oldest first. */
    requests: (operation?: string) =>
      recorded.filter((r) => operation === undefined || r.operation === operation),
    clear() {
      recorded.length = 0
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
