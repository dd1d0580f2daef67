import type { EmployerTree } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { createEmployerTreeCache } from './employer-tree-cache.ts'

const treeOf = (id: string): EmployerTree => ({
  employer: { identifier: id },
  children: [{ employer: { identifier: `${id}1` }, children: [] }],
})

function setUp(maxEntries = 10) {
  let nowMs = 0
  const calls: string[] = []
  let failNext = false
  const cache = createEmployerTreeCache({
    load: (id) => {
      calls.push(id)
      if (failNext) {
        failNext = false
        return Promise.reject(new Error('VETtrak is down'))
      }
      return Promise.resolve(treeOf(id))
    },
    ttlMs: 60_000,
    maxEntries,
    now: () => nowMs,
  })
  return {
    cache,
    calls,
    advance: (ms: number) => (nowMs += ms),
    failNextLoad: () => (failNext = true),
  }
}

describe('the employer tree cache', () => {
  it('a contact opening several views at once causes one GetEmployerTree call', async () => {
    const { cache, calls } = setUp()
    const trees = await Promise.all([cache.get('s1', '1001'), cache.get('s1', '1001')])
    expect(calls).toEqual(['1001'])
    expect(trees[0]?.rootId).toBe('1001')
    expect([...(trees[1]?.allowedIds ?? [])].sort()).toEqual(['1001', '10011'])
  })

  it('another session, or the same contact after switching employer, gets its own tree', async () => {
    const { cache, calls } = setUp()
    await cache.get('s1', '1001')
    await cache.get('s2', '1001')
    await cache.get('s1', '1010')
    expect(calls).toEqual(['1001', '1001', '1010'])
  })

  it('a contact who comes back after the tree expired gets it read again', async () => {
    const { cache, calls, advance } = setUp()
    await cache.get('s1', '1001')
    advance(59_999)
    await cache.get('s1', '1001')
    advance(1)
    await cache.get('s1', '1001')
    expect(calls).toEqual(['1001', '1001'])
  })

  it('a failed read is not remembered, so the next request tries again', async () => {
    const { cache, calls, failNextLoad } = setUp()
    failNextLoad()
    await expect(cache.get('s1', '1001')).rejects.toThrow('VETtrak is down')
    expect((await cache.get('s1', '1001')).rootId).toBe('1001')
    expect(calls).toEqual(['1001', '1001'])
  })

  it('holds at most its bound, dropping the least recently used session first', async () => {
    const { cache, calls } = setUp(2)
    await cache.get('s1', '1001')
    await cache.get('s2', '1001')
    await cache.get('s1', '1001')
    await cache.get('s3', '1001')
    expect(cache.size).toBe(2)
    await cache.get('s1', '1001')
    expect(calls).toEqual(['1001', '1001', '1001'])
    await cache.get('s2', '1001')
    expect(calls).toHaveLength(4)
  })
})
