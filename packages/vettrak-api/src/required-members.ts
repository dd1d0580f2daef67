/**
 * @module
 * The members of each result type that the portal cannot work without: `Auth.Status` and the
 * identifiers it keys records on. Every other member may be absent, empty or nil. `vettrak doctor`
 * checks a server's WSDL declares each of these and does not mark it nillable; the reader may
 * refuse an item without them. Extend it here, typed against the members in `types.ts`.
 */
import type { ComplexTypeName, ComplexTypes } from './types.ts'

/** Per type, the members the portal keys on. */
export type RequiredMembers = {
  readonly [T in ComplexTypeName]?: readonly (keyof ComplexTypes[T] & string)[]
}

export const requiredMembers = {
  TAuthenticate: ['Status'],
  TClie: ['Clie_Code'],
  TClieDetail: ['Clie_Code'],
  TEmpl: ['Empl_Identifier'],
  TClientEmployer: ['Empl_Identifier'],
  TEmplContact: ['Clie_Code'],
  TEmplEmployee: ['Clie_Code'],
  TEven: ['EventID'],
  TClieEnro: ['ID'],
  TEnroStaff: ['ID'],
  TEnun: ['ID'],
  TCont: ['ID'],
  TInvoice: ['InvoiceId'],
  TQucl: ['Qucl_ID'],
  TOccu: ['Occu_ID'],
} as const satisfies RequiredMembers
