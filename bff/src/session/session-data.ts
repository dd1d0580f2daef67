/**
 * @module
 * What the sealed session cookie holds. The VETtrak token lives only here, inside the seal; the
 * browser can neither read nor change it.
 */
import type { EmployerChoice, SessionUser } from '@vettrak-portal/contracts'

export interface SessionData {
  /** A random id, so that sign-out can revoke this one session. */
  sid: string
  /** The user's own VETtrak token. Never sent to the browser in any other form. */
  token: string
  user: SessionUser
  /** Employers the user is a contact for: the only ones they may choose. */
  employers: EmployerChoice[]
  activeEmployerId: string | null
  /** GetEmployersForClient did not answer usefully at sign-in: it is asked again until it does. */
  employersUnavailable?: true
  /** Epoch seconds of sign-in, for the absolute timeout. */
  issuedAt: number
  /** Epoch seconds of the last request, for the idle timeout. */
  lastSeenAt: number
}

/** Why a cookie did not give a session. */
export type SessionProblem = 'missing' | 'invalid' | 'idle' | 'expired' | 'revoked'
