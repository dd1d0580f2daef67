/**
 * @module
 * The clients a staff member can access (GetAccessibleClients), held in memory per staff session
 * for a few minutes so that typing in the search box and opening a client do not refetch the list.
 * Concurrent requests of one session share one fetch; a failed fetch is not kept.
 */
import type { ClientSummary } from '@vettrak-portal/contracts'
import { accessKey } from '../authz/staff-client-access.ts'
import { createSessionCache, jsonBytes, MB, type CacheLimits } from '../store/session-cache.ts'
import { toSearchEntry, type SearchEntry } from './client-search.ts'

/** One staff member's accessible clients, by code and ready to search. */
export interface AccessibleClients {
  byCode: ReadonlyMap<string, ClientSummary>
  entries: readonly SearchEntry[]
}

export interface AccessibleClientsCacheOptions extends CacheLimits {
  /** Reads the list from VETtrak with the staff member's token. */
  load: (ref: { token: string; clientCode: string }) => Promise<ClientSummary[]>
  /** Epoch milliseconds. */
  now: () => number
}

/** Five minutes, for a few dozen staff sessions at once. */
export const DEFAULT_ACCESSIBLE_CLIENTS_CACHE: CacheLimits = {
  ttlMs: 5 * 60 * 1000,
  maxEntries: 50,
  maxBytes: 64 * MB,
}

/** Builds the lookup and search forms of a list. */
export function indexClients(clients: readonly ClientSummary[]): AccessibleClients {
  return {
    byCode: new Map(clients.map((client) => [accessKey(client.clientCode), client])),
    entries: clients.map(toSearchEntry),
  }
}

/** Creates the cache; `get` answers from memory while the session's entry is fresh. */
export function createAccessibleClientsCache(options: AccessibleClientsCacheOptions) {
  const held = createSessionCache<AccessibleClients>({
    ...options,
    sizeOf: (clients) => jsonBytes(clients.entries),
  })

  return {
    get(session: { sid: string; token: string; clientCode: string }): Promise<AccessibleClients> {
      return held.join(session.sid, session.sid, async () =>
        indexClients(await options.load(session)),
      )
    },
    /** Drops a session's list (its session ended). */
    forgetSession: (sid: string) => held.forgetSession(sid),
    /** How many staff sessions' lists are held. */
    get size() {
      return held.size
    },
  }
}

export type AccessibleClientsCache = ReturnType<typeof createAccessibleClientsCache>
