/**
 * @module
 * `/api/me…`: the signed-in user's own records, read with their own token. The client code comes
 * from the session, never from the request, so a learner can only ever see themselves.
 */
import { apiRouteSchemas as routes } from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono, type Context } from 'hono'
import { changePassword } from '../account/change-password.ts'
import type { AppEnv } from '../app-env.ts'
import { toPasswordPolicy } from '../mappers/learner.ts'
import { currentSession, requireSession } from '../middleware/require-session.ts'
import { validJson, validParams, validQuery } from '../middleware/validate.ts'
import { clientRecords } from '../records/client-records.ts'
import { clientAddress } from '../security/client-address.ts'
import type { LoginThrottle } from '../security/login-throttle.ts'

export interface MeRouteDeps {
  vettrak: VettrakClient
  throttle: LoginThrottle
  /** Epoch milliseconds. */
  now: () => number
  /** The RTO's IANA time zone. */
  timeZone: string
}

/** The learner's own routes. */
export function meRoutes(deps: MeRouteDeps) {
  const mine = (c: Context<AppEnv>) => {
    const { token, user } = currentSession(c)
    return clientRecords(deps, { token, clientCode: user.clientCode })
  }

  return new Hono<AppEnv>()
    .use(requireSession)
    .get('/', async (c) => c.json(await mine(c).profile()))
    .get('/enrolments', async (c) => c.json(await mine(c).enrolments()))
    .get('/enrolments/:id/units', async (c) => {
      const { id } = validParams(c, routes.myEnrolmentUnits.params)
      return c.json(await mine(c).enrolmentUnits(id))
    })
    .get('/events', async (c) => c.json(await mine(c).events()))
    .get('/invoices', async (c) =>
      c.json(await mine(c).invoices(validQuery(c, routes.myInvoices.query))),
    )
    .get('/contracts', async (c) => c.json(await mine(c).contracts()))
    .get('/contracts/:id/units', async (c) => {
      const { id } = validParams(c, routes.myContractUnits.params)
      return c.json(await mine(c).contractUnits(id))
    })
    .get('/awards', async (c) => c.json(await mine(c).awards()))
    .get('/password-policy', async (c) => {
      const policy = await deps.vettrak.getPasswordPolicy({ token: currentSession(c).token })
      return c.json(toPasswordPolicy(policy))
    })
    .put('/password', async (c) => {
      const input = await validJson(c, routes.changeMyPassword.body)
      await changePassword(deps, currentSession(c), input, clientAddress(c))
      return c.body(null, 204)
    })
}
