/**
 * @module
 * Runs one decoded operation: an injected data-level fault if one is planned, then the token
 * (unknown -1, expired -2, otherwise the idle timer restarts), then the security level, then the
 * operation's handler.
 */
import {
  operations,
  Status,
  type OperationName,
  type StatusCode,
  type WireRequest,
  type WireResult,
} from '@vettrak-portal/vettrak-api'
import { authorise } from '../rules/security.ts'
import { Messages } from '../rules/statuses.ts'
import {
  callerAuth,
  getClientDetails,
  getEmployersForClient,
  getPasswordPolicy,
  updateClientUsernamePassword,
  validateClient,
} from './account.ts'
import type { Handler, Services, TokenOperation } from './context.ts'
import {
  getEmployeesForEmployer,
  getEmployerContactDetails,
  getEmployerDetails,
  getEmployerTree,
  getEnrolmentsForEmployer,
  getEventsForEmployer,
  getInvoicesForEmployer,
  getOccurrencesForEmployer,
  getTraineesForEmployer,
} from './employer.ts'
import { failureResult } from './failure-result.ts'
import {
  getAwardsForClient,
  getContractsForClient,
  getEnrolmentsForClient,
  getEventsForClient,
  getInvoicesForClient,
  getUnitsForContract,
  getUnitsForEnrolmentIncludingLinked,
} from './learner.ts'
import { getLocations } from './reference.ts'
import { verifyAward } from './verification.ts'
import {
  getAccessibleClients,
  getClientByCode,
  getClientByEmail,
  getEnrolmentsForStaff,
} from './staff.ts'

const handlers: { [Op in TokenOperation]: Handler<Op> } = {
  GetClientDetails: getClientDetails,
  GetEmployersForClient: getEmployersForClient,
  GetPasswordPolicy: getPasswordPolicy,
  UpdateClientUsernamePassword: updateClientUsernamePassword,
  GetEventsForClient: getEventsForClient,
  GetEnrolmentsForClient: getEnrolmentsForClient,
  GetUnitsForEnrolmentIncludingLinked: getUnitsForEnrolmentIncludingLinked,
  GetContractsForClient: getContractsForClient,
  GetUnitsForContract: getUnitsForContract,
  GetInvoicesForClient: getInvoicesForClient,
  GetAwardsForClient: getAwardsForClient,
  VerifyAward: verifyAward,
  GetEmployerDetails: getEmployerDetails,
  GetEmployerTree: getEmployerTree,
  GetEmployerContactDetails: getEmployerContactDetails,
  GetTraineesForEmployer: getTraineesForEmployer,
  GetEmployeesForEmployer: getEmployeesForEmployer,
  GetEventsForEmployer: getEventsForEmployer,
  GetInvoicesForEmployer: getInvoicesForEmployer,
  GetOccurrencesForEmployer: getOccurrencesForEmployer,
  GetEnrolmentsForEmployer: getEnrolmentsForEmployer,
  GetLocations: getLocations,
  GetAccessibleClients: getAccessibleClients,
  GetClientByCode: getClientByCode,
  GetClientByEmail: getClientByEmail,
  GetEnrolmentsForStaff: getEnrolmentsForStaff,
}

/** A data-level failure forced by the fault plan (HTTP 200, `Auth.Status` ≠ 1). */
export interface ForcedStatus {
  status: StatusCode
  message: string
}

/** Answers one operation. */
export function runOperation<Op extends OperationName>(
  operation: Op,
  request: WireRequest<Op>,
  services: Services,
  forced?: ForcedStatus,
): WireResult<Op> {
  if (forced !== undefined) return failureResult(operation, forced.status, forced.message)
  if (operation === 'ValidateClient')
    return validateClient(request as WireRequest<'ValidateClient'>, services) as WireResult<Op>

  const values = request as Record<string, unknown>
  const tokenParam = (operations[operation] as { tokenParam?: string }).tokenParam ?? 'token'
  const sent = values[tokenParam]
  const token = typeof sent === 'string' ? sent : ''
  const check = services.tokens.use(token)
  if (check.kind === 'expired')
    return failureResult(operation, Status.Expired, Messages.tokenExpired)
  if (check.kind === 'unknown') return failureResult(operation, Status.Error, Messages.tokenUnknown)

  const verdict = authorise(operation, values, check.account, services.directory)
  if (!verdict.ok) return failureResult(operation, verdict.status, verdict.message)

  const caller = { account: check.account, token, auth: callerAuth(check.account, token, services) }
  // One generic call site for a table of per-operation handlers; each handler is typed on its own.
  const table: Readonly<Record<string, unknown>> = handlers
  const handler = table[operation] as (context: unknown) => WireResult<Op>
  return handler({ request, caller, services })
}
