import { describe, expect, it } from 'vitest'
import { createAccessibleClientsCache } from './accessible-clients.ts'

function setUp(maxSessions = 2) {
  let nowMs = 0
  const loads: string[] = []
  let fail = false
  const cache = createAccessibleClientsCache({
    ttlMs: 300_000,
    maxEntries: maxSessions,
    maxBytes: 100_000,
    now: () => nowMs,
    load: ({ clientCode }) => {
      loads.push(clientCode)
      return fail
        ? Promise.reject(new Error('VETtrak is down'))
        : Promise.resolve([{ clientCode: 'VT00000001', givenName: 'Charlotte' }])
    },
  })
  return {
    cache,
    loads,
    advance: (seconds: number) => (nowMs += seconds * 1000),
    failNext: (value: boolean) => (fail = value),
  }
}

const staff = { sid: 's1', token: 't', clientCode: 'VT00000004' }

describe('the accessible clients cache', () => {
  it('a staff member typing a search reads the list from VETtrak once', async () => {
    const { cache, loads } = setUp()
    const [a, b] = await Promise.all([cache.get(staff), cache.get(staff)])
    await cache.get(staff)
    expect(loads).toEqual(['VT00000004'])
    expect(a).toBe(b)
    expect(a.byCode.get('VT00000001')?.givenName).toBe('Charlotte')
  })

  it('after a few minutes the list is read again', async () => {
    const { cache, loads, advance } = setUp()
    await cache.get(staff)
    advance(299)
    await cache.get(staff)
    advance(2)
    await cache.get(staff)
    expect(loads).toHaveLength(2)
  })

  it('each staff session has its own list, and the oldest is dropped when full', async () => {
    const { cache, loads } = setUp(2)
    await cache.get(staff)
    await cache.get({ ...staff, sid: 's2' })
    await cache.get({ ...staff, sid: 's3' })
    await cache.get({ ...staff, sid: 's2' })
    await cache.get(staff)
    expect(loads).toHaveLength(4)
  })

  it('a failed read is not kept', async () => {
    const { cache, loads, failNext } = setUp()
    failNext(true)
    await expect(cache.get(staff)).rejects.toThrow('down')
    failNext(false)
    await expect(cache.get(staff)).resolves.toBeDefined()
    expect(loads).toHaveLength(2)
  })
})
