/**
 * @module
 * `/api/staff…`: client search and a chosen client's records, with the staff user's own token.
 * VETtrak decides which clients a staff member may see (GetAccessibleClients); the BFF checks the
 * client is in that list before it reads anything of theirs. A search by email is the one call
 * made with the service account (GetClientByEmail is Protected), and its answer is shown only if
 * that client is in the list too: the service account must not widen what staff may see.
 */
import {
  apiRouteSchemas as routes,
  type ClientCodeParamSchema,
  type ClientRecordParamsSchema,
} from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { accessibleClient } from '../authz/staff-client-access.ts'
import { AppError, defaultMessage } from '../errors.ts'
import { toClientSummary } from '../mappers/staff.ts'
import { currentSession, requireSession, requireStaff } from '../middleware/require-session.ts'
import { validParams, validQuery } from '../middleware/validate.ts'
import { clientRecords } from '../records/client-records.ts'
import {
  DEFAULT_ACCESSIBLE_CLIENTS_CACHE,
  createAccessibleClientsCache,
} from '../staff/accessible-clients.ts'
import { looksLikeEmail, searchClients } from '../staff/client-search.ts'
import { tellApart } from '../staff/same-name.ts'
import { confirmOwnToken } from '../session/own-token.ts'
import type { SessionEnd } from '../session/session-end.ts'

export interface StaffRouteDeps {
  vettrak: VettrakClient
  /** Epoch milliseconds. */
  now: () => number
  /** The RTO's IANA time zone. */
  timeZone: string
  /** Where to register the accessible-clients cache's size. */
  cacheSizes?: Map<string, () => number>
  /** Where to register forgetting a session's list when the session ends. */
  sessionEnd?: SessionEnd
}

/** The staff routes. */
export function staffRoutes(deps: StaffRouteDeps) {
  const accessible = createAccessibleClientsCache({
    ...DEFAULT_ACCESSIBLE_CLIENTS_CACHE,
    now: deps.now,
    load: async (ref) => (await deps.vettrak.getAccessibleClients(ref)).map(toClientSummary),
  })

  deps.cacheSizes?.set('accessibleClients', () => accessible.size)
  deps.sessionEnd?.onEnd((sid) => accessible.forgetSession(sid))

  const accessibleOf = async (c: Context<AppEnv>) => {
    const session = currentSession(c)
    const { sid, token, user } = session
    const [list] = await Promise.all([
      accessible.get({ sid, token, clientCode: user.clientCode }),
      confirmOwnToken(deps.vettrak, session),
    ])
    return list
  }

  /** The records of the client named in the path, once the staff member may see them. */
  const recordsOf = async (c: Context<AppEnv>, code: string) => {
    const client = accessibleClient((await accessibleOf(c)).byCode, code)
    if (!client) throw new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
    return clientRecords(deps, { token: currentSession(c).token, clientCode: client.clientCode })
  }
  /** The records of the client a route's `:code` names. */
  const client = (c: Context<AppEnv>, route: { params: typeof ClientCodeParamSchema }) =>
    recordsOf(c, validParams(c, route.params).code)
  /** The client a route's `:code` names, and the record its `:id` names. */
  const record = async (c: Context<AppEnv>, route: { params: typeof ClientRecordParamsSchema }) => {
    const { code, id } = validParams(c, route.params)
    return { records: await recordsOf(c, code), id }
  }

  return new Hono<AppEnv>()
    .use(requireSession, requireStaff)
    .get('/clients', async (c) => {
      const { q } = validQuery(c, routes.staffClientSearch.query)
      if (!looksLikeEmail(q)) {
        const found = searchClients((await accessibleOf(c)).entries, q)
        const { token } = currentSession(c)
        const items = await tellApart(found.items, (clientCode) =>
          deps.vettrak.getClientDetails({ token, clientCode }),
        )
        return c.json({ ...found, items })
      }
      const [found, accessible] = await Promise.all([
        deps.vettrak.getClientByEmail({ emailAddress: q }),
        accessibleOf(c),
      ])
      const client = found && accessibleClient(accessible.byCode, found.clientCode)
      return c.json({ items: client ? [client] : [], truncated: false })
    })
    .get('/clients/:code', async (c) =>
      c.json(await (await client(c, routes.staffClient)).profile()),
    )
    .get('/clients/:code/enrolments', async (c) =>
      c.json(await (await client(c, routes.staffClientEnrolments)).enrolments()),
    )
    .get('/clients/:code/enrolments/:id/units', async (c) => {
      const { records, id } = await record(c, routes.staffClientEnrolmentUnits)
      return c.json(await records.enrolmentUnits(id))
    })
    .get('/clients/:code/events', async (c) =>
      c.json(await (await client(c, routes.staffClientEvents)).events()),
    )
    .get('/clients/:code/invoices', async (c) => {
      const route = routes.staffClientInvoices
      const records = await client(c, route)
      return c.json(await records.invoices(validQuery(c, route.query)))
    })
    .get('/clients/:code/contracts', async (c) =>
      c.json(await (await client(c, routes.staffClientContracts)).contracts()),
    )
    .get('/clients/:code/contracts/:id/units', async (c) => {
      const { records, id } = await record(c, routes.staffClientContractUnits)
      return c.json(await records.contractUnits(id))
    })
    .get('/clients/:code/awards', async (c) =>
      c.json(await (await client(c, routes.staffClientAwards)).awards()),
    )
}
