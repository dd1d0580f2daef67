/**
 * @module
 * The active employer's tree, per session, for a few minutes: every employer request needs it to
 * decide the scope, and the SPA asks for several views at once. It is read together with the
 * user's current employers, so a contact the RTO removes loses access when the entry expires.
 * Concurrent requests share one read; a failed read is not kept.
 */
import type { EmployerTree } from '@vettrak-portal/vettrak-client'
import { activeTreeOf, type ActiveTree } from './employer-scope.ts'

/** A tree with the set of employers it allows. */
export interface CachedTree extends ActiveTree {
  tree: EmployerTree
}

/** What one read brings: GetEmployerTree, and whom GetEmployersForClient lists as contact of. */
export interface TreeRead {
  tree: EmployerTree
  contactOf: readonly string[]
}

export interface EmployerTreeCacheOptions {
  ttlMs: number
  maxEntries: number
  /** Epoch milliseconds. */
  now: () => number
}

/** Defaults: five minutes, room for a few thousand sessions. */
export const DEFAULT_TREE_CACHE = { ttlMs: 5 * 60 * 1000, maxEntries: 5000 }

/** A bounded, expiring cache of employer trees keyed by session id and employer. */
export function createEmployerTreeCache(options: EmployerTreeCacheOptions) {
  const entries = new Map<string, { expiresAt: number; tree: Promise<CachedTree> }>()

  return {
    /** The tree of `employerId` as seen by session `sessionId`; `read` runs on a miss. */
    get(sessionId: string, employerId: string, read: () => Promise<TreeRead>): Promise<CachedTree> {
      const key = `${sessionId}\u0000${employerId}`
      const now = options.now()
      const found = entries.get(key)
      entries.delete(key)
      if (found && found.expiresAt > now) {
        entries.set(key, found)
        return found.tree
      }
      const tree = read().then(({ tree, contactOf }) => ({
        ...activeTreeOf(tree, contactOf),
        tree,
      }))
      const entry = { expiresAt: now + options.ttlMs, tree }
      entries.set(key, entry)
      tree.catch(() => {
        if (entries.get(key) === entry) entries.delete(key)
      })
      // Map keeps insertion order and a hit is re-inserted, so the first key is the least recent.
      for (const oldest of entries.keys()) {
        if (entries.size <= options.maxEntries) break
        entries.delete(oldest)
      }
      return tree
    },
    /** Drops every tree held for a session (its session ended). */
    forgetSession(sessionId: string) {
      for (const key of entries.keys())
        if (key.startsWith(`${sessionId}\u0000`)) entries.delete(key)
    },
    /** How many trees are held (for tests). */
    get size() {
      return entries.size
    },
  }
}

export type EmployerTreeCache = ReturnType<typeof createEmployerTreeCache>
