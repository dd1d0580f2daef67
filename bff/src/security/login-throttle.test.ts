import { describe, expect, it } from 'vitest'
import { createLoginThrottle } from './login-throttle.ts'

const WINDOW = 15 * 60

function throttle(options: { maxKeys?: number } = {}) {
  let now = 1_800_000_000
  const created = createLoginThrottle({
    perAccount: 5,
    perAddress: 30,
    windowSeconds: WINDOW,
    maxKeys: options.maxKeys ?? 1000,
    maxIdentifiers: 1000,
    now: () => now,
  })
  return { throttle: created, advance: (seconds: number) => (now += seconds) }
}

/** Fails `n` attempts of `identifier` from `address`; true if every one was allowed. */
async function fail(t: ReturnType<typeof createLoginThrottle>, identifier: string, n = 1) {
  let allowed = true
  for (let i = 0; i < n; i++) {
    const attempt = await t.attempt(identifier, `addr-${identifier}-${i}`)
    allowed &&= attempt.allowed
  }
  return allowed
}

describe('the login throttle', () => {
  it('counts before the answer: attempts taken together stop at the limit', async () => {
    const { throttle: t } = throttle()
    const attempts = await Promise.all(
      Array.from({ length: 20 }, (_, i) => t.attempt(' Someone ', `10.0.0.${i}`)),
    )
    expect(attempts.filter((a) => a.allowed)).toHaveLength(5)
  })

  it('gives back an attempt VETtrak accepted or never judged', async () => {
    const { throttle: t } = throttle()
    for (let i = 0; i < 10; i++) {
      const attempt = await t.attempt('someone', '10.0.0.1')
      if (!attempt.allowed) throw new Error('refused')
      await (i % 2 ? attempt.succeeded('C1') : attempt.undecided())
    }
    expect(await fail(t, 'someone', 5)).toBe(true)
    expect(await fail(t, 'someone')).toBe(false)
  })

  it('forgets a window once it has passed', async () => {
    const { throttle: t, advance } = throttle()
    await fail(t, 'someone', 5)
    const refused = await t.attempt('someone', '10.0.0.1')
    expect(refused).toMatchObject({ allowed: false })
    if (refused.allowed) return
    expect(refused.retryAfterSeconds).toBeGreaterThan(0)
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(WINDOW)
    advance(refused.retryAfterSeconds)
    expect((await t.attempt('someone', '10.0.0.1')).allowed).toBe(true)
  })

  it('an email and a username count as one person once learnt, with what was counted before', async () => {
    const { throttle: t } = throttle()
    await fail(t, 'Pat@Example.edu.au', 3)
    await fail(t, 'pat', 1)
    await t.learn('C7', ['pat', ' pat@example.edu.au'])
    expect(await fail(t, 'PAT', 1)).toBe(true)
    expect(await fail(t, 'pat@example.edu.au')).toBe(false)
  })

  it('holds at most maxKeys keys, dropping the least recently used, never all', async () => {
    const { throttle: t } = throttle({ maxKeys: 50 })
    await fail(t, 'victim', 5)
    for (let i = 0; i < 40; i++) await t.attempt(`flood-${i}`, `10.1.0.${i}`)
    expect(await fail(t, 'victim')).toBe(false)
    for (let i = 40; i < 500; i++) await t.attempt(`flood-${i}`, `10.1.${i >> 8}.${i & 255}`)
    // 50 accounts and 50 addresses: the most recent ones, still counted.
    expect(t.size).toBe(100)
    for (let i = 0; i < 4; i++) await t.attempt('flood-499', `10.2.0.${i}`)
    expect((await t.attempt('flood-499', '10.2.0.9')).allowed).toBe(false)
  })
})
