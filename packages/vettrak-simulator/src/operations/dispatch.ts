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
import { accountHandlers, callerAuth, validateClient } from './account.ts'
import type { Handler, Services, TokenOperation } from './context.ts'
import { employerHandlers } from './employer.ts'
import { failureResult } from './failure-result.ts'
import { learnerHandlers } from './learner.ts'
import { referenceHandlers } from './reference.ts'
import { staffHandlers } from './staff.ts'
import { verificationHandlers } from './verification.ts'

/** Every token operation's handler: an area's new operation goes in that area's table. */
const handlers: { [Op in TokenOperation]: Handler<Op> } = {
  ...accountHandlers,
  ...learnerHandlers,
  ...verificationHandlers,
  ...employerHandlers,
  ...referenceHandlers,
  ...staffHandlers,
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
