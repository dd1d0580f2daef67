/**
 * Two BFF instances sharing a real Redis (Debian's `redis-server` on a loopback port) and one
 * VETtrak: sign-out is final on both, the sign-in throttle counts across both, and with Redis
 * gone every request that needs a session or a count is refused with a typed 503 until it is back.
 */
import {
  redisMissing,
  requireRedisInCi,
  type RedisServer,
} from '@vettrak-portal/test-support/redis-server'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { Agent, errorCodeOf, startTwoInstancesSharingRedis, type Stack } from './harness.ts'
import { CREDENTIALS } from './hostile/support.ts'

requireRedisInCi('shared-store tests')

/** A browser that holds a copy of `from`'s cookies but talks to `url`. */
function copyOf(from: Agent, url: string) {
  const copy = new Agent(url)
  for (const [name, value] of from.cookies) copy.cookies.set(name, value)
  return copy
}

describe.skipIf(redisMissing)('two instances sharing Redis', () => {
  let pair: Awaited<ReturnType<typeof startTwoInstancesSharingRedis>> | undefined
  let redis: RedisServer
  let a: Stack
  let b: Stack
  beforeAll(async () => {
    pair = await startTwoInstancesSharingRedis()
    ;({ redis, a, b } = pair)
  })
  // Each test in a throttle window of its own: one address (loopback) makes every attempt.
  beforeEach(() => {
    a.advance(15 * 60)
    b.advance(15 * 60)
  })
  afterAll(() => pair?.close())

  it('a cookie signed out on A is refused on B, though B had opened it and cached its lists', async () => {
    const onA = a.agent()
    expect((await onA.signIn(...CREDENTIALS.employer)).status).toBe(201)
    expect((await onA.put('/api/session/employer', { employerId: '1001' })).status).toBe(200)
    const onB = copyOf(onA, b.url)
    expect((await onB.get('/api/employer/trainees')).status).toBe(200)
    expect(b.cacheSizes().employerTrees).toBeGreaterThan(0)

    expect((await onA.delete('/api/session')).status).toBe(204)

    const refused = await onB.get('/api/employer/trainees')
    expect(refused.status).toBe(401)
    expect((await onB.get('/api/session')).status).toBe(401)
    // And the other way round: signed out on B, refused on A.
    const second = b.agent()
    expect((await second.signIn(...CREDENTIALS.learner)).status).toBe(201)
    const copyOnA = copyOf(second, a.url)
    expect((await copyOnA.get('/api/me/events')).status).toBe(200)
    expect((await second.delete('/api/session')).status).toBe(204)
    expect((await copyOnA.get('/api/me/events')).status).toBe(401)
  })

  it('wrong passwords fired together over both instances stop at the one-instance count', async () => {
    const burst = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        (i % 2 ? a : b).agent().signIn('burst.target', `wrong-${i}`),
      ),
    )
    const statuses = burst.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(5)
    expect(statuses.filter((s) => s === 429)).toHaveLength(25)
  })

  it('different usernames from one address over both instances stop at the address limit', async () => {
    const burst = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? a : b).agent().signIn(`someone.${i}`, 'wrong-password'),
      ),
    )
    const statuses = burst.map((r) => r.status)
    expect(statuses.filter((s) => s === 401)).toHaveLength(30)
    expect(statuses.filter((s) => s === 429)).toHaveLength(10)
    // The address stays locked on both for the rest of the window.
    expect((await a.agent().signIn(...CREDENTIALS.staff)).status).toBe(429)
    expect((await b.agent().signIn(...CREDENTIALS.staff)).status).toBe(429)
  })

  it('a person learnt on A is one key on B: username and email share five guesses', async () => {
    const learner = a.agent()
    expect((await learner.signIn(...CREDENTIALS.learner)).status).toBe(201)
    const { user } = (await learner.get('/api/session')).json as { user: { email: string } }
    for (let i = 0; i < 3; i++)
      expect((await b.agent().signIn(CREDENTIALS.learner[0], `wrong-${i}`)).status).toBe(401)
    for (let i = 0; i < 2; i++)
      expect((await a.agent().signIn(user.email.toUpperCase(), `wrong-${i}`)).status).toBe(401)
    expect((await b.agent().signIn(` ${user.email} `, 'wrong')).status).toBe(429)
  })

  it('with Redis stopped: typed 503s, /readyz says why, and all recovers when it is back', async () => {
    const learner = b.agent()
    expect((await learner.signIn(...CREDENTIALS.learner)).status).toBe(201)
    const onA = copyOf(learner, a.url)
    expect((await onA.get('/api/me/events')).status).toBe(200)

    await redis.stop()

    const read = await onA.get('/api/me/events')
    expect(read.status).toBe(503)
    expect(errorCodeOf(read)).toBe('SESSION_STORE_UNAVAILABLE')
    expect(read.headers.get('retry-after')).toBeTruthy()
    const signIn = await a.agent().signIn(...CREDENTIALS.staff)
    expect(signIn.status).toBe(503)
    expect(errorCodeOf(signIn)).toBe('SESSION_STORE_UNAVAILABLE')
    // Sign-out cannot be recorded, so it is refused and the cookie is kept, not silently dropped.
    const signOut = await learner.delete('/api/session')
    expect(signOut.status).toBe(503)
    expect(errorCodeOf(signOut)).toBe('SESSION_STORE_UNAVAILABLE')
    expect(learner.cookies.size).toBe(1)
    const ready = await b.agent().get('/readyz')
    expect(ready.status).toBe(503)
    expect(ready.json).toMatchObject({ status: 'unavailable', sessionStore: 'unreachable' })
    // Nothing that needs no session is refused.
    expect((await a.agent().get('/api/meta')).status).toBe(200)
    expect((await a.agent().get('/healthz')).status).toBe(200)

    await redis.start()
    await Promise.all([a.sharedStore?.connected(10_000), b.sharedStore?.connected(10_000)])

    expect((await b.agent().get('/readyz')).json).toMatchObject({
      status: 'ready',
      sessionStore: 'reachable',
    })
    expect((await onA.get('/api/me/events')).status).toBe(200)
    expect((await learner.delete('/api/session')).status).toBe(204)
    expect((await onA.get('/api/me/events')).status).toBe(401)
    expect((await a.agent().signIn(...CREDENTIALS.staff)).status).toBe(201)
  })

  it('with Redis frozen (connected, never answering): no request hangs, and it recovers', async () => {
    const learner = a.agent()
    expect((await learner.signIn(...CREDENTIALS.learner)).status).toBe(201)
    redis.freeze()
    try {
      // Each waits at most the command timeout (500 ms here, 1 s by default), then is refused.
      const [read, signIn, ready] = await Promise.all([
        learner.get('/api/me/events'),
        b.agent().signIn(...CREDENTIALS.staff),
        b.agent().get('/readyz'),
      ])
      expect([read.status, errorCodeOf(read)]).toEqual([503, 'SESSION_STORE_UNAVAILABLE'])
      expect([signIn.status, errorCodeOf(signIn)]).toEqual([503, 'SESSION_STORE_UNAVAILABLE'])
      expect(ready.json).toMatchObject({ status: 'unavailable', sessionStore: 'unreachable' })
    } finally {
      redis.thaw()
    }
    await Promise.all([a.sharedStore?.connected(10_000), b.sharedStore?.connected(10_000)])
    expect((await learner.get('/api/me/events')).status).toBe(200)
  })
})
