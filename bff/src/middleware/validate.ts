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

/**
 * The SOAP library writes a string that starts with `<![CDATA[` and ends with `]]>` into the
 * request unescaped. The VETtrak client sends such values safely (`xml-text-guard.ts`); as a second
 * line, and because no real username, password, email or date looks like that, the edge refuses it.
 */
const RAW_XML_SECTION = /^<!\[CDATA\[[\s\S]*\]\]>$/

/**
 * Whether `text` holds a character XML 1.0 does not allow anywhere in a document, escaped or not
 * (VETtrak's XML reader would fault on the whole request). Tab, line feed and carriage return are
 * allowed; a lone surrogate half is no character at all.
 */
function hasNonXmlCharacter(text: string): boolean {
  for (const character of text) {
    const code = character.codePointAt(0) ?? 0
    const allowed =
      code === 0x9 ||
      code === 0xa ||
      code === 0xd ||
      (code >= 0x20 && code <= 0xd7ff) ||
      (code >= 0xe000 && code <= 0xfffd) ||
      code >= 0x10000
    if (!allowed) return true
  }
  return false
}

const unsendable = (text: string) => RAW_XML_SECTION.test(text) || hasNonXmlCharacter(text)

function unsendablePath(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return unsendable(value) ? path.join('.') || '_' : undefined
  if (typeof value !== 'object' || value === null) return undefined
  for (const [key, item] of Object.entries(value)) {
    const found = unsendablePath(item, [...path, key])
    if (found !== undefined) return found
  }
  return undefined
}

/** The parsed value, unless one of its strings could not reach VETtrak as plain text. */
function checked<T>(data: T): T {
  const field = unsendablePath(data)
  if (field !== undefined)
    throw new AppError('VALIDATION_FAILED', 'Some of the request is not valid.', {
      fields: { [field]: ['This value is not allowed.'] },
    })
  return data
}

/** Parses the query string with `schema`. */
export function validQuery<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.query())
  if (!parsed.success) throw failure(parsed.error)
  return checked(parsed.data)
}

/** Parses path parameters with `schema`. */
export function validParams<S extends z.ZodType>(c: Context, schema: S): z.infer<S> {
  const parsed = schema.safeParse(c.req.param())
  if (!parsed.success) throw failure(parsed.error)
  return checked(parsed.data)
}

/** Reads and parses a JSON body with `schema` (its size is limited by `body-limit.ts`). */
export async function validJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  const text = await c.req.text()
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    throw new AppError('VALIDATION_FAILED', 'The request body is not valid JSON.')
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) throw failure(parsed.error)
  return checked(parsed.data)
}
