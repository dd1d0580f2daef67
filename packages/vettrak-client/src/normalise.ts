/**
 * @module
 * Turns the parse of an `<Op>Response` (by `response-xml.ts`, or by soap for odd answers) into the
 * `ReadResult<Op>` of vettrak-api, driven by its type tables: one-or-many and empty lists become
 * arrays, strings stay as sent, zone-less dates stay strings, decimals become numbers.
 *
 * Tolerant where the tables guess, strict where the portal cannot work without (see
 * `identityMembers` in vettrak-api):
 * - `Auth.Status` missing or unreadable is a `MalformedResponseError` (nothing can be decided).
 * - A member that is absent, empty or `xsi:nil` is read as absent (strings, records) or `null`
 *   (value types); any date may be nil.
 * - A member whose value has the wrong type is read the same way, and noted as a `ShapeDifference`.
 * - A list item (or single record) without an identity member is dropped, and noted.
 * - A payload list wrapper that is absent reads as `[]`, and is noted: the caller reports it when
 *   the answer's Status is 1 (a failed answer leaves its payload out on purpose).
 * - Members the tables do not name are ignored.
 */
import {
  complexTypes,
  identityOf,
  operations,
  type ComplexTypeName,
  type FieldType,
  type OperationName,
  type ReadResult,
} from '@vettrak-portal/vettrak-api'

/** The answer cannot be read at all: no `<Op>Result`, or no readable `Auth.Status`. */
export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError'
}

/** One way an answer differs from the tables without being refused. */
export interface ShapeDifference {
  kind: 'mistyped' | 'missing-identity' | 'missing-list'
  /** The member, without list positions, e.g. `ClieEnroList.TClieEnro.Amount`. */
  member: string
  detail: string
}

/** A read answer and the differences met on the way. */
export interface Normalised<Op extends OperationName> {
  result: ReadResult<Op>
  differences: ShapeDifference[]
}

type Members = Readonly<Record<string, FieldType>>
type RawRecord = Record<string, unknown>

const LOCAL_DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/

const isRecord = (value: unknown): value is RawRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A value that does not fit its type; read as absent or null, and noted. */
class Mistyped extends Error {}

/** The `<Op>Result` of a parsed response, read against the tables. */
export function normaliseResult<Op extends OperationName>(
  operation: Op,
  response: unknown,
): Normalised<Op> {
  const raw = isRecord(response) ? response[`${operation}Result`] : undefined
  if (!isRecord(raw)) throw new MalformedResponseError(`no ${operation}Result in the answer`)
  const spec = operations[operation].result
  const reader = new Reader()
  if (spec.kind === 'bare') {
    const auth = reader.record('TAuthenticate', raw, '')
    if (auth === undefined) throw new MalformedResponseError('the answer has no Auth.Status')
    return { result: auth as ReadResult<Op>, differences: reader.differences }
  }
  const auth = isRecord(raw.Auth) ? reader.record('TAuthenticate', raw.Auth, 'Auth') : undefined
  if (auth === undefined) throw new MalformedResponseError('the answer has no Auth.Status')
  const result: RawRecord = { Auth: auth }
  for (const [name, type] of Object.entries(spec.payload as Members)) {
    if (typeof type === 'object' && 'list' in type && raw[name] === undefined)
      reader.note('missing-list', name, `no ${name} wrapper`)
    const value = reader.field(type, raw[name], name)
    if (value !== undefined) result[name] = value
  }
  return { result: result as ReadResult<Op>, differences: reader.differences }
}

/** The `Auth` block of a wrapped result, or the bare TAuthenticate. */
export function readAuth(result: unknown): { Status: number; StatusMessage?: string | undefined } {
  const auth = isRecord(result) && isRecord(result.Auth) ? result.Auth : result
  const status = isRecord(auth) ? auth.Status : undefined
  if (typeof status !== 'number') throw new MalformedResponseError('the answer has no Auth.Status')
  const message = (auth as RawRecord).StatusMessage
  return { Status: status, StatusMessage: typeof message === 'string' ? message : undefined }
}

class Reader {
  readonly differences: ShapeDifference[] = []

  note(kind: ShapeDifference['kind'], member: string, detail: string) {
    this.differences.push({ kind, member, detail })
  }

