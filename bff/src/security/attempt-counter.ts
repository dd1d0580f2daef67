/**
 * @module
 * Counts attempts per key in fixed windows, with `rate-limiter-flexible`. The throttle sees only
 * the small {@link AttemptCounter} interface, so the in-process store here can later be swapped
 * for a shared one (the library's Redis limiter has the same calls) without touching the throttle.
 *
 * The window is decided by the app's clock (injectable, so tests move time instead of waiting):
 * the store counts under `key@window`, and its own expiry only clears windows that have passed.
 */
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible'

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

/** An in-process counter (`RateLimiterMemory`), bounded to `maxKeys` keys. */
export function createMemoryCounter(options: MemoryCounterOptions): AttemptCounter {
  const { limit, windowSeconds, maxKeys, now } = options
  const limiter = new RateLimiterMemory({ points: limit, duration: windowSeconds })
  // Stored keys by last use (a Map keeps insertion order; a use re-inserts), with their window.
  const recent = new Map<string, number>()

  const windowNow = () => Math.floor(now() / windowSeconds)
  const stored = (key: string) => `${key}@${windowNow()}`

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
      try {
        await limiter.consume(storedKey)
      } catch (thrown) {
        if (!(thrown instanceof RateLimiterRes)) throw thrown
        await limiter.reward(storedKey)
        return {
          allowed: false,
          retryAfterSeconds: Math.max(1, (window + 1) * windowSeconds - now()),
        }
      }
      touch(storedKey, window)
      return {
        allowed: true,
        async giveBack() {
          if (!recent.has(storedKey)) return
          const left = await limiter.reward(storedKey)
          // Nothing left to remember, or the store's expiry came first (a negative count is credit).
          if (left.consumedPoints <= 0) await forgetStored(storedKey)
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
