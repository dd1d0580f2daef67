/**
 * @module
 * Whether VETtrak has forgotten a session's token. VETtrak answers Status -1 both for a token it
 * does not know (a restarted VETtrak forgets every token) and for a request it refuses (invalid
 * input, a Restricted record of someone else). So a -1 on a read made with the user's token
 * (`TokenRefusedError`) is checked with the one read that user may always make, their own
 * details: refused again (-1 or -2), the token is gone and the person must sign in again;
 * answered, the first -1 was a refusal of that request and keeps its meaning.
 */
import {
  TokenExpiredError,
  TokenRefusedError,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import type { SessionData } from './session-data.ts'

/** True when VETtrak no longer accepts `session`'s token even for the user's own details. */
export async function isTokenForgotten(
  vettrak: Pick<VettrakClient, 'getClientDetails'>,
  session: SessionData,
): Promise<boolean> {
  try {
    await vettrak.getClientDetails({ token: session.token, clientCode: session.user.clientCode })
    return false
  } catch (error) {
    return error instanceof TokenRefusedError || error instanceof TokenExpiredError
  }
}
