/**
 * @module
 * What the portal requires of an answer it reads, and the shape it reads answers into.
 *
 * The portal is strict only about what it cannot work without: `Auth.Status`, and the identifiers
 * it keys records on (`identityMembers`). Every other member may be absent, empty or `xsi:nil`
 * (a real VETtrak may leave out what the tables guess): it is read as `null` or absent, and the
 * portal shows a dash or leaves the line out. A record whose identity member is missing is
 * dropped from its list; a single record without it is read as no record.
 *
 * The simulator writes `Wire<N>` (every value type present); the client reads `Read<N>`.
 */
import type { OperationName, Operations } from './operations.ts'
import type { ComplexTypeName, ComplexTypes, ValueOf } from './types.ts'

/**
 * The members each type cannot be read without, because the portal keys on them: the result
 * status, client codes, employer identifiers and the ids of enrolments, contracts, invoices,
 * events, awards and occurrences. A type not listed requires nothing.
 */
export const identityMembers = {
  TAuthenticate: ['Status'],
  TClie: ['Clie_Code'],
  TEmpl: ['Empl_Identifier'],
  TClientEmployer: ['Empl_Identifier'],
  TEmployerTree: ['Employer'],
  TEmplContact: ['Clie_Code'],
  TEmplEmployee: ['Clie_Code'],
  TEven: ['EventID'],
  TClieEnro: ['ID'],
  TEnroStaff: ['ID'],
  TCont: ['ID'],
  TInvoice: ['InvoiceId'],
  TQucl: ['Qucl_ID'],
  TOccu: ['ID'],
  TLoca: ['Loca_Code'],
} as const satisfies { readonly [N in ComplexTypeName]?: readonly (keyof ComplexTypes[N])[] }

type IdentityTable = typeof identityMembers

/** The identity members of type `N`, as a union of element names. */
export type IdentityOf<N extends ComplexTypeName> = N extends keyof IdentityTable
  ? IdentityTable[N][number]
  : never

/** The identity members of a type, for the reader. */
export function identityOf(type: ComplexTypeName): readonly string[] {
  return (identityMembers as Partial<Record<ComplexTypeName, readonly string[]>>)[type] ?? []
}

type ReadValueOf<F> = F extends { type: infer N extends ComplexTypeName }
  ? Read<N>
  : F extends { list: infer N extends ComplexTypeName }
    ? Read<N>[]
    : ValueOf<F>

type ListKeys<R> = {
  [K in keyof R]: R[K] extends { list: ComplexTypeName } | { listOf: string } ? K : never
}[keyof R]

/**
 * A record of type `N` as the client reads it: identity members present, lists always arrays
 * (absent is empty), strings and nested records possibly absent, value types (numbers, booleans,
 * dates) possibly absent or `null`.
 */
export type Read<N extends ComplexTypeName> = {
  [K in AlwaysKeys<N>]: ReadValueOf<ComplexTypes[N][K]>
} & {
  [K in Exclude<keyof ComplexTypes[N], AlwaysKeys<N>>]?: ComplexTypes[N][K] extends
    'string' | { type: ComplexTypeName }
    ? ReadValueOf<ComplexTypes[N][K]>
    : ReadValueOf<ComplexTypes[N][K]> | null
}

type AlwaysKeys<N extends ComplexTypeName> = Extract<
  IdentityOf<N> | ListKeys<ComplexTypes[N]>,
  keyof ComplexTypes[N]
>

type ReadPayloadValue<F> = F extends { type: infer N extends ComplexTypeName }
  ? Read<N> | undefined
  : F extends { list: infer N extends ComplexTypeName }
    ? Read<N>[]
    : never

/** The `<Op>Result` as the client reads it: `Auth` (with its Status) and the payload. */
export type ReadResult<Op extends OperationName> = Operations[Op]['result'] extends {
  kind: 'wrapped'
  payload: infer P
}
  ? { Auth: Read<'TAuthenticate'> } & { -readonly [K in keyof P]: ReadPayloadValue<P[K]> }
  : Read<'TAuthenticate'>
