/**
 * @module
 * A short-lived, bounded cache of read answers, partitioned by user: an entry is only ever found
 * with the key of the user it was stored for.
 */
import {
  createSessionCache,
  jsonBytes,
  sessionKey,
  type CacheLimits,
} from '../store/session-cache.ts'

export interface UserCacheOptions extends CacheLimits {
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number
}

export type UserCache = ReturnType<typeof createUserCache>

/** Creates an empty cache. */
export function createUserCache(options: UserCacheOptions) {
  const entries = createSessionCache<readonly unknown[]>({
    ...options,
    now: options.now ?? Date.now,
    sizeOf: jsonBytes,
  })

  return {
    /** The live entry for this user and key, or undefined. */
    get: (userKey: string, key: string) => entries.get(sessionKey(userKey, key)),
    /** Stores `value` for this user; the least recently used entries go when full. */
    set(userKey: string, key: string, value: readonly unknown[]): void {
      entries.set(userKey, sessionKey(userKey, key), value)
    },
    /** Forgets everything stored for this user. */
    forgetSession: (userKey: string) => entries.forgetSession(userKey),
    get size() {
      return entries.size
    },
    get bytes() {
      return entries.bytes
    },
  }
}
