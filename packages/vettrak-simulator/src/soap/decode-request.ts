/**
 * @module
 * Turns an operation's raw request elements into typed values by its `request` table: ints,
 * booleans, dateTimes (as RTO-local zone-less strings) and `xsi:nil` for nullable value types.
 * A value of the wrong type, or a missing value type, is a `soap:Client` fault.
 */
import {
  operations,
  type OperationName,
  type OperationSpec,
  type WireRequest,
} from '@vettrak-portal/vettrak-api'
import { parseXsdDateTime } from '../rules/local-time.ts'
import type { ParsedRequest, RawElement } from './parse-request.ts'
import { SoapFault } from './soap-fault.ts'

const INT = /^[+-]?\d+$/
const UNREADABLE = 'Server was unable to read request.'

function wrongType(name: string, type: string, text: string): SoapFault {
  return new SoapFault(
    'Client',
    `${UNREADABLE} ---> Element '${name}' must be ${type}; '${text}' is not in a correct format.`,
  )
}

function decodeValue(name: string, type: string, raw: RawElement | undefined, timeZone: string) {
  const nillable = type.endsWith('?')
  const base = nillable ? type.slice(0, -1) : type
  if (base === 'string') return raw === undefined || raw.nil ? '' : raw.text
  if (raw === undefined || raw.nil) {
    if (nillable) return null
    throw new SoapFault(
      'Client',
      `${UNREADABLE} ---> Element '${name}' (${base}) is required and cannot be nil.`,
    )
  }
  const text = raw.text.trim()
  switch (base) {
    case 'int': {
      const value = INT.test(text) ? Number(text) : Number.NaN
      if (!Number.isSafeInteger(value) || value > 2_147_483_647 || value < -2_147_483_648)
        throw wrongType(name, 'an int', raw.text)
      return value
    }
    case 'boolean':
      if (text === 'true' || text === '1') return true
      if (text === 'false' || text === '0') return false
      throw wrongType(name, 'a boolean', raw.text)
    case 'dateTime': {
      const value = parseXsdDateTime(text, timeZone)
      if (value === undefined) throw wrongType(name, 'a dateTime', raw.text)
      return value
    }
    default:
      throw new SoapFault('Server', `No decoder for the type '${type}' of element '${name}'.`)
  }
}

/** Decodes the request elements of an operation in its table order. */
export function decodeRequest<Op extends OperationName>(
  parsed: ParsedRequest & { operation: Op },
  timeZone: string,
): WireRequest<Op> {
  const spec: OperationSpec = operations[parsed.operation]
  const table: Readonly<Record<string, string>> = spec.request
  const request: Record<string, unknown> = {}
  for (const [name, type] of Object.entries(table))
    request[name] = decodeValue(name, type, parsed.elements.get(name), timeZone)
  return request as WireRequest<Op>
}
