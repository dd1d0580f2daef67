/**
 * @module
 * Writes an operation's `<Op>Response` element from the type tables of `@vettrak-portal/vettrak-api`,
 * the way ASMX's XmlSerializer does: elements in table order, children unprefixed under the default
 * VT namespace, null strings and null objects omitted, value types always present, decimals with two
 * places, zone-less dates, `xsi:nil` for null nullable value types, lists as a wrapper holding items
 * named after their type (an empty list an empty wrapper). The XML is built into one array of parts and
 * joined once, so a 5,000-item answer stays cheap.
 *
 * Each profile (see `profile.ts` in vettrak-api) has its own compiled member lists: `full` writes
 * every member of the tables; `published` writes what `servedMembers` keeps, with the sparse rules
 * of `published-profile.ts` (strings never filled, dates nil for some records) applied.
 */
import {
  VT_NAMESPACE,
  operations,
  servedMembers,
  servedResultMembers,
  type ApiProfile,
  type ComplexTypeName,
  type FieldType,
  type OperationName,
  type OperationSpec,
  type ServedMember,
} from '@vettrak-portal/vettrak-api'
import { neverFilled, nilsDate, recordKey } from './published-profile.ts'
import { escapeText } from './xml-escape.ts'

type Parts = string[]
type Writer = (value: unknown, parts: Parts) => void

type WriteMembers = (typeName: ComplexTypeName, value: unknown, parts: Parts) => void

/** One member of a complex type, precompiled: its tags and how to write its value. */
interface Member {
  name: string
  write: Writer
  /** Published profile: a date this record may leave nil (see `nilsDate`). */
  nilSome?: string
}

function scalarText(type: string, value: unknown): string {
  switch (type) {
    case 'decimal':
      return (value as number).toFixed(2)
    case 'int':
      return String(Math.trunc(value as number))
    case 'boolean':
      return value ? 'true' : 'false'
    case 'dateTime':
      return zoneLessDateTime(value as string)
    default:
      return escapeText(String(value))
  }
}

/** Dates travel as zone-less local `YYYY-MM-DDTHH:mm:ss`; a bare date gets midnight. */
function zoneLessDateTime(value: string): string {
  return value.length === 10 ? `${value}T00:00:00` : value.slice(0, 19)
}

function memberWriter(name: string, field: FieldType, writeMembers: WriteMembers): Writer {
  const open = `<${name}>`
  const close = `</${name}>`
  const empty = `<${name} />`
  if (typeof field === 'string') {
    if (field === 'string')
      return (value, parts) => {
        if (value === undefined || value === null) return
        const text = escapeText(value as string)
        parts.push(text === '' ? empty : open + text + close)
      }
    const nillable = field.endsWith('?')
    const base = nillable ? field.slice(0, -1) : field
    const nil = `<${name} xsi:nil="true" />`
    return (value, parts) => {
      if (value === undefined || value === null) {
        // A non-nullable value type is always present on the wire; the data must supply it.
        if (!nillable) throw new Error(`value-type element ${name} has no value`)
        parts.push(nil)
        return
      }
      parts.push(open + scalarText(base, value) + close)
    }
  }
  if ('type' in field) {
    const typeName = field.type
    return (value, parts) => {
      if (value === undefined || value === null) return
      parts.push(open)
      writeMembers(typeName, value, parts)
      parts.push(close)
    }
  }
  /** A list: nothing when absent, the empty element when empty, else each entry in the wrapper. */
  const listWriter =
    (writeEntry: (entry: unknown, parts: Parts) => void): Writer =>
    (value, parts) => {
      if (value === undefined || value === null) return
      const items = value as unknown[]
      if (items.length === 0) {
        parts.push(empty)
        return
      }
      parts.push(open)
      for (const entry of items) writeEntry(entry, parts)
      parts.push(close)
    }
  if ('list' in field) {
    const item = field.list
    const itemOpen = `<${item}>`
    const itemClose = `</${item}>`
    return listWriter((entry, parts) => {
      parts.push(itemOpen)
      writeMembers(item, entry, parts)
      parts.push(itemClose)
    })
  }
  const itemType = field.listOf
  return listWriter((entry, parts) => {
    parts.push(`<${itemType}>${scalarText(itemType, entry)}</${itemType}>`)
  })
}

