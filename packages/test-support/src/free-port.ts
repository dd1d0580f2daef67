import { createServer, type AddressInfo } from 'node:net'

/**
 * A free loopback port, found by binding port 0 and letting it go (for a server that must know its
 * address before it starts, or that another process will bind).
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo
      probe.close(() => resolve(port))
    })
  })
}
