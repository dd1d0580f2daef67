import { describe, expect, it } from 'vitest'
import { createBatcher } from './batcher.ts'

describe('the batcher', () => {
  it('asks once for the keys of one turn, in batches of at most maxBatch', async () => {
    const asked: number[][] = []
    const load = createBatcher((keys: number[]) => {
      asked.push(keys)
      return Promise.resolve(new Map(keys.filter((k) => k !== 4).map((k) => [k, k * 10])))
    }, 3)
    const values = await Promise.all([1, 2, 2, 3, 4, 5].map((k) => load(k)))
    expect(values).toEqual([10, 20, 20, 30, undefined, 50])
    expect(asked).toEqual([
      [1, 2, 3],
      [4, 5],
    ])

    // A later turn is a new request.
    expect(await load(6)).toBe(60)
    expect(asked).toHaveLength(3)
  })

  it('a failed batch fails its callers only', async () => {
    const load = createBatcher(
      (keys: number[]) =>
        keys.includes(1)
          ? Promise.reject(new Error('VETtrak is not answering'))
          : Promise.resolve(new Map(keys.map((k) => [k, k]))),
      1,
    )
    const [first, second] = await Promise.allSettled([load(1), load(2)])
    expect(first).toMatchObject({
      status: 'rejected',
      reason: new Error('VETtrak is not answering'),
    })
    expect(second).toEqual({ status: 'fulfilled', value: 2 })
  })
})
