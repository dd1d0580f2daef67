/**
 * @module
 * What the upstream layer does with each client function, chosen once per function. The table is
 * checked against the client's type: a client function without a policy (or a policy for one that
 * is gone) does not compile, so no function gets its behaviour from its name by accident.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'

/**
 * - `read`: retried after a transient failure, identical calls in flight joined, and a list answer
 *   kept in the signed-in user's cache for a while.
 * - `uncached`: a `read` whose answer is never put in the per-user cache.
 * - `once`: one attempt through the circuit breaker, never retried (a sign-in attempt: a retry
 *   could count twice towards a lock-out).
 * - `write`: one attempt through the circuit breaker, then the user's cached reads are forgotten.
 * - `pass`: handed to the routes untouched (not a VETtrak operation).
 */
export type Policy = 'read' | 'uncached' | 'once' | 'write' | 'pass'

/** A client member that is a VETtrak call: one input, call options, an answer. */
type VettrakCall = (input: never, options?: never) => Promise<unknown>

/** Every client member gets a policy; only a VETtrak call can be given one other than `pass`. */
export type PolicyTable = {
  [Name in keyof VettrakClient]: VettrakClient[Name] extends VettrakCall ? Policy : 'pass'
}

export const POLICIES = {
  validateClient: 'once',
  getClientDetails: 'read',
  getEmployersForClient: 'read',
  getPasswordPolicy: 'read',
  updateClientUsernamePassword: 'write',

  getEventsForClient: 'read',
  getEnrolmentsForClient: 'read',
  getUnitsForEnrolment: 'read',
  getContractsForClient: 'read',
  getUnitsForContract: 'read',
  getInvoicesForClient: 'read',
  getAwardsForClient: 'read',

  getEmployerDetails: 'read',
  getEmployerTree: 'read',
  getEmployerContactDetails: 'read',
  getTraineesForEmployer: 'read',
  getEmployeesForEmployer: 'read',
  getEventsForEmployer: 'read',
  getInvoicesForEmployer: 'read',
  getOccurrencesForEmployer: 'read',
  getUnitsForContractAsService: 'read',
  getUnitsForEnrolmentAsService: 'read',
  getEventsForClientAsService: 'read',
  getEnrolmentsForClientAsService: 'read',
  getEmployersForClientAsService: 'read',
  getEnrolmentsForEmployer: 'read',

  // Staff search keeps the accessible-clients list (thousands of people) in its own cache.
  getAccessibleClients: 'uncached',
  getClientByCode: 'read',
  getClientByEmail: 'read',
  getEnrolmentsForStaff: 'read',

  // The RTO's location names are everyone's: `reference/location-names.ts` keeps them an hour.
  getLocations: 'uncached',

  // The public certificate check has its own rate limit and minimum answer time: one attempt.
  verifyAward: 'once',

  service: 'pass',
  ready: 'pass',
  close: 'pass',
} as const satisfies PolicyTable
