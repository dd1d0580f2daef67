/**
 * @module
 * A short-lived, bounded (least recently used) cache of read answers, partitioned by user: an
 * entry is only ever found with the key of the user it was stored for.
 */

export interface UserCacheOptions {
  ttlMs: number
  maxEntries: number
  /** Epoch milliseconds; injectable for tests. */
  now?: () => number
}

interface Entry {
  userKey: string
  value: unknown
  expiresAt: number
}

export type UserCache = ReturnType<typeof createUserCache>

/** Creates an empty cache. */
export function createUserCache(options: UserCacheOptions) {
  const now = options.now ?? Date.now
  const entries = new Map<string, Entry>()
  const compositeKey = (userKey: string, key: string) => `${userKey}\u0000${key}`

  return {
    /** The live entry for this user and key, or undefined. */
    get(userKey: string, key: string): unknown {
      const id = compositeKey(userKey, key)
      const entry = entries.get(id)
      if (!entry) return undefined
      entries.delete(id)
      if (entry.expiresAt <= now()) return undefined
      entries.set(id, entry)
      return entry.value
    },
    /** Stores `value` for this user; the least recently used entry goes when full. */
    set(userKey: string, key: string, value: unknown): void {
      if (options.ttlMs <= 0 || options.maxEntries <= 0) return
      const id = compositeKey(userKey, key)
      const time = now()
      // Expired entries of sessions that are gone are never read again: drop them from the least
      // recently used end, or a churn of sign-ins would hold every list until the count bound.
      for (const [oldId, entry] of entries) {
        if (entry.expiresAt > time) break
        entries.delete(oldId)
      }
      entries.delete(id)
      entries.set(id, { userKey, value, expiresAt: time + options.ttlMs })
      while (entries.size > options.maxEntries) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
    },
    /** Forgets everything stored for this user. */
    clearUser(userKey: string): void {
      for (const [id, entry] of entries) if (entry.userKey === userKey) entries.delete(id)
    },
    get size() {
      return entries.size
    },
  }
}
