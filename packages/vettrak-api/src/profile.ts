/**
 * @module
 * Profiles of the description: which members a server built from it serves.
 *
 * - `full`: every member of the tables, as they are written (the simulator's default).
 * - `published`: only what public evidence shows, the way a real VETtrak may differ from our
 *   guesses. Every *defined-here* member is left out except the identities the portal keys on
 *   (`identityMembers`): without a client code or an enrolment id the portal cannot work at all,
 *   so a server without them is not one the portal can be tested against. Every non-identity
 *   `dateTime` becomes nullable (`DateTime?`: a real server may leave dates empty where the public
 *   pages show plain `dateTime`), and every complex value gains two members no table names, one
 *   first and one last (a real server has members the portal does not know).
 *
 * The simulator's serialiser and the WSDL generator both ask {@link servedMembers}, so what the
 * WSDL declares and what the answers carry stay one list.
 */
import type { Evidence, Member } from './evidence.ts'
import { identityOf } from './read-shape.ts'
import { complexTypes, typeDescriptions, type ComplexTypeName, type FieldType } from './types.ts'

export const API_PROFILES = ['full', 'published'] as const
export type ApiProfile = (typeof API_PROFILES)[number]

/** One member a profile serves: its element name and its wire type under that profile. */
export interface ServedMember {
  readonly name: string
  readonly field: FieldType
  /** A member no table names (published profile only): the server writes {@link value}. */
  readonly unknown?: { readonly value: string }
}

/**
 * Members no table has, written first and last in every complex value of the published profile.
 * The reader must ignore them.
 */
export const unknownMembers = {
  first: { name: 'Unlisted_Lead', field: 'string', unknown: { value: 'not in the tables' } },
  last: { name: 'Unlisted_Trail', field: 'int', unknown: { value: '0' } },
} as const satisfies Record<'first' | 'last', ServedMember>

/** The evidence of one member of a complex type, or `undefined` when the type has no such member. */
export function memberEvidence(type: ComplexTypeName, member: string): Evidence | undefined {
  return (typeDescriptions[type] as Readonly<Record<string, Member>>)[member]?.evidence
}

const served = new Map<string, readonly ServedMember[]>()

/** The members `profile` serves of `type`, in wire order (cached; callers must not mutate). */
export function servedMembers(type: ComplexTypeName, profile: ApiProfile): readonly ServedMember[] {
  const key = `${profile} ${type}`
  let members = served.get(key)
  if (members === undefined) {
    const all = Object.entries(complexTypes[type] as Readonly<Record<string, FieldType>>)
    members =
      profile === 'full'
        ? all.map(([name, field]) => ({ name, field }))
        : publishedMembers(type, all)
    served.set(key, members)
  }
  return members
}

function publishedMembers(
  type: ComplexTypeName,
  all: readonly (readonly [string, FieldType])[],
): readonly ServedMember[] {
  const identity = identityOf(type)
  const kept: ServedMember[] = []
  for (const [name, field] of all) {
    const isIdentity = identity.includes(name)
    if (!isIdentity && memberEvidence(type, name)?.kind === 'defined-here') continue
    kept.push({ name, field: !isIdentity && field === 'dateTime' ? 'dateTime?' : field })
  }
  return [unknownMembers.first, ...kept, unknownMembers.last]
}

/**
 * The members `profile` serves of a wrapped result (`Auth` and the payload): the payload wrappers
 * are the result's own and all kept; the published profile adds its unknown members.
 */
export function servedResultMembers(
  payload: Readonly<Record<string, FieldType>>,
  profile: ApiProfile,
): readonly ServedMember[] {
  const members: ServedMember[] = Object.entries({
    Auth: { type: 'TAuthenticate' },
    ...payload,
  } as Record<string, FieldType>).map(([name, field]) => ({ name, field }))
  return profile === 'full' ? members : [unknownMembers.first, ...members, unknownMembers.last]
}
