/**
 * @module
 * Where each part of the description comes from. Every operation, request element and result
 * member in `types.ts` and `operations.ts` carries an {@link Evidence}: *published* (seen in one
 * of VETtrak's public pages, or in public code calling a real VETtrak) or *defined here* (this
 * project's shape where VETtrak's is not public). `docs/vettrak-fidelity.md` is generated from it
 * (`pnpm --filter @vettrak-portal/vettrak-api run fidelity`).
 */
import type { FieldType } from './types.ts'

/**
 * The kind of a public source: an ASMX operation page (request and response samples), a
 * class or method page of VETtrak's API documentation, public code calling a real VETtrak, a
 * real answer captured by such code, or a VETtrak change log or help article.
 */
export type SourceKind = 'ASMX' | 'DOC' | 'GH' | 'GH capture' | 'LOG'

export interface Source {
  readonly kind: SourceKind
  /** The page, or the repository and file, that shows it. */
  readonly cite: string
}

export type Evidence =
  | {
      readonly kind: 'published'
      readonly sources: readonly Source[]
      /** What the sources show and what they leave open (a name seen, its type inferred, …). */
      readonly note?: string
    }
  | {
      readonly kind: 'defined-here'
      /** Why the shape is what it is, and any public hint it follows. */
      readonly note: string
    }

/** One member of a complex type or request: its wire type and where it comes from. */
export interface Member<F extends FieldType = FieldType> {
  readonly field: F
  readonly evidence: Evidence
}

export type Members = Readonly<Record<string, Member>>

/** The wire types of described members, in the same (wire) order. */
export type FieldsOf<D extends Members> = { readonly [K in keyof D]: D[K]['field'] }

/** Published in the given sources. */
export const published = (sources: Source | readonly Source[], note?: string): Evidence => ({
  kind: 'published',
  sources: Array.isArray(sources) ? sources : [sources as Source],
  ...(note === undefined ? {} : { note }),
})

/** Not public: this project's shape, and why. */
export const definedHere = (note: string): Evidence => ({ kind: 'defined-here', note })

/** One member with its evidence. */
export const m = <const F extends FieldType>(field: F, evidence: Evidence): Member<F> => ({
  field,
  evidence,
})

/** Several members sharing one evidence, in the order written. */
export function all<const M extends Readonly<Record<string, FieldType>>>(
  evidence: Evidence,
  members: M,
): { readonly [K in keyof M]: Member<M[K]> } {
  const out: Record<string, Member> = {}
  for (const [name, field] of Object.entries(members)) out[name] = { field, evidence }
  return out as { readonly [K in keyof M]: Member<M[K]> }
}

/** The wire types of described members, keeping their order. */
export function fieldsOf<D extends Members>(members: D): FieldsOf<D> {
  const out: Record<string, FieldType> = {}
  for (const [name, member] of Object.entries(members)) out[name] = member.field
  return out as FieldsOf<D>
}

const asmx = (op: string, what: string): Source => ({
  kind: 'ASMX',
  cite: `https://vettrak.jmdr.com/VT_API.asmx?op=${op} (${what})`,
})
const doc = (version: string, page: string): Source => ({
  kind: 'DOC',
  cite: `https://support.vettrak.com.au/api/VETtrakAPI${version}/${page}`,
})
const log = (article: string, what: string): Source => ({
  kind: 'LOG',
  cite: `https://help-vettrak.readytech.io/support/solutions/articles/${article} (${what})`,
})

