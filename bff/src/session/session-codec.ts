/**
 * @module
 * Seals and unseals the session cookie with iron-session's primitives, and decides whether a
 * session is still alive (idle and absolute timeouts, revocation).
 *
 * Unsealing is not cheap: it was ~28% of the BFF's CPU under load (docs/benchmarks.md). A cookie
 * that opened once is kept, by its exact value, in a small bounded cache for a few minutes, so a
 * busy session is unsealed once rather than on every request. Only successful opens are kept, and
 * revocation (in the shared store, when there is one) and both timeouts are still checked on every
 * request. A session that ends takes its opened cookies with it.
 */
import { sealData, unsealData } from 'iron-session'
import { createSessionCache, jsonBytes, MB } from '../store/session-cache.ts'
import type { RevocationList } from './revocation-list.ts'
import type { SessionData, SessionProblem } from './session-data.ts'

export interface SessionCodecOptions {
  secret: string
  idleTimeoutSeconds: number
  absoluteTimeoutSeconds: number
  revocations: RevocationList
}

export type OpenedSession =
  { ok: true; session: SessionData } | { ok: false; problem: SessionProblem }

const isSessionData = (value: unknown): value is SessionData =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionData).sid === 'string' &&
  typeof (value as SessionData).token === 'string' &&
  typeof (value as SessionData).issuedAt === 'number' &&
  typeof (value as SessionData).lastSeenAt === 'number'

/**
 * Exactly what `seal` writes: iron's eight `*`-separated parts and iron-session's `~2`. The library
 * itself reads the version leniently (`~2AAAA` counts as `~2`), so a valid seal with junk appended
 * would otherwise still open.
 */
const SEAL_SHAPE = /^Fe26\.2\*\d*\*[\w-]+\*[\w-]+\*[\w-]+\*\d*\*[\w-]+\*[\w-]+~2$/

/** Opened cookies kept (least recently used goes first), and for how long. */
export const OPENED_CACHE = { ttlMs: 5 * 60 * 1000, maxEntries: 5_000, maxBytes: 16 * MB }

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key])
  }
  return value
}

/** Creates the sealer/opener for one secret and one set of timeouts. */
export function createSessionCodec(options: SessionCodecOptions) {
  // The seal's own expiry backs up the absolute timeout even if the clock check below were bypassed.
  const ttl = options.absoluteTimeoutSeconds + 60
  // Runs on the clock of the request whose cookie is being opened (`open`'s `now`).
  let openingAt = 0
  const opened = createSessionCache<SessionData>({
    ...OPENED_CACHE,
    now: () => openingAt * 1000,
    sizeOf: (data, cookie) => cookie.length + jsonBytes(data),
  })

  /** The cookie's session, from the cache or unsealed (and then cached); undefined if invalid. */
  const unseal = async (cookie: string, now: number): Promise<SessionData | undefined> => {
    openingAt = now
    const hit = opened.get(cookie)
    if (hit) return hit
    let data: unknown
    try {
      data = await unsealData<unknown>(cookie, { password: options.secret, ttl })
    } catch {
      return undefined
    }
    if (!isSessionData(data)) return undefined
    // Again: another request may have opened a cookie while this one was unsealed.
    openingAt = now
    // Frozen: every request holding this cookie shares the object.
    opened.set(data.sid, cookie, deepFreeze(data))
    return data
  }

  return {
    seal: (session: SessionData) => sealData(session, { password: options.secret, ttl }),

    /** Opens a cookie value and checks the session is alive at `now` (epoch seconds). */
    async open(cookie: string | undefined, now: number): Promise<OpenedSession> {
      if (!cookie) return { ok: false, problem: 'missing' }
      if (!SEAL_SHAPE.test(cookie)) return { ok: false, problem: 'invalid' }
      const data = await unseal(cookie, now)
      if (!data) return { ok: false, problem: 'invalid' }
      // Checked on every request, the cached ones too: a sign-out elsewhere counts at once. When
      // the list cannot be read (the shared store is down) this rejects: fail closed.
      if (await options.revocations.isRevoked(data.sid)) return { ok: false, problem: 'revoked' }
      if (now - data.issuedAt >= options.absoluteTimeoutSeconds)
        return { ok: false, problem: 'expired' }
      if (now - data.lastSeenAt >= options.idleTimeoutSeconds) return { ok: false, problem: 'idle' }
      return { ok: true, session: data }
    },

    /** Forgets the opened cookies of a session that ended. */
    forgetSession: (sid: string) => opened.forgetSession(sid),

    /** How many opened cookies are kept (for diagnostics). */
    get openedCookies() {
      return opened.size
    },
  }
}

export type SessionCodec = ReturnType<typeof createSessionCodec>
