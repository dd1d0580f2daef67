import { describe, expect, it } from 'vitest'
import { createSessionCache, jsonBytes, sessionKey, type CacheLimits } from './session-cache.ts'

/** A load that settles when the test says so, counting how often it was started. */
function controlledLoad() {
  const started: string[] = []
  const pending: Array<{ resolve: (value: string[]) => void; reject: (error: Error) => void }> = []
  return {
    started,
    load: (name: string) => () => {
      started.push(name)
      return new Promise<string[]>((resolve, reject) => pending.push({ resolve, reject }))
    },
    resolveAll: (value: string[]) => pending.splice(0).forEach((p) => p.resolve(value)),
    rejectAll: (error: Error) => pending.splice(0).forEach((p) => p.reject(error)),
  }
}

function setUp(limits: Partial<CacheLimits> = {}) {
  let nowMs = 1_000
  const cache = createSessionCache<string[]>({
    ttlMs: 60_000,
    maxEntries: 100,
    maxBytes: 1_000,
    sizeOf: jsonBytes,
    now: () => nowMs,
    ...limits,
  })
  return { cache, advance: (ms: number) => (nowMs += ms) }
}

describe('the session cache', () => {
  it('requests fired together share one load, and later ones the kept answer', async () => {
    const { cache } = setUp()
    const { load, started, resolveAll } = controlledLoad()
    const together = Array.from({ length: 20 }, () => cache.join('s1', 'k', load('k')))
    resolveAll(['answer'])
    const answers = await Promise.all(together)
    expect(new Set(answers).size).toBe(1)
    expect(await cache.join('s1', 'k', load('k'))).toBe(answers[0])
    expect(started).toEqual(['k'])
  })

  it('a session forgotten while its load is in flight keeps nothing, though its callers get the answer', async () => {
    const { cache } = setUp()
    const { load, started, resolveAll } = controlledLoad()
    const first = cache.join('s1', 'k', load('k'))
    const joined = cache.join('s1', 'k', load('k'))
    cache.forgetSession('s1')
    resolveAll(['answer'])
    expect(await Promise.all([first, joined])).toEqual([['answer'], ['answer']])
    expect(cache.size).toBe(0)
    expect(cache.get('k')).toBeUndefined()
    void cache.join('s1', 'k', load('k'))
    expect(started).toEqual(['k', 'k'])
  })

  it("forgetting a session drops all its entries and no one else's", () => {
    const { cache } = setUp()
    cache.set('s1', sessionKey('s1', 'a'), ['1'])
    cache.set('s1', sessionKey('s1', 'b'), ['1'])
    cache.set('s2', sessionKey('s2', 'a'), ['2'])
    cache.forgetSession('s1')
    expect(cache.get(sessionKey('s1', 'a'))).toBeUndefined()
    expect(cache.get(sessionKey('s1', 'b'))).toBeUndefined()
    expect(cache.get(sessionKey('s2', 'a'))).toEqual(['2'])
    expect(cache.size).toBe(1)
  })

  it('a failed load is not kept, so the next request loads again', async () => {
    const { cache } = setUp()
    const { load, started, rejectAll } = controlledLoad()
    const failing = cache.join('s1', 'k', load('k'))
    rejectAll(new Error('VETtrak is down'))
    await expect(failing).rejects.toThrow('VETtrak is down')
    void cache.join('s1', 'k', load('k'))
    expect(started).toEqual(['k', 'k'])
  })

  it('an entry lives for the TTL on the injected clock, counted from when it was asked for', async () => {
    const { cache, advance } = setUp()
    const { load, resolveAll } = controlledLoad()
    const loading = cache.join('s1', 'k', load('k'))
    advance(10_000)
    resolveAll(['answer'])
    await loading
    advance(49_999)
    expect(cache.get('k')).toEqual(['answer'])
    advance(1)
    expect(cache.get('k')).toBeUndefined()
  })

  it('is bounded in bytes: the least recently used go first, and an answer bigger than the bound is not kept', () => {
    // Each ['xxxxxxxx…'] of 96 characters is 100 bytes of JSON.
    const { cache } = setUp({ maxBytes: 300 })
    const value = ['x'.repeat(96)]
    cache.set('s1', 'a', value)
    cache.set('s1', 'b', value)
    cache.set('s2', 'c', value)
    expect(cache.bytes).toBe(300)
    cache.get('a')
    cache.set('s2', 'd', value)
    expect(cache.get('b')).toBeUndefined()
    expect([cache.get('a'), cache.get('c'), cache.get('d')]).toEqual([value, value, value])
    cache.set('s3', 'big', ['x'.repeat(400)])
    expect(cache.get('big')).toBeUndefined()
    expect(cache.bytes).toBeLessThanOrEqual(300)
  })

  it('is bounded in entries, and drops expired entries from the least recently used end', () => {
    const { cache, advance } = setUp({ maxEntries: 2 })
    cache.set('s1', 'a', ['1'])
    cache.set('s1', 'b', ['1'])
    cache.set('s1', 'c', ['1'])
    expect(cache.get('a')).toBeUndefined()
    expect(cache.size).toBe(2)
    advance(60_000)
    cache.set('s2', 'd', ['2'])
    expect(cache.size).toBe(1)
  })

  it('weighs a long list from a sample of its items, close to its JSON length', () => {
    const trainees = Array.from({ length: 5_000 }, (_, i) => ({
      clientCode: `VT${String(i).padStart(8, '0')}`,
      name: i % 3 === 0 ? 'Charlotte Nguyen-Smith' : 'Jo Lee',
      enrolments: Array.from({ length: i % 4 }, (_, e) => ({ id: e, status: 'Active' })),
    }))
    const exact = JSON.stringify(trainees).length
    expect(Math.abs(jsonBytes(trainees) - exact) / exact).toBeLessThan(0.1)
    expect(jsonBytes(['a', 'b'])).toBe(JSON.stringify(['a', 'b']).length)
  })

  it('keeps nothing when its TTL is 0', () => {
    const { cache } = setUp({ ttlMs: 0 })
    cache.set('s1', 'a', ['1'])
    expect(cache.get('a')).toBeUndefined()
    expect(cache.size).toBe(0)
  })
})
