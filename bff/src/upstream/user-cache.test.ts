import { describe, expect, it } from 'vitest'
import { createUserCache } from './user-cache.ts'

function cache(maxEntries = 100) {
  let now = 0
  const store = createUserCache({ ttlMs: 30_000, maxEntries, maxBytes: 1_000, now: () => now })
  return { store, advance: (ms: number) => (now += ms) }
}

describe('the per-user cache', () => {
  it('an entry is found by the user who stored it and never by another user', () => {
    const { store } = cache()
    store.set('alice', 'getTraineesForEmployer:{"employerIdentifier":"7"}', ['a'])
    expect(store.get('alice', 'getTraineesForEmployer:{"employerIdentifier":"7"}')).toEqual(['a'])
    expect(store.get('bob', 'getTraineesForEmployer:{"employerIdentifier":"7"}')).toBeUndefined()
  })

  it('an entry lives for the TTL of the injected clock', () => {
    const { store, advance } = cache()
    store.set('alice', 'k', ['a'])
    advance(29_999)
    expect(store.get('alice', 'k')).toEqual(['a'])
    advance(1)
    expect(store.get('alice', 'k')).toBeUndefined()
  })

  it('clearing a user forgets only their entries', () => {
    const { store } = cache()
    store.set('alice', 'k1', ['a'])
    store.set('alice', 'k2', ['a'])
    store.set('bob', 'k1', ['b'])
    store.forgetSession('alice')
    expect(store.get('alice', 'k1')).toBeUndefined()
    expect(store.get('alice', 'k2')).toBeUndefined()
    expect(store.get('bob', 'k1')).toEqual(['b'])
  })

  it('when full, the least recently used entry goes', () => {
    const { store } = cache(2)
    store.set('alice', 'old', [1])
    store.set('alice', 'used', [2])
    store.get('alice', 'old')
    store.set('alice', 'new', [3])
    expect(store.get('alice', 'used')).toBeUndefined()
    expect(store.get('alice', 'old')).toEqual([1])
    expect(store.size).toBe(2)
  })
})
