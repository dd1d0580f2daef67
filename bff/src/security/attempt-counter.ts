/**
 * @module
 * Counts attempts per key in fixed windows, with `rate-limiter-flexible`. The throttle sees only
 * the small {@link AttemptCounter} interface: in this process (`RateLimiterMemory`, one instance)
 * or in the shared store (`RateLimiterRedis`, counted across every instance).
 *
 * The window is decided by the app's clock (injectable, so tests move time instead of waiting):
 * the store counts under `key@window`, and its own expiry only clears windows that have passed.
 */
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible'
import { KEY_PREFIX, StoreUnavailableError, type SharedStore } from '../store/shared-store.ts'

export type TakeResult =
  | { allowed: true; /** Undoes this attempt. */ giveBack: () => Promise<void> }
  | { allowed: false; retryAfterSeconds: number }

/** Attempts per key: taken before the guarded work, given back when it turns out harmless. */
export interface AttemptCounter {
  /**
   * Counts one attempt, atomically with the check: of attempts fired together, only as many as
   * the limit are allowed. A refused attempt is not counted.
   */
  take(key: string): Promise<TakeResult>
  /** Attempts counted for `key` in the current window. */
  count(key: string): Promise<number>
  /** Adds `points` attempts to `key` (moving another key's count onto it). */
  add(key: string, points: number): Promise<void>
  forget(key: string): Promise<void>
  /** Keys held (for diagnostics). */
  readonly size: number
}

export interface MemoryCounterOptions {
  limit: number
  windowSeconds: number
  /** Most keys held; past it the least recently used key is dropped, never all of them. */
  maxKeys: number
  /** Epoch seconds. */
  now: () => number
}

/**
 * Takes a point from `storedKey`, atomically with the check; false (and nothing counted) when the
 * limit is reached.
 */
async function takeOne(limiter: RateLimiterAbstract, storedKey: string) {
  try {
    await limiter.consume(storedKey)
    return true
  } catch (thrown) {
    if (!(thrown instanceof RateLimiterRes)) throw thrown
    await limiter.reward(storedKey)
    return false
  }
}

/** Gives a point back; true when nothing is left counted on the key. */
async function giveBackOne(limiter: RateLimiterAbstract, storedKey: string) {
  const left = await limiter.reward(storedKey)
  return left.consumedPoints <= 0
}

/** An in-process counter (`RateLimiterMemory`), bounded to `maxKeys` keys. */
export function createMemoryCounter(options: MemoryCounterOptions): AttemptCounter {
  const { limit, windowSeconds, maxKeys, now } = options
  const limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds })
  // Stored keys by last use (a Map keeps insertion order; a use re-inserts), with their window.
  const recent = new Map<string, number>()

  const windowNow = () => Math.floor(now() / windowSeconds)
  const stored = (key: string) => `${key}@${windowNow()}`
  const retryAfter = (window: number) => Math.max(1, (window + 1) * windowSeconds - now())

  const touch = (storedKey: string, window: number) => {
    recent.delete(storedKey)
    recent.set(storedKey, window)
    const current = windowNow()
    for (const [oldest, itsWindow] of recent) {
      if (recent.size <= maxKeys && itsWindow >= current) break
      recent.delete(oldest)
      void limiter.delete(oldest)
    }
  }

  const forgetStored = async (storedKey: string) => {
    recent.delete(storedKey)
    await limiter.delete(storedKey)
  }

  return {
    async take(key) {
      const window = windowNow()
      const storedKey = `${key}@${window}`
      const taken = await takeOne(limiter, storedKey)
      if (!taken) return { allowed: false, retryAfterSeconds: retryAfter(window) }
      touch(storedKey, window)
      return {
        allowed: true,
        async giveBack() {
          if (!recent.has(storedKey)) return
          // Nothing left to remember, or the store's expiry came first (a negative count is credit).
          if (await giveBackOne(limiter, storedKey)) await forgetStored(storedKey)
        },
      }
    },
    async count(key) {
      return (await limiter.get(stored(key)))?.consumedPoints ?? 0
    },
    async add(key, points) {
      const storedKey = stored(key)
      await limiter.penalty(storedKey, points)
      touch(storedKey, windowNow())
    },
    forget: (key) => forgetStored(stored(key)),
    get size() {
      return recent.size
    },
  }
}

export interface SharedCounterOptions {
  store: SharedStore
  /** Distinguishes this counter's keys in the store. */
  name: string
  limit: number
  windowSeconds: number
  /** Epoch seconds. */
  now: () => number
}

/**
 * A counter in the shared store (`RateLimiterRedis`): every instance counts against the same keys,
 * atomically. The store's own expiry drops windows that have passed (its memory is bounded by its
 * `maxmemory`, not here). When the store cannot be reached, every call rejects with
 * `StoreUnavailableError`: sign-in is refused, never let through uncounted.
 */
export function createSharedCounter(options: SharedCounterOptions): AttemptCounter {
  const { limit, windowSeconds, now } = options
  const limiter = new RateLimiterRedis({
    storeClient: options.store.client,
    keyPrefix: `${KEY_PREFIX}throttle:${options.name}`,
    points: limit,
    duration: windowSeconds,
    rejectIfRedisNotReady: true,
  })
  const windowNow = () => Math.floor(now() / windowSeconds)
  const stored = (key: string) => `${key}@${windowNow()}`
  const retryAfter = (window: number) => Math.max(1, (window + 1) * windowSeconds - now())

  /** Runs a limiter call; a store failure (anything but a limiter answer) fails closed. */
  async function run<T>(call: () => Promise<T>): Promise<T> {
    try {
      return await call()
    } catch (thrown) {
      if (thrown instanceof RateLimiterRes || thrown instanceof StoreUnavailableError) throw thrown
      throw new StoreUnavailableError('The session store did not answer', { cause: thrown })
    }
  }

  return {
    async take(key) {
      const window = windowNow()
      const storedKey = `${key}@${window}`
      const taken = await run(() => takeOne(limiter, storedKey))
      if (!taken) return { allowed: false, retryAfterSeconds: retryAfter(window) }
      return {
        allowed: true,
        async giveBack() {
          // Given back, not deleted at zero: between the two calls another instance may have
          // counted an attempt on the key, which a delete would wipe. The key expires anyway.
          await run(() => limiter.reward(storedKey))
        },
      }
    },
    async count(key) {
      return (await run(() => limiter.get(stored(key))))?.consumedPoints ?? 0
    },
    async add(key, points) {
      await run(() => limiter.penalty(stored(key), points))
    },
    async forget(key) {
      await run(() => limiter.delete(stored(key)))
    },
    size: 0,
  }
}
