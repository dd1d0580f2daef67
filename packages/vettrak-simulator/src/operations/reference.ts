/**
 * @module
 * Reference data of the whole RTO: GetLocations, every location in seed order (Protected: the
 * portal reads it with its service account).
 */
import type { Handler, Handlers } from './context.ts'

export const getLocations: Handler<'GetLocations'> = ({ caller, services }) => ({
  Auth: caller.auth,
  LocaList: [...services.store.locations.values()],
})

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const referenceHandlers = {
  GetLocations: getLocations,
} satisfies Handlers
