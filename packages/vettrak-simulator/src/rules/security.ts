/**
 * @module
 * VETtrak's documented security levels applied to a caller with a live token.
 *
 * - Public: anyone (handled before a token is looked at).
 * - Protected: API-permitted accounts only (the BFF's service account).
 * - Restricted: API-permitted accounts may name any client; anyone else only their own client code
 *   and their own enrolments and contracts (`enrolmentId`, `iCont_id`).
 *
 * Staff decision: VETtrak lets a staff member see "what it lets them see", which is the clients of
 * the divisions they hold a role in (GetAccessibleClients). So a staff member who is not
 * API-permitted may also READ the learner records of a published client in those divisions
 * (the operations in {@link STAFF_READABLE}); they can never change another client's login.
 *
 * A record that does not exist answers -4 before ownership is considered, for every caller.
 */
import {
  operations,
  Status,
  type OperationName,
  type OperationSpec,
  type StatusCode,
} from '@vettrak-portal/vettrak-api'
import type { Directory } from '../data/directory.ts'
import type { Account } from '../data/store.ts'
import { Messages } from './statuses.ts'

export type Verdict = { ok: true } | { ok: false; status: StatusCode; message: string }

/** The Restricted read operations a staff member may call for a client in their divisions. */
export const STAFF_READABLE: ReadonlySet<OperationName> = new Set<OperationName>([
  'GetClientDetails',
  'GetEmployersForClient',
  'GetEventsForClient',
  'GetEnrolmentsForClient',
  'GetUnitsForEnrolmentIncludingLinked',
  'GetContractsForClient',
  'GetUnitsForContract',
  'GetInvoicesForClient',
  'GetAwardsForClient',
  'GetClientByCode',
])

const OK: Verdict = { ok: true }
const refuse = (status: StatusCode, message: string): Verdict => ({ ok: false, status, message })

/** Whether `account` may see client `clientCode` through operation `operation`. */
function maySee(
  operation: OperationName,
  account: Account,
  clientCode: string,
  directory: Directory,
) {
  if (account.apiPermitted || clientCode === account.clientCode) return true
  return (
    account.isStaff &&
    STAFF_READABLE.has(operation) &&
    directory.staffCanSee(account.clientCode, clientCode)
  )
}

/** Decides whether `account` may call `operation` with these request values. */
export function authorise(
  operation: OperationName,
  request: Readonly<Record<string, unknown>>,
  account: Account,
  directory: Directory,
): Verdict {
  const spec: OperationSpec = operations[operation]
  if (spec.level === 'Public') return OK
  if (spec.level === 'Protected')
    return account.apiPermitted ? OK : refuse(Status.Error, Messages.notPermitted)

  const { store } = directory
  if (spec.clientParam !== undefined) {
    const clientCode = String(request[spec.clientParam])
    if (!store.clients.has(clientCode)) return refuse(Status.NoRecords, Messages.clientNotFound)
    if (!maySee(operation, account, clientCode, directory))
      return refuse(Status.Error, Messages.notOwnClient)
  }
  if ('enrolmentId' in request) {
    const id = Number(request.enrolmentId)
    if (!store.enrolments.has(id)) return refuse(Status.NoRecords, Messages.enrolmentNotFound)
    if (!maySee(operation, account, directory.enrolmentOwner(id) ?? '', directory))
      return refuse(Status.Error, Messages.notOwnRecord)
  }
  if ('iCont_id' in request) {
    const id = Number(request.iCont_id)
    if (!store.contracts.has(id)) return refuse(Status.NoRecords, Messages.contractNotFound)
    if (!maySee(operation, account, directory.contractOwner(id) ?? '', directory))
      return refuse(Status.Error, Messages.notOwnRecord)
  }
  return OK
}
