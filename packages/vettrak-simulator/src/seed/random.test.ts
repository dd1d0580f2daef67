import { describe, expect, it } from 'vitest'
import { createRandom, hashString } from './random.ts'

const draw = (seed: number, count: number) => {
  const random = createRandom(seed)
  return Array.from({ length: count }, () => random.next())
}

describe('createRandom', () => {
  it('gives the same sequence for the same seed and a different one for another seed', () => {
    expect(draw(42, 50)).toEqual(draw(42, 50))
    expect(draw(42, 50)).not.toEqual(draw(43, 50))
  })

  it('pins its first values so a change of algorithm is noticed', () => {
    const random = createRandom(1)
    expect([random.int(0, 999), random.int(0, 999), random.int(0, 999)]).toMatchInlineSnapshot(`
      [
        331,
        550,
        780,
      ]
    `)
  })

  it('stays in range: next in [0, 1), int inclusive at both ends', () => {
    const random = createRandom(7)
    const ints = new Set<number>()
    for (let i = 0; i < 5000; i++) {
      const value = random.next()
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
      ints.add(random.int(-2, 2))
    }
    expect([...ints].sort()).toEqual([-1, -2, 0, 1, 2])
    expect(() => random.int(3, 2)).toThrow(RangeError)
  })

  it('picks by weight, and never a zero-weight choice', () => {
    const random = createRandom(3)
    const counts = { a: 0, b: 0, never: 0 }
    for (let i = 0; i < 10_000; i++) {
      counts[
        random.weighted([
          ['a', 3],
          ['b', 1],
          ['never', 0],
        ] as const)
      ]++
    }
    expect(counts.never).toBe(0)
    expect(counts.a / counts.b).toBeGreaterThan(2.5)
    expect(counts.a / counts.b).toBeLessThan(3.5)
  })

  it('shuffles into a permutation and samples distinct elements', () => {
    const random = createRandom(9)
    const items = Array.from({ length: 20 }, (_, i) => i)
    const shuffled = random.shuffle(items)
    expect(shuffled).not.toEqual(items)
    expect([...shuffled].sort((a, b) => a - b)).toEqual(items)
    const sample = random.sample(items, 5)
    expect(new Set(sample).size).toBe(5)
    expect(random.sample(items, 50)).toHaveLength(20)
  })

  it('forks streams that depend on the seed and label only, not on draws made before', () => {
    const first = createRandom(5)
    const second = createRandom(5)
    second.next()
    second.next()
    expect(first.fork('bulk').next()).toBe(second.fork('bulk').next())
    expect(first.fork('bulk').next()).not.toBe(first.fork('staff').next())
  })

  it('refuses empty choices', () => {
    const random = createRandom(1)
    expect(() => random.pick([])).toThrow(RangeError)
    expect(() => random.weighted([['a', 0]])).toThrow(RangeError)
  })

  it('hashes labels to unsigned 32-bit integers', () => {
    expect(hashString('')).toBe(0x811c9dc5)
    expect(hashString('southern-health-network')).toBe(hashString('southern-health-network'))
    expect(hashString('a')).not.toBe(hashString('b'))
  })
})
