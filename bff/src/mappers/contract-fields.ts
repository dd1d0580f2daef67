/**
 * @module
 * The fields a client record shares with a contract record. The client's record schemas are made
 * from the contracts' (`@vettrak-portal/vettrak-client`'s `schemas/`), so a field of the same name
 * is the same field: a mapper takes these and adds only what it works out or renames (`own`).
 */
import type { z } from 'zod'

const keysOf = new WeakMap<z.ZodObject, readonly string[]>()

/**
 * The fields of client record `record` that contract `schema` declares, and no other: VETtrak's
 * own fields (codes, status numbers, internal ids) never reach the SPA. Give it the client's
 * record of the type the mapper names (the client's schemas drop every other field), not a wider
 * object: a field of the same name is copied as it is. `own` holds the fields the mapper works out
 * or renames; they win over the record's, as if spread after them.
 */
export function contractFields<
  Shape extends z.ZodRawShape,
  R extends object,
  Own extends object = Record<never, never>,
>(
  schema: z.ZodObject<Shape>,
  record: R,
  own?: Own,
): Omit<Pick<R, Extract<keyof R, keyof Shape>>, keyof Own> & Own {
  let keys = keysOf.get(schema)
  if (!keys) keysOf.set(schema, (keys = Object.keys(schema.shape)))
  const fields: Record<string, unknown> = {}
  for (const key of keys) if (key in record) fields[key] = record[key as keyof R]
  // Assigned, not spread: see the no-restricted-syntax rule on per-record code in eslint.config.js.
  if (own) Object.assign(fields, own)
  return fields as Omit<Pick<R, Extract<keyof R, keyof Shape>>, keyof Own> & Own
}
