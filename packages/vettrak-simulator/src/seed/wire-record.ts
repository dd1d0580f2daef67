/**
 * @module
 * Puts a record into its wire shape, driven by the type tables of `@vettrak-portal/vettrak-api`:
 * elements in wire order, null and empty strings omitted, value types required, money rounded to
 * cents and dates checked to be zone-less local date-times.
 */
import {
  complexTypes,
  type ComplexTypeName,
  type FieldType,
  type Wire,
} from '@vettrak-portal/vettrak-api'
import { isLocalDateTime } from './local-date.ts'

/** Rounds an amount to cents (and turns -0 into 0). */
export function roundCents(amount: number): number {
  const rounded = Math.round((amount + Number.EPSILON * Math.sign(amount)) * 100) / 100
  return rounded === 0 ? 0 : rounded
}

interface FieldInfo {
  field: string
  fieldType: FieldType
  /** A reference type: omitted on the wire when null. */
  optional: boolean
}

const fieldInfo = new Map<ComplexTypeName, FieldInfo[]>()

const fieldsOf = (name: ComplexTypeName): FieldInfo[] => {
  let info = fieldInfo.get(name)
  if (info === undefined) {
    info = Object.entries(complexTypes[name] as Readonly<Record<string, FieldType>>).map(
      ([field, fieldType]) => ({
        field,
        fieldType,
        optional: fieldType === 'string' || (typeof fieldType === 'object' && 'type' in fieldType),
      }),
    )
    fieldInfo.set(name, info)
  }
  return info
}

const fail = (type: string, field: string, problem: string): never => {
  throw new TypeError(`${type}.${field}: ${problem}`)
}

const checkDateTime = (type: string, field: string, value: unknown) => {
  if (typeof value !== 'string' || !isLocalDateTime(value)) {
    fail(
      type,
      field,
      `expected a local date-time YYYY-MM-DDTHH:mm:ss, got ${JSON.stringify(value)}`,
    )
  }
  return value
}

const convert = (type: string, field: string, fieldType: FieldType, value: unknown): unknown => {
  if (typeof fieldType === 'object') {
    if ('type' in fieldType) return toWire(fieldType.type, value as Record<string, unknown>)
    if ('list' in fieldType) {
      if (!Array.isArray(value)) return fail(type, field, 'expected a list')
      return value.map((item) => toWire(fieldType.list, item as Record<string, unknown>))
    }
    if (!Array.isArray(value)) return fail(type, field, 'expected a list')
    return value.slice()
  }
  switch (fieldType) {
    case 'string':
      return typeof value === 'string' ? value : fail(type, field, 'expected a string')
    case 'int':
    case 'int?':
      if (value === null && fieldType === 'int?') return null
      return Number.isInteger(value) ? value : fail(type, field, 'expected an integer')
    case 'decimal':
      return typeof value === 'number' && Number.isFinite(value)
        ? roundCents(value)
        : fail(type, field, 'expected a finite number')
    case 'boolean':
    case 'boolean?':
      if (value === null && fieldType === 'boolean?') return null
      return typeof value === 'boolean' ? value : fail(type, field, 'expected a boolean')
    case 'dateTime':
      return checkDateTime(type, field, value)
    case 'dateTime?':
      return value === null ? null : checkDateTime(type, field, value)
  }
}

/**
 * The wire form of a record of type `name`: keys in wire order; `undefined`, `''` strings and absent
 * nested objects omitted; a missing value type is an error.
 */
export function toWire<N extends ComplexTypeName>(
  name: N,
  record: Record<string, unknown>,
): Wire<N> {
  const fields = complexTypes[name] as Readonly<Record<string, FieldType>>
  const wire: Record<string, unknown> = {}
  for (const field in fields) {
    const fieldType = fields[field] as FieldType
    const value = record[field]
    const optional =
      fieldType === 'string' || (typeof fieldType === 'object' && 'type' in fieldType)
    if (value === undefined || (optional && (value === null || value === ''))) {
      if (optional) continue
      fail(name, field, 'a value type must be present')
    }
    wire[field] = convert(name, field, fieldType, value)
  }
  return wire as Wire<N>
}

/**
 * Overrides without `undefined` value-type members, so that spreading them over defaults keeps the
 * default (an `undefined` string still wins and omits the element).
 */
export function presentOverrides<N extends ComplexTypeName>(
  name: N,
  overrides: Partial<Wire<N>>,
): Partial<Wire<N>> {
  const record = overrides as Record<string, unknown>
  let kept: Record<string, unknown> | undefined
  for (const { field, optional } of fieldsOf(name)) {
    if (!optional && field in record && record[field] === undefined) {
      kept ??= { ...record }
      delete kept[field]
    }
  }
  return (kept ?? overrides) as Partial<Wire<N>>
}
