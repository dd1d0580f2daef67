/**
 * @module
 * A small seeded pseudo-random generator (sfc32, seeded through splitmix32) and the helpers the
 * seed draws from. The seed never touches `Math.random()` or the clock, so one seed always gives
 * one store.
 */

/** A deterministic stream of random choices. */
export interface Random {
  /** A float in [0, 1). */
  next(): number
  /** An integer in [min, max], both inclusive. */
  int(min: number, max: number): number
  /** True with probability `p`. */
  chance(p: number): boolean
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T
  /** One value, chosen with probability proportional to its weight. */
  weighted<T>(choices: ReadonlyArray<readonly [T, number]>): T
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[]
  /** `count` distinct elements (fewer if the list is shorter), in random order. */
  sample<T>(items: readonly T[], count: number): T[]
  /** An independent stream derived from this generator's seed and a label. */
  fork(label: string): Random
}

const mix32 = (value: number): number => {
  let z = (value + 0x9e3779b9) | 0
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b)
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35)
  return (z ^ (z >>> 16)) >>> 0
}

/** A 32-bit FNV-1a hash of a string, to turn labels into seeds. */
export function hashString(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/** A generator for `seed`: the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  const seed32 = Number.isInteger(seed) ? seed | 0 : hashString(String(seed))
  let a = mix32(seed32)
  let b = mix32(a)
  let c = mix32(b)
  let d = mix32(c)

  const nextUint = (): number => {
    const t = (((a + b) | 0) + d) | 0
    d = (d + 1) | 0
    a = b ^ (b >>> 9)
    b = (c + (c << 3)) | 0
    c = (c << 21) | (c >>> 11)
    c = (c + t) | 0
    return t >>> 0
  }
  // Warm up so that close seeds diverge at once.
  for (let i = 0; i < 12; i++) nextUint()

  const next = () => nextUint() / 4294967296

  const int = (min: number, max: number) => {
    if (max < min) throw new RangeError(`int(${min}, ${max}): max is below min`)
    return min + Math.floor(next() * (max - min + 1))
  }

  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new RangeError('pick() from an empty list')
    return items[Math.floor(next() * items.length)] as T
  }

  const weighted = <T>(choices: ReadonlyArray<readonly [T, number]>): T => {
    let total = 0
    for (const [, weight] of choices) total += weight
    if (!(total > 0)) throw new RangeError('weighted() needs a positive total weight')
    let roll = next() * total
    for (const [value, weight] of choices) {
      roll -= weight
      if (roll < 0) return value
    }
    return pick(choices)[0]
  }

  const shuffle = <T>(items: readonly T[]): T[] => {
    const copy = items.slice()
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1))
      const held = copy[i] as T
      copy[i] = copy[j] as T
      copy[j] = held
    }
    return copy
  }

  return {
    next,
    int,
    chance: (p) => next() < p,
    pick,
    weighted,
    shuffle,
    sample: (items, count) => shuffle(items).slice(0, Math.max(0, count)),
    fork: (label) => createRandom((seed32 ^ hashString(label)) | 0),
  }
}
