/**
 * @module
 * Which VETtrak failures are worth another try, and which say VETtrak is in trouble (and so count
 * towards opening the circuit breaker).
 */
import { DatabaseError, VettrakUnavailableError } from '@vettrak-portal/vettrak-client'
import { CircuitOpenError } from './circuit-open-error.ts'

const RETRYABLE_REASONS = new Set(['network', 'http-error', 'malformed-response'])

/**
 * True for a failure that another attempt may well not meet: a dropped connection, an HTTP error,
 * a cut-off answer, VETtrak's database error (-3). Not a timeout (the next attempt would wait as
 * long again) and not a SOAP fault (VETtrak refused this request and would refuse it again).
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof CircuitOpenError) return false
  if (error instanceof DatabaseError) return true
  return error instanceof VettrakUnavailableError && RETRYABLE_REASONS.has(error.reason)
}

/** True for a failure that says VETtrak is unwell: a transient failure or a timeout. */
export function isUpstreamTrouble(error: unknown): boolean {
  if (error instanceof CircuitOpenError) return false
  if (error instanceof VettrakUnavailableError && error.reason === 'timeout') return true
  return isTransient(error)
}
