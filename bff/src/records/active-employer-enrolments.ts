/**
 * @module
 * The active employer's enrolments, read at sign-in for a contact of one employer (whose session
 * starts with it active): the largest list an employer page reads (thousands of rows for a large
 * employer), and the first the overview and the enrolments page ask for. Read inside the landing
 * prefetch, it waits in the new session's per-user cache only. It decides nothing: every employer
 * route still checks the scope before it answers from that cache.
 */
import type { ClientRef, VettrakClient } from '@vettrak-portal/vettrak-client'
import { activeAtSignIn } from '../authz/employer-scope.ts'

/** Reads the enrolments of the employer the session of `ref` will have active, if any. */
export async function readActiveEmployerEnrolments(vettrak: VettrakClient, ref: ClientRef) {
  // The sign-in asks for the same list at the same moment: this call joins that one.
  const employers = await vettrak.getEmployersForClient(ref)
  const active = activeAtSignIn(
    employers.filter((e) => e.isContact).map((e) => ({ id: e.identifier })),
  )
  if (active !== null) await vettrak.getEnrolmentsForEmployer({ employerIdentifier: active })
}