  /** A record of `type`; undefined (and noted) when an identity member is missing or mistyped. */
  record(type: ComplexTypeName, raw: RawRecord, path: string): RawRecord | undefined {
    const members: Members = complexTypes[type]
    const out: RawRecord = {}
    for (const name in members) {
      const fieldType = members[name]
      if (fieldType === undefined) continue
      const value = this.field(fieldType, raw[name], join(path, name))
      if (value !== undefined) out[name] = value
    }
    for (const name of identityOf(type)) {
      const value = out[name]
      if (value === undefined || value === null || value === '') {
        this.note('missing-identity', join(path, name), `${type} without ${name} left out`)
        return undefined
      }
    }
    return out
  }

  field(type: FieldType, raw: unknown, path: string): unknown {
    if (typeof type === 'string') return this.scalarField(type, raw, path)
    if ('type' in type) {
      if (raw === undefined || raw === null || raw === '') return undefined
      if (!isRecord(raw)) {
        this.note('mistyped', path, 'not an element with children')
        return undefined
      }
      return this.record(type.type, raw, path)
    }
    if ('list' in type) {
      const itemType = type.list
      const itemPath = join(path, itemType)
      const records: RawRecord[] = []
      for (const item of this.items(raw, itemType, path)) {
        if (!isRecord(item)) {
          this.note('mistyped', itemPath, 'a list item that is not an element with children')
          continue
        }
        const record = this.record(itemType, item, itemPath)
        if (record !== undefined) records.push(record)
      }
      return records
    }
    const itemScalar = type.listOf
    const itemPath = join(path, itemScalar)
    return this.items(raw, itemScalar, path).flatMap((item) => {
      const value = this.scalarField(itemScalar, item, itemPath)
      return value === undefined || value === null ? [] : [value]
    })
  }

  /** The items of a list wrapper: absent or empty → [], one item → [item], many → as they are. */
  private items(raw: unknown, itemName: string, path: string): unknown[] {
    if (raw === undefined || raw === null || raw === '') return []
    if (!isRecord(raw)) {
      this.note('mistyped', path, 'not a list')
      return []
    }
    const inner = raw[itemName]
    if (inner === undefined || inner === null) return []
    return Array.isArray(inner) ? (inner as unknown[]) : [inner]
  }

  /** A scalar: absent, empty or nil is absent (strings) or null; a mistyped one too, noted. */
  private scalarField(type: string, raw: unknown, path: string) {
    const none = type === 'string' ? undefined : null
    if (raw === undefined || raw === null) return none
    try {
      if (type === 'string') return text(raw)
      const value = isRecord(raw) && '$value' in raw ? raw.$value : raw
      if (typeof value === 'string' && value.trim() === '') return none
      return scalar(type.replace('?', ''), value)
    } catch (error) {
      if (!(error instanceof Mistyped)) throw error
      this.note('mistyped', path, `not ${article(type.replace('?', ''))}`)
      return none
    }
  }
}

/** `parent.name`, with no leading dot at the root. */
const join = (parent: string, name: string) => (parent === '' ? name : `${parent}.${name}`)

const article = (type: string) => (type === 'int' ? 'an int' : `a ${type}`)

function text(raw: unknown): string {
  if (typeof raw === 'string') return raw
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw)
  if (isRecord(raw) && '$value' in raw) return text(raw.$value)
  throw new Mistyped()
}

function scalar(type: string, value: unknown): number | string | boolean {
  switch (type) {
    case 'int': {
      const number = typeof value === 'number' ? value : numberIn(text(value))
      if (!Number.isInteger(number)) throw new Mistyped()
      return number
    }
    case 'decimal': {
      const number = typeof value === 'number' ? value : numberIn(text(value))
      if (!Number.isFinite(number)) throw new Mistyped()
      return number
    }
    case 'boolean': {
      if (typeof value === 'boolean') return value
      const word = text(value).trim()
      if (word === 'true' || word === '1') return true
      if (word === 'false' || word === '0') return false
      throw new Mistyped()
    }
    case 'dateTime':
      return localDateTime(text(value).trim())
    default:
      throw new Mistyped()
  }
}

/** The number a text holds; NaN for empty text (which `Number` would read as 0). */
function numberIn(text: string): number {
  const trimmed = text.trim()
  return trimmed === '' ? Number.NaN : Number(trimmed)
}

/** `YYYY-MM-DDTHH:mm:ss` as VETtrak wrote it: the wall time at the RTO, never shifted by a zone. */
function localDateTime(value: string): string {
  const match = LOCAL_DATE_TIME.exec(value)
  if (!match) throw new Mistyped()
  return `${match[1] ?? ''}T${match[2] ?? '00:00:00'}`
}
