/**
 * @module
 * The clients a staff member can access (GetAccessibleClients), held in memory per staff session
 * for a few minutes so that typing in the search box and opening a client do not refetch the list.
 * Concurrent requests of one session share one fetch; a failed fetch is not kept.
 */
import type { ClientSummary } from '@vettrak-portal/contracts'
import { accessKey } from '../authz/staff-client-access.ts'
import { toSearchEntry, type SearchEntry } from './client-search.ts'

/** One staff member's accessible clients, by code and ready to search. */
export interface AccessibleClients {
  byCode: ReadonlyMap<string, ClientSummary>
  entries: readonly SearchEntry[]
}

export interface AccessibleClientsCacheOptions {
  /** Reads the list from VETtrak with the staff member's token. */
  load: (ref: { token: string; clientCode: string }) => Promise<ClientSummary[]>
  ttlSeconds: number
  /** Most sessions held at once; the oldest is dropped first. */
  maxSessions: number
  /** Epoch milliseconds. */
  now: () => number
}

export const DEFAULT_ACCESSIBLE_CLIENTS_CACHE = { ttlSeconds: 5 * 60, maxSessions: 50 }

/** Builds the lookup and search forms of a list. */
export function indexClients(clients: readonly ClientSummary[]): AccessibleClients {
  return {
    byCode: new Map(clients.map((client) => [accessKey(client.clientCode), client])),
    entries: clients.map(toSearchEntry),
  }
}

/** Creates the cache; `get` answers from memory while the session's entry is fresh. */
export function createAccessibleClientsCache(options: AccessibleClientsCacheOptions) {
  const held = new Map<string, { expiresAt: number; clients: Promise<AccessibleClients> }>()

  return {
    get(session: { sid: string; token: string; clientCode: string }): Promise<AccessibleClients> {
      const now = options.now()
      const entry = held.get(session.sid)
      if (entry && entry.expiresAt > now) return entry.clients
      held.delete(session.sid)
      while (held.size >= options.maxSessions) {
        const oldest = held.keys().next().value
        if (oldest === undefined) break
        held.delete(oldest)
      }
      const clients = options.load(session).then(indexClients)
      const fresh = { expiresAt: now + options.ttlSeconds * 1000, clients }
      held.set(session.sid, fresh)
      clients.catch(() => {
        if (held.get(session.sid) === fresh) held.delete(session.sid)
      })
      return clients
    },
    /** Drops a session's list (its session ended). */
    forget(sid: string) {
      held.delete(sid)
    },
    /** How many staff sessions' lists are held. */
    get size() {
      return held.size
    },
  }
}

export type AccessibleClientsCache = ReturnType<typeof createAccessibleClientsCache>
