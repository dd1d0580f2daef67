/**
 * @module
 * Who must forget a session when it ends (sign-out, or VETtrak saying its token expired): the
 * caches keyed by session id hold lists of people, and should not outlive the session by minutes.
 */

/** A list of forgetters, called with the session id of each session that ends. */
export function createSessionEnd() {
  const forgetters: Array<(sid: string) => void> = []
  return {
    /** Registers a cache's forget function. */
    onEnd(forget: (sid: string) => void) {
      forgetters.push(forget)
    },
    ended(sid: string) {
      for (const forget of forgetters) forget(sid)
    },
  }
}

export type SessionEnd = ReturnType<typeof createSessionEnd>
