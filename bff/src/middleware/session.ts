/**
 * @module
 * Opens the sealed session cookie on every request and writes it back only when needed: when the
 * session changed, or when its idle clock would otherwise fall more than a minute behind (sealing on
 * every request would halve throughput; the codec keeps opened cookies so unsealing is rare too).
 */
import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import type { SessionCodec } from '../session/session-codec.ts'
import type { RevocationList } from '../session/revocation-list.ts'
import type { SessionData } from '../session/session-data.ts'

const RESEAL_AFTER_SECONDS = 60

/** Over HTTPS the cookie is `Secure` and host-only; over plain HTTP (the demo, tests) browsers drop that. */
function cookieSecurity(secure: boolean) {
  return { secure, name: secure ? '__Host-vtp_session' : 'vtp_session' }
}

export interface SessionMiddlewareOptions {
  codec: SessionCodec
  revocations: RevocationList
  absoluteTimeoutSeconds: number
  /** Epoch seconds. */
  now: () => number
  /** Told the id of every session that ends, so caches keyed by it can forget it. */
  onSessionEnd?: (sid: string) => void
  /** Whether the portal is served over HTTPS (`security/https.ts`). */
  https: (c: Context) => boolean
}

/** Puts `session`, `commitSession` and `endSession` on `c.var`. */
export function sessionMiddleware(options: SessionMiddlewareOptions) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { secure, name } = cookieSecurity(options.https(c))
    const now = options.now()
    const cookie = getCookie(c, name)
    const opened = await options.codec.open(cookie, now)
    let session: SessionData | null = opened.ok ? opened.session : null
    let changed = false
    let ended = false

    c.set('session', session)
    c.set('sessionProblem', opened.ok ? null : opened.problem)
    c.set('commitSession', (next: SessionData) => {
      session = next
      changed = true
      ended = false
      c.set('session', next)
    })
    c.set('endSession', async () => {
      if (session) {
        // Recorded first: if the revocation cannot be written, sign-out fails (503) and the
        // cookie stays, rather than the browser forgetting a session that is still valid.
        await options.revocations.revoke(
          session.sid,
          session.issuedAt + options.absoluteTimeoutSeconds,
        )
        options.onSessionEnd?.(session.sid)
      }
      session = null
      ended = true
      c.set('session', null)
    })

    await next()

    if (ended || (!session && cookie)) {
      deleteCookie(c, name, { path: '/', secure, httpOnly: true, sameSite: 'Lax' })
      return
    }
    if (!session) return
    if (!changed && now - session.lastSeenAt < RESEAL_AFTER_SECONDS) return
    const sealed = await options.codec.seal({ ...session, lastSeenAt: now })
    setCookie(c, name, sealed, {
      path: '/',
      httpOnly: true,
      secure,
      sameSite: 'Lax',
      // The browser drops the cookie at the absolute timeout; the server enforces both timeouts.
      maxAge: Math.max(0, session.issuedAt + options.absoluteTimeoutSeconds - now),
    })
  })
}
