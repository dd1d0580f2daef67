/**
 * @module
 * The employers a person may act for, from GetEmployersForClient: read at sign-in, and read again
 * later while a session is still waiting for an answer. GetEmployersForClient's shape is defined
 * here, not published, so the portal never lets it stop a sign-in:
 * - this VETtrak does not have the operation: learner views only, for good;
 * - it failed or answered unreadably this time (an outage, a fault, a body we cannot read): learner
 *   views for now, and the session asks again, so a contact who signed in during a hiccup gets their
 *   employer views back once VETtrak answers instead of losing them until they sign in again.
 */
import type { EmployerChoice } from '@vettrak-portal/contracts'
import {
  VettrakAbortedError,
  VettrakError,
  VettrakUnavailableError,
  type ClientRef,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import type { Logger } from 'pino'
import { AppError } from '../errors.ts'
import type { SessionData } from './session-data.ts'

/** What GetEmployersForClient said about a person. */
export type EmployerLinks =
  | { state: 'read'; contactOf: EmployerChoice[] }
  /** This VETtrak does not offer the operation. */
  | { state: 'absent' }
  /** It did not answer usefully this time; ask again later. */
  | { state: 'unavailable' }

/** Reads the employers `ref` is a contact for; only a failure that is not VETtrak's is thrown. */
export async function readEmployerLinks(
  vettrak: VettrakClient,
  ref: ClientRef,
  log: Pick<Logger, 'warn'>,
): Promise<EmployerLinks> {
  try {
    const employers = await vettrak.getEmployersForClient(ref)
    const contactOf = employers
      .filter((e) => e.isContact)
      .map((e) => ({
        id: e.identifier,
        name: e.name ?? `Employer ${e.identifier}`,
        isPrimaryContact: e.isPrimaryContact,
      }))
    return { state: 'read', contactOf }
  } catch (error) {
    if (!(error instanceof VettrakError) || error instanceof VettrakAbortedError) throw error
    const absent = error instanceof VettrakUnavailableError && error.reason === 'unknown-operation'
    log.warn(
      { operation: 'GetEmployersForClient', err: error },
      absent
        ? 'GetEmployersForClient missing: signed in with learner views only'
        : 'GetEmployersForClient unavailable or unreadable: learner views until it answers',
    )
    return absent ? { state: 'absent' } : { state: 'unavailable' }
  }
}

/** The session's employer fields after `links` (a single employer is chosen for the person). */
export function withEmployerLinks(
  session: Omit<SessionData, 'employers' | 'activeEmployerId'>,
  links: EmployerLinks,
): SessionData {
  const employers = links.state === 'read' ? links.contactOf : []
  const { employersUnavailable: _previous, ...rest } = session
  return {
    ...rest,
    employers,
    activeEmployerId: employers.length === 1 ? (employers[0]?.id ?? null) : null,
    ...(links.state === 'unavailable' ? { employersUnavailable: true as const } : {}),
  }
}

/**
 * The session with its employers read again when sign-in could not read them, committed when that
 * changed anything; otherwise the session as it is. Every request that depends on the person's
 * employers asks through this, so the answer does not wait for the SPA to re-read the session.
 */
export async function withEmployersRetried(
  vettrak: VettrakClient,
  session: SessionData,
  { log, commit }: { log: Pick<Logger, 'warn'>; commit: (next: SessionData) => void },
): Promise<SessionData> {
  if (!session.employersUnavailable) return session
  const ref = { token: session.token, clientCode: session.user.clientCode }
  const links = await readEmployerLinks(vettrak, ref, log)
  if (links.state === 'unavailable') return session
  const next = withEmployerLinks(session, links)
  commit(next)
  return next
}

/** The answer while a person's employers are still unknown: try again, never "not a contact". */
export const employersUnknown = () =>
  new AppError(
    'UPSTREAM_UNAVAILABLE',
    'Your employers could not be read from VETtrak just now. Please try again in a moment.',
  )
