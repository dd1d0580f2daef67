/**
 * The BFF behind a real TLS-terminating reverse proxy (Caddy) that forwards its upstream's host,
 * the way nginx does by default: the cookie must still be `Secure` and `__Host-`, and the throttle
 * must tell the proxy's clients apart by the address the proxy saw.
 */
import { freePort } from '@vettrak-portal/test-support/free-port'
import { caddyMissing, startCaddy, throughProxy } from '@vettrak-portal/test-support/reverse-proxy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack } from './harness.ts'
import { CREDENTIALS } from './hostile/support.ts'

// CI installs Caddy, so there a missing one is a failure, never a silent skip.
if (caddyMissing && process.env.CI)
  throw new Error('Caddy is not installed: apt-get install caddy (.ci/run installs it)')
if (caddyMissing)
  console.warn('behind-proxy tests skipped: Caddy is not installed (apt-get install caddy)')

/** The stack with Caddy in front of it on `https://127.0.0.1:<port>`. */
async function proxied(env: (origin: string) => Record<string, string>) {
  const port = await freePort()
  const origin = `https://127.0.0.1:${port}`
  const stack = await startStack({ env: env(origin) })
  const caddy = await startCaddy(port, new URL(stack.url).host)
  return {
    stack,
    origin,
    async close() {
      await caddy.close()
      await stack.close()
    },
  }
}

const setCookie = (headers: Record<string, string | string[] | undefined>) =>
  [headers['set-cookie'] ?? []].flat().join('\n')

describe.skipIf(caddyMissing)('in production behind a TLS proxy that forwards its own Host', () => {
  let proxy: Awaited<ReturnType<typeof proxied>>
  beforeAll(async () => {
    proxy = await proxied((origin) => ({
      NODE_ENV: 'production',
      PUBLIC_ORIGIN: origin,
      TRUST_PROXY: 'true',
    }))
  })
  afterAll(() => proxy.close())

  it('the session cookie is Secure and __Host-, alongside HSTS', async () => {
    const signIn = await throughProxy(proxy.origin, 'POST', '/api/session', {
      json: { username: CREDENTIALS.learner[0], password: CREDENTIALS.learner[1] },
      localAddress: '127.0.0.4',
    })
    expect(signIn.status).toBe(201)
    const cookie = setCookie(signIn.headers)
    expect(cookie).toMatch(/^__Host-vtp_session=/)
    expect(cookie).toMatch(/; Secure/i)
    expect(signIn.headers['strict-transport-security']).toMatch(/max-age=/)
    const session = await throughProxy(proxy.origin, 'GET', '/api/session', {
      cookie: cookie.split(';')[0],
      localAddress: '127.0.0.4',
    })
    expect(session.status).toBe(200)
  })

  it('one client failing 31 sign-ins does not lock out another client of the same proxy', async () => {
    // Each guess forges another X-Forwarded-For: only the proxy's own entry counts.
    const burst = await Promise.all(
      Array.from({ length: 31 }, (_, i) =>
        throughProxy(proxy.origin, 'POST', '/api/session', {
          json: { username: `guess.${i}`, password: 'wrong' },
          localAddress: '127.0.0.2',
          headers: { 'x-forwarded-for': `192.0.2.${i}` },
        }),
      ),
    )
    const refused = burst.filter((response) => response.status === 429)
    expect(refused).toHaveLength(1)
    expect(burst.filter((response) => response.status === 401)).toHaveLength(30)

    const other = await throughProxy(proxy.origin, 'POST', '/api/session', {
      json: { username: CREDENTIALS.employee[0], password: CREDENTIALS.employee[1] },
      localAddress: '127.0.0.3',
    })
    expect(other.status).toBe(201)
    // The client that failed is still held back.
    const again = await throughProxy(proxy.origin, 'POST', '/api/session', {
      json: { username: CREDENTIALS.staff[0], password: CREDENTIALS.staff[1] },
      localAddress: '127.0.0.2',
    })
    expect(again.status).toBe(429)
  })
})

describe.skipIf(caddyMissing)('outside production, behind the same proxy', () => {
  it.each([
    ['true', true],
    ['false', false],
  ] as const)('with TRUST_PROXY=%s the cookie is Secure: %s', async (trust, secure) => {
    {
      const proxy = await proxied(() => ({ TRUST_PROXY: trust }))
      try {
        const signIn = await throughProxy(proxy.origin, 'POST', '/api/session', {
          json: { username: CREDENTIALS.learner[0], password: CREDENTIALS.learner[1] },
          // No PUBLIC_ORIGIN here: a script's request, without a browser's Origin.
          sendOrigin: false,
        })
        expect(signIn.status).toBe(201)
        const cookie = setCookie(signIn.headers)
        if (secure) expect(cookie).toMatch(/^__Host-vtp_session=.*; Secure/is)
        else expect(cookie).toMatch(/^vtp_session=/)
      } finally {
        await proxy.close()
      }
    }
  })
})
