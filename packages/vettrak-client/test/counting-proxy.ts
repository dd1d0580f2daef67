/**
 * @module
 * A real HTTP proxy in front of the simulator that counts SOAP requests by operation, so a test
 * can see what reached the server (e.g. how many sign-ins). `retarget` points it at another server
 * (as a VETtrak that restarted, with no tokens and no stale connections).
 */
import http from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

export type CountingProxy = Awaited<ReturnType<typeof startCountingProxy>>

/** Starts a proxy on 127.0.0.1 forwarding everything to `target` (`http://host:port`). */
export async function startCountingProxy(target: string) {
  const counts = new Map<string, number>()
  const sockets = new Set<Socket>()
  let upstream = new URL(target)
  const agent = new http.Agent({ keepAlive: true })
  const server = http.createServer((req, res) => {
    const action = req.headers.soapaction
    if (typeof action === 'string') {
      const operation = action.replace(/"/g, '').split('/').pop() ?? ''
      counts.set(operation, (counts.get(operation) ?? 0) + 1)
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
    req.pipe(forward)
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  return {
    url,
    wsdlUrl: `${url}/VT_API.asmx?WSDL`,
    count: (operation: string) => counts.get(operation) ?? 0,
    /** Sends the next requests to `next` instead. */
    retarget: (next: string) => {
      upstream = new URL(next)
    },
    async close() {
      for (const socket of sockets) socket.destroy()
      agent.destroy()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
