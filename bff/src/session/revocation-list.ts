/**
 * @module
 * A sealed cookie is valid wherever it is presented until it expires, so a copy would outlive
 * sign-out. The BFF remembers signed-out session ids until their sessions would have expired
 * anyway, which makes sign-out final for this process (see docs/security.md for several instances).
 */

/** Remembers revoked session ids, each until `expiresAt` (epoch seconds). */
export function createRevocationList(now: () => number) {
  const revoked = new Map<string, number>()
  const prune = () => {
    const time = now()
    for (const [sid, expiresAt] of revoked) if (expiresAt <= time) revoked.delete(sid)
  }
  return {
    revoke(sid: string, expiresAt: number) {
      if (revoked.size > 10_000) prune()
      revoked.set(sid, expiresAt)
    },
    isRevoked(sid: string) {
      const expiresAt = revoked.get(sid)
      if (expiresAt === undefined) return false
      if (expiresAt <= now()) {
        revoked.delete(sid)
        return false
      }
      return true
    },
    get size() {
      return revoked.size
    },
  }
}

export type RevocationList = ReturnType<typeof createRevocationList>
