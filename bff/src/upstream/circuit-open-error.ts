/**
 * @module
 * The error of a call the circuit breaker refused without asking VETtrak. It is a
 * `VettrakUnavailableError` (reason `network`), so every layer above treats it as VETtrak being
 * unreachable: the BFF answers 503 UPSTREAM_UNAVAILABLE with Retry-After.
 */
import { VettrakUnavailableError } from '@vettrak-portal/vettrak-client'

type OperationName = VettrakUnavailableError['operation']

/** A call refused because the circuit is open; `retryAfterSeconds` is the cool-down left. */
export class CircuitOpenError extends VettrakUnavailableError {
  override name = 'CircuitOpenError'

  constructor(
    operation: OperationName,
    readonly retryAfterSeconds: number,
  ) {
    super(`${operation}: not sent, VETtrak has been failing (circuit open)`, {
      operation,
      reason: 'network',
    })
  }
}
