/**
 * @module
 * Reference data of the whole RTO, the same for every user: read with the service account's token
 * (GetLocations is assumed Protected).
 */
import type { CallOptions, Invoke } from '../invoke.ts'
import { toLocation } from '../mapping/common.ts'
import { LocationSchema } from '../schemas/common.ts'
import type { ServiceSession } from '../service-session.ts'
import { readList } from './shared.ts'

/** The reference-data reads; each uses the service session's token. */
export function referenceOperations(invoke: Invoke, session: ServiceSession) {
  return {
    /** The RTO's locations (campuses and delivery sites), each with its code and name. */
    getLocations(options?: CallOptions) {
      return session.withToken('GetLocations', (token) =>
        readList(invoke, 'GetLocations', { token }, options, LocationSchema, (result) =>
          result.LocaList.map(toLocation),
        ),
      )
    },
  }
}
