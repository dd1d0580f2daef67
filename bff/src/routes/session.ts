/**
 * @module
 * `/api/session`: sign in (ValidateClient, then GetClientDetails and GetEmployersForClient), read
 * the session, choose the active employer, sign out.
 */
import { randomUUID } from 'node:crypto'
import { apiRouteSchemas as routes, type Session } from '@vettrak-portal/contracts'
import { InvalidCredentialsError, type VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'
import { afterAnswer } from '../middleware/after-answer.ts'
import { currentSessionWithEmployers, requireSession } from '../middleware/require-session.ts'
import { validJson } from '../middleware/validate.ts'
import type { LandingPrefetch } from '../records/landing-prefetch.ts'
import { clientAddress } from '../security/client-address.ts'
import { normaliseIdentifier, type LoginThrottle } from '../security/login-throttle.ts'
import {
  employersUnknown,
  readEmployerLinks,
  withEmployerLinks,
} from '../session/employer-links.ts'
import type { SessionData } from '../session/session-data.ts'

export interface SessionRouteDeps {
  vettrak: VettrakClient
  throttle: LoginThrottle
  /** The service account's username: refused at sign-in. */
  serviceUsername: string
  idleTimeoutSeconds: number
  /** Client codes that are staff even when VETtrak's TokenType does not say so. */
  staffClientCodes: ReadonlySet<string>
  /** Epoch seconds. */
  now: () => number
  /** Starts the landing page's reads once VETtrak has said who signed in (cache on only). */
  landingPrefetch?: LandingPrefetch
}

/** The session as the SPA sees it: no token, nothing secret. */
export function toSessionDto(session: SessionData, idleTimeoutSeconds: number): Session {
  return {
    user: session.user,
    employers: session.employers,
    activeEmployerId: session.activeEmployerId,
    idleTimeoutSeconds,
    ...(session.employersUnavailable ? { employersUnavailable: true } : {}),
  }
}

/** The session routes. */
export function sessionRoutes(deps: SessionRouteDeps) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const input = await validJson(c, routes.signIn.body)
      const address = clientAddress(c)
      // Counted before VETtrak is asked, so guesses fired together cannot all get through.
      const attempt = await deps.throttle.attempt(input.username, address)
      if (!attempt.allowed)
        throw new AppError(
          'RATE_LIMITED',
          'Too many sign-in attempts. Please wait and try again.',
          {
            retryAfter: attempt.retryAfterSeconds,
          },
        )
      // The portal's own VETtrak account signs in nobody, and a guess at it must not reach
      // VETtrak (which could lock the account the employer views run on). It counts as a failure.
      if (normaliseIdentifier(input.username) === normaliseIdentifier(deps.serviceUsername))
        throw new AppError('INVALID_CREDENTIALS', defaultMessage('INVALID_CREDENTIALS'))
      let signIn
      try {
        signIn = await deps.vettrak.validateClient(input)
      } catch (error) {
        // One message for an unknown user and a wrong password: nothing to enumerate.
        if (error instanceof InvalidCredentialsError)
          throw new AppError('INVALID_CREDENTIALS', defaultMessage('INVALID_CREDENTIALS'))
        await attempt.undecided()
        throw error
      }
      await attempt.succeeded(signIn.clientCode)
      const ref = { token: signIn.token, clientCode: signIn.clientCode }
      // The new session's id, known now so that the landing page's reads can be kept under it.
      const sid = randomUUID()
      const prefetch = deps.landingPrefetch?.start(sid, ref, (error) =>
        c.get('log').debug({ err: error }, 'landing page prefetch failed'),
      )
      let details, links
      try {
        ;[details, links] = await Promise.all([
          deps.vettrak.getClientDetails(ref),
          readEmployerLinks(deps.vettrak, ref, c.get('log')),
        ])
        await deps.throttle.learn(signIn.clientCode, [details.username, details.email])
      } catch (error) {
        prefetch?.abandon()
        throw error
      }
      const now = deps.now()
      const session = withEmployerLinks(
        {
          sid,
          token: signIn.token,
          user: {
            clientCode: signIn.clientCode,
            givenName: details.givenName,
            surname: details.surname,
            email: details.email,
            // The published signal (TokenType 03) or the RTO's own list; never a defined-here member.
            isStaff: signIn.isStaff || deps.staffClientCodes.has(signIn.clientCode),
          },
          issuedAt: now,
          lastSeenAt: now,
        },
        links,
      )
      // A fresh seal (and a new session id) at every sign-in.
      c.var.commitSession(session)
      afterAnswer(c, () => prefetch?.signedIn(session.activeEmployerId))
      return c.json(toSessionDto(session, deps.idleTimeoutSeconds), 201)
    })
    .get('/', requireSession, async (c) => {
      const session = await currentSessionWithEmployers(c, deps.vettrak)
      return c.json(toSessionDto(session, deps.idleTimeoutSeconds))
    })
    .put('/employer', requireSession, async (c) => {
      const { employerId } = await validJson(c, routes.chooseEmployer.body)
      const session = await currentSessionWithEmployers(c, deps.vettrak)
      if (session.employersUnavailable) throw employersUnknown()
      if (!session.employers.some((e) => e.id === employerId))
        throw new AppError('FORBIDDEN', 'You are not a contact for that employer.')
      const next = { ...session, activeEmployerId: employerId }
      c.var.commitSession(next)
      return c.json(toSessionDto(next, deps.idleTimeoutSeconds))
    })
    .delete('/', async (c) => {
      await c.var.endSession()
      return c.body(null, 204)
    })
}