/** A member no table names, with its fixed value. */
function unknownWriter(name: string, value: string): Writer {
  const element = `<${name}>${escapeText(value)}</${name}>`
  return (_value, parts) => parts.push(element)
}

/** Writes the content of an `<Op>Result`. */
type ResultWriter = (operation: OperationName) => Writer

/** Compiles the writers of one profile, each type's member list once, on first use. */
function compileProfile(profile: ApiProfile): ResultWriter {
  const compiled = new Map<ComplexTypeName, Member[]>()
  const sparse = profile === 'published'

  const writerOf = ({ name, field, unknown }: ServedMember): Writer =>
    unknown === undefined
      ? memberWriter(name, field, writeMembers)
      : unknownWriter(name, unknown.value)

  function membersOf(typeName: ComplexTypeName): Member[] {
    let members = compiled.get(typeName)
    if (members === undefined) {
      members = []
      // Registered before filling so a recursive type (TEmployerTree) finds itself.
      compiled.set(typeName, members)
      for (const member of servedMembers(typeName, profile)) {
        if (sparse && neverFilled(typeName, member)) continue
        members.push({
          name: member.name,
          write: writerOf(member),
          ...(sparse && member.field === 'dateTime?'
            ? { nilSome: `<${member.name} xsi:nil="true" />` }
            : {}),
        })
      }
    }
    return members
  }

  // The full profile's loop is the plain one; only the published profile looks at dates per record.
  const writeMembers: WriteMembers = sparse
    ? (typeName, value, parts) => {
        const record = value as Record<string, unknown>
        let key: string | undefined
        for (const member of membersOf(typeName)) {
          if (member.nilSome !== undefined) {
            key ??= recordKey(typeName, record)
            if (nilsDate(key, member.name)) {
              parts.push(member.nilSome)
              continue
            }
          }
          member.write(record[member.name], parts)
        }
      }
    : (typeName, value, parts) => {
        const record = value as Record<string, unknown>
        for (const member of membersOf(typeName)) member.write(record[member.name], parts)
      }

  const resultWriters = new Map<OperationName, Writer>()
  return (operation) => {
    let writer = resultWriters.get(operation)
    if (writer !== undefined) return writer
    const spec: OperationSpec = operations[operation]
    if (spec.result.kind === 'bare') {
      writer = (value, parts) => writeMembers('TAuthenticate', value, parts)
    } else {
      const members = servedResultMembers(spec.result.payload, profile).map((member) => ({
        name: member.name,
        write: writerOf(member),
      }))
      writer = (value, parts) => {
        const record = value as Record<string, unknown>
        for (const member of members) member.write(record[member.name], parts)
      }
    }
    resultWriters.set(operation, writer)
    return writer
  }
}

const profiles = new Map<ApiProfile, ResultWriter>()

/** The `serialiseResponse` of a profile. */
export function serialiserFor(
  profile: ApiProfile,
): (operation: OperationName, result: unknown) => string {
  let resultWriter = profiles.get(profile)
  if (resultWriter === undefined) {
    resultWriter = compileProfile(profile)
    profiles.set(profile, resultWriter)
  }
  const writerOf = resultWriter
  return (operation, result) => {
    const parts: Parts = [`<${operation}Response xmlns="${VT_NAMESPACE}"><${operation}Result>`]
    writerOf(operation)(result, parts)
    parts.push(`</${operation}Result></${operation}Response>`)
    return parts.join('')
  }
}

/** Writes `<Op>Response xmlns="…/complete"><Op>Result>…</Op>Result></Op>Response>` for a result (full profile). */
export const serialiseResponse = serialiserFor('full')
