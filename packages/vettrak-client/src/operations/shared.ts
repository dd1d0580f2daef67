/**
 * @module
 * Helpers every operation module uses: domain validation and the "no records means empty" rule.
 */
import type { OperationName } from '@vettrak-portal/vettrak-api'
import type { z } from 'zod'
import { NoRecordsError, VettrakUnavailableError } from '../errors.ts'

/** Validates a mapped domain value; a mismatch is VETtrak's fault, reported as a malformed answer. */
export function parseDomain<S extends z.ZodType>(
  schema: S,
  value: unknown,
  operation: OperationName,
): z.infer<S> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const where = issue ? `${issue.path.join('.')}: ${issue.message}` : 'invalid value'
  throw new VettrakUnavailableError(`${operation}: malformed answer (${where})`, {
    operation,
    reason: 'malformed-response',
  })
}

/** A list call whose Status -4 ("no records") means an empty list. */
export async function emptyOnNoRecords<T>(call: Promise<T[]>): Promise<T[]> {
  try {
    return await call
  } catch (error) {
    if (error instanceof NoRecordsError) return []
    throw error
  }
}
