/**
 * @module
 * Request validation at the edge with the contracts' zod schemas: a failure is a 400
 * VALIDATION_FAILED listing each bad field, never a 500.
 */
import type { Context } from 'hono'
import type { z } from 'zod'
import { AppError } from '../errors.ts'

function failure(error: z.ZodError): AppError {
  const fields: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const key = issue.path.join('.') || '_'
    ;(fields[key] ??= []).push(issue.message)
  }
  return new AppError('VALIDATION_FAILED', 'Some of the request is not valid.', { fields })
}

/** Parses the query string with `schema`. */
export function validQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query())
  if (!parsed.success) throw failure(parsed.error)
  return parsed.data
}

/** Parses path parameters with `schema`. */
export function validParams<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.param())
  if (!parsed.success) throw failure(parsed.error)
  return parsed.data
}

const MAX_BODY_BYTES = 16 * 1024

/** Reads and parses a JSON body with `schema`; malformed or oversized JSON is a 400 too. */
export async function validJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text()
  if (text.length > MAX_BODY_BYTES)
    throw new AppError('VALIDATION_FAILED', 'The request body is too large.')
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw failure(parsed.error)
  return parsed.data
}
