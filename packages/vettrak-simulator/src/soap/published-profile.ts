/**
 * @module
 * The sparse rules of the `published` profile, on top of the members vettrak-api's
 * `servedMembers` keeps (only published members, identities, and two unknown members per value):
 *
 * - Some string members are never filled: a stable third of each type's non-identity strings,
 *   chosen by a hash of the type and member name, so the same member is always missing, like a
 *   server whose RTO never fills it.
 * - Some dates are nil: each non-identity date of a record is `xsi:nil` for about a third of the
 *   records, chosen by a hash of the record's identity and the member name. .NET normally always
 *   writes a non-nullable value type; this deliberately breaks that, as a real `DateTime?` would.
 *
 * Both are deterministic: the same data always gives the same answer.
 */
import { identityOf, type ComplexTypeName, type ServedMember } from '@vettrak-portal/vettrak-api'

/** 32-bit FNV-1a: small, stable across runs and platforms. */
function hash(text: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return h >>> 0
}

/**
 * Whether the profile never writes this member. Only plain strings that are not identities go;
 * the Auth block (TAuthenticate) is always filled, as every VETtrak answer shows it whole: its
 * Token, Identifier and TokenType are what sign-in is.
 */
export function neverFilled(type: ComplexTypeName, member: ServedMember): boolean {
  if (member.field !== 'string' || member.unknown !== undefined) return false
  if (type === 'TAuthenticate' || identityOf(type).includes(member.name)) return false
  return hash(`${type}.${member.name}`) % 3 === 0
}

/** What identifies a record for {@link nilsDate}: its identity members, else the whole record. */
export function recordKey(type: ComplexTypeName, record: Record<string, unknown>): string {
  const identity = identityOf(type)
  const values = identity.length > 0 ? identity.map((name) => record[name]) : record
  return `${type} ${JSON.stringify(values)}`
}

/** Whether the record identified by `key` leaves the date `member` nil. */
export function nilsDate(key: string, member: string): boolean {
  return hash(`${key}.${member}`) % 3 === 0
}
