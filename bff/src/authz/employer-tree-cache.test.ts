import type { EmployerTree } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { createEmployerTreeCache, type TreeRead } from './employer-tree-cache.ts'

const treeOf = (id: string): EmployerTree => ({
  employer: { identifier: id },
  children: [{ employer: { identifier: `${id}1` }, children: [] }],
})

function setUp(maxEntries = 10) {
  let nowMs = 0
  const calls: string[] = []
  let failNext = false
  let contactOf = ['1001', '1010']
  const cache = createEmployerTreeCache({
    ttlMs: 60_000,
    maxEntries,
    maxBytes: 100_000,
    now: () => nowMs,
  })
  const read = (id: string) => (): Promise<TreeRead> => {
    calls.push(id)
    if (failNext) {
      failNext = false
      return Promise.reject(new Error('VETtrak is down'))
    }
    return Promise.resolve({ tree: treeOf(id), contactOf })
  }
  return {
    get: (sessionId: string, id: string) => cache.get(sessionId, id, read(id)),
    cache,
    calls,
    advance: (ms: number) => (nowMs += ms),
    failNextRead: () => (failNext = true),
    removeContact: (id: string) => (contactOf = contactOf.filter((c) => c !== id)),
  }
}

describe('the employer tree cache', () => {
  it('a contact opening several views at once causes one read', async () => {
    const { get, calls } = setUp()
    const trees = await Promise.all([get('s1', '1001'), get('s1', '1001')])
    expect(calls).toEqual(['1001'])
    expect(trees[0]).toMatchObject({ rootId: '1001', rootContactConfirmed: true })
    expect([...(trees[1]?.allowedIds ?? [])].sort()).toEqual(['1001', '10011'])
  })

  it('another session, or the same contact after switching employer, gets its own tree', async () => {
    const { get, calls } = setUp()
    await get('s1', '1001')
    await get('s2', '1001')
    await get('s1', '1010')
    expect(calls).toEqual(['1001', '1001', '1010'])
  })

  it('a contact who comes back after the tree expired gets it read again', async () => {
    const { get, calls, advance } = setUp()
    await get('s1', '1001')
    advance(59_999)
    await get('s1', '1001')
    advance(1)
    await get('s1', '1001')
    expect(calls).toEqual(['1001', '1001'])
  })

  it('a contact the RTO removed is no longer confirmed once the entry expires', async () => {
    const { get, advance, removeContact } = setUp()
    expect((await get('s1', '1001')).rootContactConfirmed).toBe(true)
    removeContact('1001')
    advance(60_000)
    expect((await get('s1', '1001')).rootContactConfirmed).toBe(false)
  })

  it('a failed read is not remembered, so the next request tries again', async () => {
    const { get, calls, failNextRead } = setUp()
    failNextRead()
    await expect(get('s1', '1001')).rejects.toThrow('VETtrak is down')
    expect((await get('s1', '1001')).rootId).toBe('1001')
    expect(calls).toEqual(['1001', '1001'])
  })

  it('holds at most its bound, dropping the least recently used session first', async () => {
    const { get, cache, calls } = setUp(2)
    await get('s1', '1001')
    await get('s2', '1001')
    await get('s1', '1001')
    await get('s3', '1001')
    expect(cache.size).toBe(2)
    await get('s1', '1001')
    expect(calls).toEqual(['1001', '1001', '1001'])
    await get('s2', '1001')
    expect(calls).toHaveLength(4)
  })
})
