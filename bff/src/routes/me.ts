/**
 * @module
 * `/api/me…`: the signed-in user's own records, read with their own token. The client code comes
 * from the session, never from the request, so a learner can only ever see themselves.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { currentSession, requireSession } from '../middleware/require-session.ts'
import { toProfile } from '../mappers/profile.ts'

/** The learner's own routes. */
export function meRoutes(vettrak: VettrakClient) {
  return new Hono<AppEnv>().use(requireSession).get('/', async (c) => {
    const { token, user } = currentSession(c)
    const details = await vettrak.getClientDetails({ token, clientCode: user.clientCode })
    return c.json(toProfile(details))
  })
}
