/**
 * @module
 * The employer views and staff search run on the service account and cached lists, so without a
 * check of their own they would go on answering after VETtrak has ended the person's token. This
 * asks VETtrak with the person's token for their own details (published, and Restricted always
 * allows a client their own code; `GetEmployersForClient`'s shape is defined here and a VETtrak may
 * not offer it): a read, so the upstream cache keeps the answer for `VETTRAK_CACHE_SECONDS` (30 s),
 * the same as the learner's own reads. An ended token is a
 * `TokenExpiredError`, which ends the session (401 `SESSION_EXPIRED`).
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import type { SessionData } from './session-data.ts'

/** Resolves while VETtrak still accepts the session's own token. */
export async function confirmOwnToken(vettrak: VettrakClient, session: SessionData) {
  await vettrak.getClientDetails({ token: session.token, clientCode: session.user.clientCode })
}
