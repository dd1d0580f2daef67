/**
 * @module
 * Guards every signed-in route: no session is 401, and a session that timed out says so.
 */
import type { Context } from 'hono'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { withEmployersRetried } from '../session/employer-links.ts'
import type { SessionData } from '../session/session-data.ts'

/** Throws UNAUTHENTICATED, or SESSION_EXPIRED when the session timed out. */
export const requireSession = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('session')) {
    const problem = c.get('sessionProblem')
    if (problem === 'idle' || problem === 'expired')
      throw new AppError('SESSION_EXPIRED', defaultMessage('SESSION_EXPIRED'))
    throw new AppError('UNAUTHENTICATED', defaultMessage('UNAUTHENTICATED'))
  }
  return next()
})

/** Throws FORBIDDEN unless the signed-in user is staff. */
export const requireStaff = createMiddleware<AppEnv>(async (c, next) => {
  if (!c.get('session')?.user.isStaff)
    throw new AppError('FORBIDDEN', 'This is for staff members only.')
  return next()
})

/** The session of a route behind `requireSession`. */
export function currentSession(c: Context<AppEnv>): SessionData {
  const session = c.get('session')
  if (!session) throw new AppError('UNAUTHENTICATED', defaultMessage('UNAUTHENTICATED'))
  return session
}

/**
 * The session of a route behind `requireSession`, with the person's employers read again first
 * when sign-in could not read them (see `withEmployersRetried`).
 */
export function currentSessionWithEmployers(
  c: Context<AppEnv>,
  vettrak: VettrakClient,
): Promise<SessionData> {
  return withEmployersRetried(vettrak, currentSession(c), {
    log: c.get('log'),
    commit: c.var.commitSession,
  })
}