/** The public sources the description cites. */
export const sources = {
  asmxInvoices: asmx('GetInvoicesForClient', 'request and response sample'),
  asmxContracts: asmx(
    'GetContractsForClient',
    'request and response sample, cut off after TCont.Qual_Name',
  ),
  asmxUsernamePassword: asmx('UpdateClientUsernamePassword', 'request and response sample'),
  asmxUpdateWebClient: asmx('UpdateWebClient', 'TAddress in the request sample'),
  asmxAddClientAfterCheck: asmx('AddClientAfterCheck', 'TClie in full in the response sample'),
  asmxVerifyAward: asmx('VerifyAward', 'TQucl in the response sample, cut off after Enrol…'),
  asmxUpdateClientDetails: asmx('UpdateClientDetails', 'TClieDetail in the request sample'),
  docUsernamePassword: doc(
    '241',
    'VT_API_UpdateClientUsernamePassword@string@string@string@string.html',
  ),
  asmxAnyPage: asmx('<Op>', 'the Auth block as shown on every wrapped result'),
  docTAuthenticate: doc('221', '!!MEMBERTYPE_Properties_TAuthenticate.html'),
  docClientByCode: doc('221', 'VT_API_GetClientByCode@string@string.html'),
  docClientByEmail: doc('221', 'VT_API_GetClientByEmail@string@string.html'),
  docAccessibleClients: doc('221', 'VT_API_GetAccessibleClients@string@string@DateTime_.html'),
  docEnrolmentsForStaff: doc(
    '221',
    'VT_API_GetEnrolmentsForStaff@string@string@DateTime@DateTime.html',
  ),
  docUnitsForContract: doc('221', 'VT_API_GetUnitsForContract@string@int.html'),
  docUnitsIncludingLinked: doc('221', 'VT_API_GetUnitsForEnrolmentIncludingLinked@string@int.html'),
  docEnrolledUnitsForTask: doc(
    '221',
    'VT_API_GetEnrolledUnitsForEnrolledTask@string@int@string.html',
  ),
  docDeleteUnitsFromEnrolment: doc(
    '241',
    'VT_API_DeleteUnitsFromEnrolment@string@int@List_string_@string.html',
  ),
  docInvoicesForClient: doc(
    '221',
    'VT_API_GetInvoicesForClient@string@string@DateTime@DateTime@int.html',
  ),
  docTInvoice: doc('2510', '!!MEMBERTYPE_Properties_TInvoice.html'),
  docTInvoiceItem: doc('2510', '!!MEMBERTYPE_Properties_TInvoiceItem.html'),
  docTEven: doc('221', '!!MEMBEROVERVIEW_TEven.html'),
  docAddClientEvent: doc('221', 'VT_API_AddClientEvent@string@TEven.html'),
  docTEnro: doc('221', '!!MEMBERTYPE_Properties_TEnro.html'),
  docTCont: doc('221', '!!MEMBERTYPE_Properties_TCont.html'),
  docTClieDetail: doc('221', '!!MEMBEROVERVIEW_TClieDetail.html'),
  docTOccu: doc('221', '!!MEMBERTYPE_Properties_TOccu.html'),
  docVerifyAward: doc('241', 'VT_API_VerifyAward@string@string@string@string.html'),
  ghCapture: {
    kind: 'GH capture',
    cite: 'github.com/arcekc/VETtrakApp (a real GetEnrolmentsForClient answer)',
  },
  ghValidateClient: {
    kind: 'GH',
    cite: 'several public code bases calling ValidateClient (arcekc/VETtrakApp, a Moodle auth_vettrak plugin, a Python/zeep Flask app)',
  },
  ghZeep: {
    kind: 'GH',
    cite: 'a public Python/zeep Flask app calling a real VT_API.asmx (GetClientDetails, SearchForEmployer, GetContractsOrEnrolmentsForClient)',
  },
  ghZeepLocations: {
    kind: 'GH',
    cite: 'the same public Python/zeep Flask app calling GetLocations(token) and reading LocaList/TLoca',
  },
  ghMoodle: {
    kind: 'GH',
    cite: 'a public Moodle auth_vettrak plugin (GetClientDetails, GetAccessibleClients)',
  },
  ghBolt: {
    kind: 'GH',
    cite: 'a public Bolt CMS PHP extension calling a real …/VETtrakAPI/VT_API.asmx (GetWebOccurrencesForProgrammeAndDates → OccuList/TOccu)',
  },
  log192: log(
    '51000287803',
    'VETtrak 19.2 change log: GetEmployersForClient; employer functions made Protected',
  ),
  log183: log(
    '51000287917',
    'VETtrak 18.3 change log: GetInvoicesForEmployer, TInvoice.EmployerContact',
  ),
} as const satisfies Record<string, Source>
