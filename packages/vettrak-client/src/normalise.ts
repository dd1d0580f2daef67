/**
 * @module
 * Turns the parse of an `<Op>Response` (by `response-xml.ts`, or by soap for odd answers) into the exact `WireResult<Op>` of vettrak-api, driven by
 * its type tables: one-or-many and empty or absent lists become arrays, strings stay as sent,
 * zone-less dates stay strings, decimals become numbers. Anything that does not fit the table is a
 * `MalformedResponseError`, so a half-understood answer never reaches the portal.
 */
import {
  complexTypes,
  operations,
  type FieldType,
  type OperationName,
  type WireResult,
} from '@vettrak-portal/vettrak-api'

/** The answer does not have the shape the type tables describe. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError'
}

type Members = Readonly<Record<string, FieldType>>
type RawRecord = Record<string, unknown>

const LOCAL_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/

const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The `<Op>Result` of soap's parsed response, checked and normalised against the tables. */
export function normaliseResult<Op extends OperationName>(
  operation: Op,
  response: unknown,
): WireResult<Op> {
  const result = isRecord(response) ? response[`${operation}Result`] : undefined
  if (!isRecord(result)) throw new MalformedResponseError(`no ${operation}Result in the answer`)
  const spec = operations[operation].result
  const members: Members =
    spec.kind === 'bare'
      ? complexTypes.TAuthenticate
      : { Auth: { type: 'TAuthenticate' }, ...spec.payload }
  return complex(members, result, `${operation}Result`) as WireResult<Op>
}

/** The `Auth` block of a wrapped result, or the bare TAuthenticate. */
export function readAuth(result: unknown): { Status: number; StatusMessage?: string | undefined } {
  const auth = isRecord(result) && isRecord(result.Auth) ? result.Auth : result
  if (!isRecord(auth) || typeof auth.Status !== 'number')
    throw new MalformedResponseError('the answer has no Auth.Status')
  const message = auth.StatusMessage
  return { Status: auth.Status, StatusMessage: typeof message === 'string' ? message : undefined }
}

function complex(members: Members, raw: unknown, path: string): RawRecord {
  if (!isRecord(raw)) throw new MalformedResponseError(`${path} is not an element with children`)
  const out: RawRecord = {}
  for (const name in members) {
    const type = members[name]
    if (type === undefined) continue
    const value = field(type, raw[name], `${path}.${name}`)
    if (value !== undefined) out[name] = value
  }
  return out
}

function field(type: FieldType, raw: unknown, path: string): unknown {
  if (typeof type === 'string') {
    const absent = raw === undefined || raw === null
    if (type === 'string') return absent ? undefined : text(raw, path)
    if (type.endsWith('?') && absent) return null
    if (absent) throw new MalformedResponseError(`${path} is missing`)
    return scalar(type.replace('?', ''), raw, path)
  }
  if ('type' in type) {
    if (raw === undefined || raw === null) return undefined
    return complex(complexTypes[type.type], raw, path)
  }
  if ('list' in type) {
    const itemType = type.list
    return items(raw, itemType, path).map((item, index) =>
      complex(complexTypes[itemType], item, `${path}[${index}]`),
    )
  }
  const itemScalar = type.listOf
  return items(raw, itemScalar, path).map((item, index) =>
    itemScalar === 'string' ? text(item, `${path}[${index}]`) : scalar('int', item, path),
  )
}

/** The items of a list wrapper: absent or empty → [], one item → [item], many → as they are. */
function items(raw: unknown, itemName: string, path: string): unknown[] {
  if (raw === undefined || raw === null || raw === '') return []
  if (!isRecord(raw)) throw new MalformedResponseError(`${path} is not a list`)
  const inner = raw[itemName]
  if (inner === undefined || inner === null) return []
  return Array.isArray(inner) ? (inner as unknown[]) : [inner]
}

function text(raw: unknown, path: string): string {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw)
  if (isRecord(raw) && '$value' in raw) return text(raw.$value, path)
  throw new MalformedResponseError(`${path} is not text`)
}

function scalar(type: string, raw: unknown, path: string): number | string | boolean {
  const value = isRecord(raw) && '$value' in raw ? raw.$value : raw
  switch (type) {
    case 'int': {
      const number = typeof value === 'number' ? value : numberIn(text(value, path))
      if (!Number.isInteger(number)) throw new MalformedResponseError(`${path} is not an int`)
      return number
    }
    case 'decimal': {
      const number = typeof value === 'number' ? value : numberIn(text(value, path))
      if (!Number.isFinite(number)) throw new MalformedResponseError(`${path} is not a decimal`)
      return number
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value
      const word = text(value, path).trim()
      if (word === 'true' || word === '1') return true
      if (word === 'false' || word === '0') return false
      throw new MalformedResponseError(`${path} is not a boolean`)
    }
    case 'dateTime':
      return localDateTime(text(value, path).trim(), path)
    default:
      throw new MalformedResponseError(`${path} has unknown type ${type}`)
  }
}

/** The number a text holds; NaN for empty text (which `Number` would read as 0). */
function numberIn(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** `YYYY-MM-DDTHH:mm:ss` as VETtrak wrote it: the wall time at the RTO, never shifted by a zone. */
function localDateTime(value: string, path: string): string {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) throw new MalformedResponseError(`${path} is not a date-time`)
  return `${match[1] ?? ''}T${match[2] ?? '00:00:00'}`
}
