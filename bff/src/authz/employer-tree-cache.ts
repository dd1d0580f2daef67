/**
 * @module
 * The active employer's tree, per session, for a few minutes: every employer request needs it to
 * decide the scope, and the SPA asks for several views at once. It is read together with the
 * user's current employers, so a contact the RTO removes loses access when the entry expires.
 * Concurrent requests share one read; a failed read is not kept.
 */
import type { EmployerTree } from '@vettrak-portal/vettrak-client'
import {
  createSessionCache,
  jsonBytes,
  MB,
  sessionKey,
  type CacheLimits,
} from '../store/session-cache.ts'
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

export interface EmployerTreeCacheOptions extends CacheLimits {
  /** Epoch milliseconds. */
  now: () => number
}

/** Defaults: five minutes, room for a few thousand sessions. */
export const DEFAULT_TREE_CACHE: CacheLimits = {
  ttlMs: 5 * 60 * 1000,
  maxEntries: 5000,
  maxBytes: 32 * MB,
}

/** A bounded, expiring cache of employer trees keyed by session id and employer. */
export function createEmployerTreeCache(options: EmployerTreeCacheOptions) {
  const trees = createSessionCache<CachedTree>({
    ...options,
    sizeOf: (held) => jsonBytes(held.tree),
  })

  return {
    /** The tree of `employerId` as seen by session `sessionId`; `read` runs on a miss. */
    get(sessionId: string, employerId: string, read: () => Promise<TreeRead>): Promise<CachedTree> {
      return trees.join(sessionId, sessionKey(sessionId, employerId), async () => {
        const { tree, contactOf } = await read()
        return { ...activeTreeOf(tree, contactOf), tree }
      })
    },
    /** Drops every tree held for a session (its session ended). */
    forgetSession: (sessionId: string) => trees.forgetSession(sessionId),
    /** How many trees are held (for tests). */
    get size() {
      return trees.size
    },
  }
}

export type EmployerTreeCache = ReturnType<typeof createEmployerTreeCache>
