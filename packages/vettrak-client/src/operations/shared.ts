/**
 * @module
 * Helpers every operation module uses: domain validation, the "no records means empty" rule, and
 * the two together for a list call.
 */
import type { OperationName, WireRequest, ReadResult } from '@vettrak-portal/vettrak-api'
import type { z } from 'zod'
import { NoRecordsError, VettrakUnavailableError } from '../errors.ts'
import type { CallOptions, Invoke } from '../invoke.ts'

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

/**
 * Calls a list operation, maps the items of its answer with `items` and validates them against
 * `schema`; Status -4 ("no records") is an empty list.
 */
export function readList<Op extends OperationName, S extends z.ZodType>(
  invoke: Invoke,
  operation: Op,
  request: WireRequest<Op>,
  options: CallOptions | undefined,
  schema: S,
  items: (result: ReadResult<Op>) => unknown[],
): Promise<Array<z.infer<S>>> {
  return emptyOnNoRecords(
    invoke(operation, request, options).then((result) =>
      parseDomain(schema.array(), items(result), operation),
    ),
  )
}
