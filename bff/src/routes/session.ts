/**
 * @module
 * `/api/session`: sign in (ValidateClient, then GetClientDetails and GetEmployersForClient), read
 * the session, choose the active employer, sign out.
 */
import { randomUUID } from 'node:crypto'
import {
  ChooseEmployerInputSchema,
  SignInInputSchema,
  type EmployerChoice,
  type Session,
} from '@vettrak-portal/contracts'
import {
  InvalidCredentialsError,
  MissingRegistrationError,
  VettrakRejectedError,
  VettrakUnavailableError,
  type ClientEmployer,
  type ClientRef,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import type { Context } from 'hono'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'
import { afterAnswer } from '../middleware/after-answer.ts'
import { currentSession, requireSession } from '../middleware/require-session.ts'
import { validJson } from '../middleware/validate.ts'
import type { LandingPrefetch } from '../records/landing-prefetch.ts'
import { clientAddress } from '../security/client-address.ts'
import { normaliseIdentifier, type LoginThrottle } from '../security/login-throttle.ts'
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
  }
}

/**
 * The employers the user is a contact or employee of. GetEmployersForClient's shape is defined
 * here, not published: when VETtrak does not have it or answers it in a way the portal cannot
 * read, the person still signs in, with the learner views only, and the log says why.
 */
async function employersOrNone(
  vettrak: VettrakClient,
  ref: ClientRef,
  c: Context<AppEnv>,
): Promise<ClientEmployer[]> {
  try {
    return await vettrak.getEmployersForClient(ref)
  } catch (error) {
    const unreadable =
      (error instanceof VettrakUnavailableError &&
        (error.reason === 'soap-fault' ||
          error.reason === 'malformed-response' ||
          error.reason === 'http-error')) ||
      error instanceof VettrakRejectedError ||
      error instanceof MissingRegistrationError
    if (!unreadable) throw error
    c.get('log').warn(
      { operation: 'GetEmployersForClient', err: error },
      'GetEmployersForClient missing or unreadable: signed in with learner views only',
    )
    return []
  }
}

/** The session routes. */
export function sessionRoutes(deps: SessionRouteDeps) {
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const input = await validJson(c, SignInInputSchema)
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
      let details, employers
      try {
        ;[details, employers] = await Promise.all([
          deps.vettrak.getClientDetails(ref),
          employersOrNone(deps.vettrak, ref, c),
        ])
        await deps.throttle.learn(signIn.clientCode, [details.username, details.email])
      } catch (error) {
        prefetch?.abandon()
        throw error
      }
      const contactOf: EmployerChoice[] = employers
        .filter((e) => e.isContact)
        .map((e) => ({
          id: e.identifier,
          name: e.name ?? `Employer ${e.identifier}`,
          isPrimaryContact: e.isPrimaryContact,
        }))
      const now = deps.now()
      const session: SessionData = {
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
        employers: contactOf,
        activeEmployerId: contactOf.length === 1 ? (contactOf[0]?.id ?? null) : null,
        issuedAt: now,
        lastSeenAt: now,
      }
      // A fresh seal (and a new session id) at every sign-in.
      c.var.commitSession(session)
      afterAnswer(c, () => prefetch?.signedIn(session.activeEmployerId))
      return c.json(toSessionDto(session, deps.idleTimeoutSeconds), 201)
    })
    .get('/', requireSession, (c) =>
      c.json(toSessionDto(currentSession(c), deps.idleTimeoutSeconds)),
    )
    .put('/employer', requireSession, async (c) => {
      const { employerId } = await validJson(c, ChooseEmployerInputSchema)
      const session = currentSession(c)
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
