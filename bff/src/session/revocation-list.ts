/**
 * @module
 * A sealed cookie is valid wherever it is presented until it expires, so a copy would outlive
 * sign-out. The BFF remembers signed-out session ids until their sessions would have expired
 * anyway. In memory that makes sign-out final for this process only; with a shared store
 * (`REDIS_URL`) it is final on every instance (see docs/security.md).
 */
import { KEY_PREFIX, type SharedStore } from '../store/shared-store.ts'

/** Revoked session ids, each until its session would have expired anyway. */
export interface RevocationList {
  /** Revokes `sid` until `expiresAt` (epoch seconds); rejects if it could not be recorded. */
  revoke(sid: string, expiresAt: number): Promise<void>
  /** Whether `sid` is revoked; rejects (`StoreUnavailableError`) if that cannot be known. */
  isRevoked(sid: string): Promise<boolean>
  /** Revoked ids held in this process (0 when they are in the shared store). */
  readonly size: number
}

/** The in-process list: final for this process only. */
export function createRevocationList(now: () => number): RevocationList {
  const revoked = new Map<string, number>()
  const prune = () => {
    const time = now()
    for (const [sid, expiresAt] of revoked) if (expiresAt <= time) revoked.delete(sid)
  }
  return {
    revoke(sid, expiresAt) {
      if (revoked.size > 10_000) prune()
      revoked.set(sid, expiresAt)
      return Promise.resolve()
    },
    isRevoked(sid) {
      const expiresAt = revoked.get(sid)
      if (expiresAt !== undefined && expiresAt <= now()) revoked.delete(sid)
      return Promise.resolve(expiresAt !== undefined && expiresAt > now())
    },
    get size() {
      return revoked.size
    },
  }
}

/** The list in the shared store: every instance sees a revocation as soon as it is written. */
export function createSharedRevocationList(store: SharedStore, now: () => number): RevocationList {
  const key = (sid: string) => `${KEY_PREFIX}revoked:${sid}`
  return {
    async revoke(sid, expiresAt) {
      const seconds = expiresAt - now()
      if (seconds <= 0) return
      await store.run((redis) => redis.set(key(sid), '1', 'EX', seconds))
    },
    async isRevoked(sid) {
      return (await store.run((redis) => redis.exists(key(sid)))) > 0
    },
    size: 0,
  }
}
