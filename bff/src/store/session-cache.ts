/**
 * @module
 * The one in-memory cache for what the BFF keeps per session: bounded in entries and in bytes
 * (least recently used goes first, on `lru-cache`), expiring on the injected clock, joining
 * concurrent loads of one key, and forgetting everything a session owns when it ends.
 *
 * Expiry is kept here rather than in `lru-cache`'s `ttl`: an entry lives while `expiresAt > now()`
 * on the clock the caller passes, with no timers, exactly as the caches had it before.
 */
import { LRUCache } from 'lru-cache'

/** How much a cache may hold, and for how long. */
export interface CacheLimits {
  /** How long an entry is kept, in milliseconds from when it was asked for (0 keeps nothing). */
  ttlMs: number
  /** Most entries held at once. */
  maxEntries: number
  /** Most bytes held at once, as `sizeOf` measures them; a bigger entry is not kept at all. */
  maxBytes: number
}

export interface SessionCacheOptions<V> extends CacheLimits {
  /** An entry's approximate size in bytes. */
  sizeOf: (value: V, key: string) => number
  /** Epoch milliseconds. */
  now: () => number
}

interface Entry<V> {
  session: string
  value: V
  expiresAt: number
}

/** Items of a long list weighed to estimate the whole list. */
const SAMPLED_ITEMS = 32

/**
 * Bytes, approximately, of a value kept in memory: the length of its JSON. A long list is weighed
 * from items spread along it (a list's items share one shape): writing out a big employer's
 * 5,000 trainees in full would cost ~15 ms on every miss.
 */
export function jsonBytes(value: unknown): number {
  if (!Array.isArray(value) || value.length <= SAMPLED_ITEMS)
    return JSON.stringify(value)?.length ?? 0
  const step = value.length / SAMPLED_ITEMS
  let sampled = 0
  for (let i = 0; i < SAMPLED_ITEMS; i++)
    sampled += JSON.stringify(value[Math.floor(i * step)])?.length ?? 0
  // Each item's comma, and the brackets.
  return Math.ceil((sampled / SAMPLED_ITEMS + 1) * value.length) + 1
}

/** A key of `session`'s own: no other session's key can equal it. */
export const sessionKey = (session: string, key: string) => `${session}\u0000${key}`

/** A mebibyte, for the byte bounds. */
export const MB = 1024 * 1024

/** Creates an empty cache whose entries each belong to one session. */
export function createSessionCache<V extends object>(options: SessionCacheOptions<V>) {
  const keeps = options.ttlMs > 0 && options.maxEntries > 0 && options.maxBytes > 0
  const keysOf = new Map<string, Set<string>>()
  const inFlight = new Map<string, { session: string; value: Promise<V> }>()

  const unindex = (session: string, key: string) => {
    const keys = keysOf.get(session)
    keys?.delete(key)
    if (keys?.size === 0) keysOf.delete(session)
  }
  const entries = new LRUCache<string, Entry<V>>({
    max: Math.max(1, options.maxEntries),
    maxSize: Math.max(1, options.maxBytes),
    maxEntrySize: Math.max(1, options.maxBytes),
    sizeCalculation: (entry, key) => Math.max(1, Math.ceil(options.sizeOf(entry.value, key))),
    // Evicted, deleted or replaced: the key is indexed again below if it is still held.
    dispose: (entry, key) => unindex(entry.session, key),
  })

  const get = (key: string): V | undefined => {
    const entry = entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt > options.now()) return entry.value
    entries.delete(key)
    return undefined
  }

  const store = (session: string, key: string, value: V, expiresAt: number) => {
    const now = options.now()
    if (!keeps || expiresAt <= now) return
    // Expired entries of sessions that are gone are never read again: drop them from the least
    // recently used end, or a churn of sign-ins would hold them until the bounds push them out.
    const expired: string[] = []
    for (const oldKey of entries.rkeys()) {
      if ((entries.peek(oldKey)?.expiresAt ?? now) > now) break
      expired.push(oldKey)
    }
    for (const oldKey of expired) entries.delete(oldKey)
    const entry = { session, value, expiresAt }
    entries.set(key, entry)
    if (entries.peek(key) !== entry) return
    const keys = keysOf.get(session) ?? new Set<string>()
    keysOf.set(session, keys.add(key))
  }

  return {
    /** The live value under `key`, or undefined. */
    get,

    /** Keeps `value` under `key` for `session`, for the TTL from now. */
    set(session: string, key: string, value: V): void {
      store(session, key, value, options.now() + options.ttlMs)
    },

    /**
     * The live value under `key`, or the load of it already in flight, or a new `load()`: callers
     * that ask together share one load. A failed load is not kept, and neither is one that
     * settles after its session was forgotten.
     */
    join(session: string, key: string, load: () => Promise<V>): Promise<V> {
      const hit = get(key)
      if (hit !== undefined) return Promise.resolve(hit)
      const pending = inFlight.get(key)
      if (pending) return pending.value
      const expiresAt = options.now() + options.ttlMs
      const flight = { session, value: load() }
      inFlight.set(key, flight)
      const settled = () => {
        const ours = inFlight.get(key) === flight
        if (ours) inFlight.delete(key)
        return ours
      }
      flight.value.then((value) => {
        if (settled()) store(session, key, value, expiresAt)
      }, settled)
      return flight.value
    },

    /** Forgets everything held or being loaded for `session` (it ended). */
    forgetSession(session: string): void {
      for (const key of keysOf.get(session) ?? []) entries.delete(key)
      keysOf.delete(session)
      for (const [key, flight] of inFlight) if (flight.session === session) inFlight.delete(key)
    },

    /** Entries held (loads in flight are not counted). */
    get size() {
      return entries.size
    },

    /** Bytes held, as `sizeOf` measures them. */
    get bytes() {
      return entries.calculatedSize
    },
  }
}

export type SessionCache<V extends object> = ReturnType<typeof createSessionCache<V>>
