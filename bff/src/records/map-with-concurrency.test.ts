import { describe, expect, it } from 'vitest'
import { mapWithConcurrency } from './map-with-concurrency.ts'

/** A call that finishes only when the test says so. */
function deferredCalls() {
  const pending: Array<() => void> = []
  let inFlight = 0
  let most = 0
  const call = (value: number) =>
    new Promise<number>((resolve) => {
      inFlight++
      most = Math.max(most, inFlight)
      pending.push(() => {
        inFlight--
        resolve(value * 10)
      })
    })
  return { call, pending, most: () => most }
}

describe('mapWithConcurrency', () => {
  it('never has more calls in flight than the limit, and keeps the order', async () => {
    const calls = deferredCalls()
    const done = mapWithConcurrency([1, 2, 3, 4, 5, 6, 7], 3, calls.call)
    while (calls.pending.length) {
      await Promise.resolve()
      // finish the newest first, so results come back out of order
      calls.pending.pop()?.()
      await new Promise((resolve) => setImmediate(resolve))
    }
    expect(await done).toEqual([10, 20, 30, 40, 50, 60, 70])
    expect(calls.most()).toBe(3)
  })

  it('answers an empty list without calling anything', async () => {
    expect(await mapWithConcurrency([], 4, () => Promise.reject(new Error('called')))).toEqual([])
  })

  it('rejects when one call fails', async () => {
    const failing = mapWithConcurrency([1, 2], 2, (n) =>
      n === 2 ? Promise.reject(new Error('boom')) : Promise.resolve(n),
    )
    await expect(failing).rejects.toThrow('boom')
  })

  it('starts no further call once one has failed', async () => {
    const started: number[] = []
    const failing = mapWithConcurrency([1, 2, 3, 4, 5, 6, 7, 8], 2, async (n) => {
      started.push(n)
      await new Promise((resolve) => setImmediate(resolve))
      if (n === 2) throw new Error('boom')
      return n
    })
    await expect(failing).rejects.toThrow('boom')
    // Let the call still in flight (and anything it might start) finish.
    for (let i = 0; i < 5; i++) await new Promise((resolve) => setImmediate(resolve))
    expect(started).toEqual([1, 2, 3])
  })
})
