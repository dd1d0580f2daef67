/**
 * @module
 * The result of a failed call: the failure `Auth` with every list payload empty (an empty wrapper)
 * and every object payload omitted, except GetClientByCode and GetClientByEmail, whose `Clie` comes
 * back with empty-string properties (as VETtrak's API documentation describes).
 */
import {
  operations,
  type OperationName,
  type OperationSpec,
  type StatusCode,
  type WireResult,
} from '@vettrak-portal/vettrak-api'
import { failedAuth } from '../rules/statuses.ts'

const emptyClie = { Clie: { Clie_Surname: '', Clie_Given: '', Clie_Code: '' } }
const objectOverrides: Partial<Record<OperationName, Record<string, unknown>>> = {
  GetClientByCode: emptyClie,
  GetClientByEmail: emptyClie,
}

/** The failure answer of `operation` with this status and message. */
export function failureResult<Op extends OperationName>(
  operation: Op,
  status: StatusCode,
  message: string,
): WireResult<Op> {
  const auth = failedAuth(status, message)
  const spec: OperationSpec = operations[operation]
  if (spec.result.kind === 'bare') return auth as WireResult<Op>
  const result: Record<string, unknown> = { Auth: auth }
  for (const [name, field] of Object.entries(spec.result.payload))
    if (typeof field === 'object' && 'list' in field) result[name] = []
  Object.assign(result, objectOverrides[operation])
  return result as WireResult<Op>
}
