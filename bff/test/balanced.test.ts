/**
 * The deployment as documented: the repository's `deploy/Caddyfile` run by the real Caddy, which
 * terminates TLS and balances two BFF instances that share a real Redis. Requests land on both;
 * sign-out through the balancer holds on both; an instance going away (a rolling upgrade) drops
 * no request.
 */
import { startBalancer, type Balancer } from '@vettrak-portal/test-support/balancer'
import { freePort } from '@vettrak-portal/test-support/free-port'
import {
  redisMissing,
  requireRedisInCi,
  startRedis,
  type RedisServer,
} from '@vettrak-portal/test-support/redis-server'
import { caddyMissing, throughProxy } from '@vettrak-portal/test-support/reverse-proxy'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Stack } from './harness.ts'
import { CREDENTIALS } from './hostile/support.ts'

requireRedisInCi('balanced tests')
if (caddyMissing && process.env.CI)
  throw new Error('Caddy is not installed: apt-get install caddy (.ci/run installs it)')

const servedOn = (stack: Stack, path: string) =>
  stack.logLines.filter((line) => line.includes(`"path":"${path}"`)).length

describe.skipIf(redisMissing || caddyMissing)('two instances behind deploy/Caddyfile', () => {
  let redis: RedisServer
  let a: Stack
  let b: Stack
  let balancer: Balancer
  let bStopped = false
  beforeAll(async () => {
    redis = await startRedis()
    const port = await freePort()
    const env = {
      NODE_ENV: 'production',
      PUBLIC_ORIGIN: `https://127.0.0.1:${port}`,
      TRUST_PROXY: 'true',
      REDIS_URL: redis.url,
    }
    a = await startStack({ env })
    b = await startStack({ env, sharedSimulator: a.sim })
    balancer = await startBalancer([new URL(a.url).host, new URL(b.url).host], port)
  })
  afterAll(async () => {
    await balancer?.close()
    if (!bStopped) await b?.close()
    await a?.close()
    await redis?.stop()
  })

  const request = (method: string, path: string, cookie?: string, json?: unknown) =>
    throughProxy(balancer.origin, method, path, { cookie, json })

  it('spreads a session over both instances, and its sign-out holds on both', async () => {
    const signIn = await request('POST', '/api/session', undefined, {
      username: CREDENTIALS.learner[0],
      password: CREDENTIALS.learner[1],
    })
    expect(signIn.status).toBe(201)
    const cookie = [signIn.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0]
    expect(cookie).toMatch(/^__Host-vtp_session=/)
    for (let i = 0; i < 6; i++)
      expect((await request('GET', '/api/me/events', cookie)).status).toBe(200)
    expect(servedOn(a, '/api/me/events')).toBeGreaterThan(0)
    expect(servedOn(b, '/api/me/events')).toBeGreaterThan(0)

    expect((await request('DELETE', '/api/session', cookie)).status).toBe(204)
    const after = await Promise.all(
      Array.from({ length: 4 }, () => request('GET', '/api/me/events', cookie)),
    )
    expect(after.map((r) => r.status)).toEqual([401, 401, 401, 401])
    // Caddy's access log is JSON lines, ready for shipping, with the cookie left out.
    const access = balancer
      .log()
      .split('\n')
      .filter((line) => line.includes('"logger":"http.log.access'))
    expect(access.some((line) => /"uri":"\/api\/session".*"status":201/.test(line))).toBe(true)
    expect(access.join('\n')).not.toContain(cookie?.split('=')[1])
  })

  it('keeps answering while one instance stops (a rolling upgrade)', async () => {
    const signIn = await request('POST', '/api/session', undefined, {
      username: CREDENTIALS.learner[0],
      password: CREDENTIALS.learner[1],
    })
    expect(signIn.status).toBe(201)
    const cookie = [signIn.headers['set-cookie'] ?? []].flat()[0]?.split(';')[0]
    // B stops as systemd stops it: no new connections, requests in flight finish.
    await b.close()
    bStopped = true
    const during = await Promise.all(
      Array.from({ length: 8 }, () => request('GET', '/api/me/events', cookie)),
    )
    expect(during.map((r) => r.status)).toEqual(Array.from({ length: 8 }, () => 200))
  })
})
