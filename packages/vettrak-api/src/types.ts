/**
 * @module
 * The complex types of VETtrak's `VT_API.asmx` that the portal uses, with their elements in wire
 * order. Each type is an ordered record `element name → field type`; JavaScript keeps the insertion
 * order of string keys, so the order written here is the order on the wire and in the WSDL.
 *
 * Evidence per type follows `shared/vettrak-api/reference.md`. Types or members marked
 * `DEFINED HERE` are not public: they are this project's best guess, kept in this file (and in
 * `operations.ts`) so they can be corrected from a real installation's WSDL in one place.
 */

/** A scalar XSD type. A trailing `?` marks a nullable value type (`int?` in C#: `nillable="true"`). */
export type ScalarType =
  'string' | 'int' | 'decimal' | 'dateTime' | 'boolean' | 'int?' | 'dateTime?' | 'boolean?'

/** The type of one element: a scalar, a nested complex type, or a list wrapper. */
export type FieldType =
  | ScalarType
  | { readonly type: ComplexTypeName }
  | { readonly list: ComplexTypeName }
  | { readonly listOf: 'string' | 'int' }

const T = <N extends ComplexTypeName>(type: N) => ({ type }) as const
const L = <N extends ComplexTypeName>(list: N) => ({ list }) as const

/** [DOC] TAuthenticate: the bare result of sign-in and write operations, and the `Auth` of every other. */
const TAuthenticate = {
  ID: 'int',
  Token: 'string',
  Status: 'int',
  StatusMessage: 'string',
  Identifier: 'string',
  TokenType: 'string',
} as const

/** [ASMX UpdateWebClient] the AVETMISS 7 address. */
const TAddress = {
  Building: 'string',
  UnitDetails: 'string',
  StreetNumber: 'string',
  StreetName: 'string',
  POBox: 'string',
  City: 'string',
  State: 'string',
  Postcode: 'string',
} as const

/** [ASMX AddClientAfterCheck] the whole of TClie. */
const TClie = {
  Clie_Surname: 'string',
  Clie_Given: 'string',
  Clie_Code: 'string',
} as const

/** [GH zeep, full list] TClieDetail; `IsStaff` is DEFINED HERE (the staff flag the portal reads). */
const TClieDetail = {
  ...TClie,
  Empl_Identifier: 'string',
  Clie_Other: 'string',
  Clie_Username: 'string',
  Clie_DOB: 'dateTime',
  Clie_RAddr: 'string',
  Clie_RCity: 'string',
  Clie_RPCode: 'string',
  Stat_RShortName: 'string',
  Clie_PAddr: 'string',
  Clie_PCity: 'string',
  Clie_PPCode: 'string',
  Stat_PShortName: 'string',
  Clie_Address_Type: 'int',
  Clie_Email: 'string',
  Clie_FaxPhone: 'string',
  Clie_HomePhone: 'string',
  Clie_WorkPhone: 'string',
  Clie_MobilePhone: 'string',
  Clie_EmergencyName: 'string',
  Clie_EmergencyPhone: 'string',
  Clie_Title: 'string',
  Gender: 'string',
  PositionCode: 'string',
  Clie_Passport: 'string',
  Clie_Visa: 'string',
  Vity_Name: 'string',
  Clie_VisaExpiry: 'dateTime',
  Clie_DateLastAssessed: 'dateTime',
  Clie_Commenced: 'dateTime',
  TerminationDate: 'dateTime',
  Clie_Salary: 'decimal',
  DivisionId: 'int',
  UsualAddress: T('TAddress'),
  PostalAddress: T('TAddress'),
  USI: 'string',
  USIExempt: 'boolean',
  IsStaff: 'boolean',
} as const

/** [GH SearchForEmployer] TEmpl, all strings but the two addresses (XSD types inferred). */
const TEmpl = {
  Empl_Identifier: 'string',
  Emty_Code: 'string',
  Anzs_Code: 'string',
  Empl_Name: 'string',
  Empl_LegalName: 'string',
  Empl_EmployerSize: 'string',
  Empl_BAddr: 'string',
  Empl_BCity: 'string',
  Empl_BPCode: 'string',
  BusinessState: 'string',
  Empl_PAddr: 'string',
  Empl_PCity: 'string',
  Empl_PPCode: 'string',
  PostalState: 'string',
  Empl_Phone: 'string',
  Empl_Fax: 'string',
  Empl_Mobile: 'string',
  Empl_Email: 'string',
  Empl_ACN: 'string',
  Empl_ABN: 'string',
  Empl_Active: 'string',
  Empl_Parent: 'string',
  ParentName: 'string',
  Empl_Type: 'string',
  Empl_Code: 'string',
  URL: 'string',
  BusinessAddress: T('TAddress'),
  PostalAddress: T('TAddress'),
} as const

/** DEFINED HERE: GetEmployersForClient's item, every TEmpl field plus the client's relation to it. */
const TClientEmployer = {
  ...TEmpl,
  IsContact: 'boolean',
  IsPrimaryContact: 'boolean',
  IsEmployee: 'boolean',
} as const

/** DEFINED HERE: the recursive employer tree, after TDivisionTree's `ChildDivisions` pattern. */
const TEmployerTree = {
  Employer: T('TEmpl'),
  ChildEmployers: L('TEmployerTree'),
} as const

/** DEFINED HERE: GetEmployerContactDetails' item (TClie plus contact details and the primary flag). */
const TEmplContact = {
  ...TClie,
  Clie_Email: 'string',
  Clie_WorkPhone: 'string',
  Clie_MobilePhone: 'string',
  PositionName: 'string',
  IsPrimaryContact: 'boolean',
} as const

/** DEFINED HERE: GetEmployeesForEmployer's item (TClie plus position and the site employing them). */
const TEmplEmployee = {
  ...TClie,
  Clie_Email: 'string',
  PositionName: 'string',
  Empl_Identifier: 'string',
  Empl_Name: 'string',
  Clie_Commenced: 'dateTime',
} as const

/** DEFINED HERE: GetPasswordPolicy's payload. */
const TPasswordPolicy = {
  MinimumLength: 'int',
  RequireUpperCase: 'boolean',
  RequireLowerCase: 'boolean',
  RequireDigit: 'boolean',
  RequireSymbol: 'boolean',
  EmailAsUsername: 'boolean',
} as const

/** [DOC TEven] members documented; the order is DEFINED HERE. */
const TEven = {
  EventID: 'int',
  EventName: 'string',
  EventType: 'int',
  Identifier: 'string',
  EventStart: 'dateTime',
  EventFinish: 'dateTime?',
  Complete: 'int',
  StaffCode: 'string',
  EnrolmentId: 'int?',
  ContractId: 'int?',
  Description: 'string',
} as const

/** [GH real capture] TClieEnro, 27 elements in wire order. */
const TClieEnro = {
  ID: 'int',
  Code: 'string',
  StartDate: 'dateTime',
  EndDate: 'dateTime',
  Status: 'string',
  StatusType: 'int',
  DateOfEffect: 'dateTime',
  Qual_Code: 'string',
  Qual_Name: 'string',
  OrganisationId: 'int',
  Description: 'string',
  Loca_Code: 'string',
  DeliveryType: 'string',
  DeliveryModes: { listOf: 'string' },
  EmployerIdentifier: 'string',
  EmployerName: 'string',
  EmployerContactCode: 'string',
  Amount: 'decimal',
  GST: 'decimal',
  AmountPaid: 'decimal',
  AmountCredited: 'decimal',
  DivisionId: 'int',
  EnrolmentType: 'string',
  EnrolmentTypeCode: 'string',
  Clie_Code: 'string',
  GivenName: 'string',
  Surname: 'string',
} as const

/** DEFINED HERE: GetEnrolmentsForStaff's item, TClieEnro plus the staff member's role. */
const TEnroStaff = { ...TClieEnro, RoleName: 'string' } as const

/** DEFINED HERE: an enrolled unit with its result (`ResultCode` is the AVETMISS outcome identifier). */
const TEnun = {
  ID: 'int',
  Unit_Code: 'string',
  Unit_Name: 'string',
  StartDate: 'dateTime',
  EndDate: 'dateTime',
  Result: 'string',
  ResultCode: 'string',
  Score: 'decimal',
  Hours: 'decimal',
} as const

/**
 * [ASMX] the first eight elements; the tail after `Qual_Name` is inferred from TContEnro. The last
 * three (the trainee's code and name, for GetTraineesForEmployer) are DEFINED HERE.
 */
const TCont = {
  ID: 'int',
  Code: 'string',
  StartDate: 'dateTime',
  EndDate: 'dateTime',
  Status: 'string',
  DateOfEffect: 'dateTime',
  Qual_Code: 'string',
  Qual_Name: 'string',
  Empl_Identifier: 'string',
  Empl_Name: 'string',
  ContractType: 'string',
  ContractTypeCode: 'string',
  OrganisationId: 'int',
  Description: 'string',
  StateShortName: 'string',
  EmployerContactCode: 'string',
  Clie_Code: 'string',
  GivenName: 'string',
  Surname: 'string',
} as const

/** [DOC TInvoiceItem] meanings documented; names other than `GST` are DEFINED HERE. */
const TInvoiceItem = {
  ItemId: 'int',
  Description: 'string',
  Quantity: 'decimal',
  Amount: 'decimal',
  GST: 'decimal',
  AmountPaid: 'decimal',
} as const

/** [ASMX] the first eleven elements; the tail (names inferred from the DOC member list) is DEFINED HERE. */
const TInvoice = {
  InvoiceId: 'int',
  InvoiceNumber: 'string',
  InvoiceDate: 'dateTime',
  InvoiceeType: 'int',
  InvoiceeIdentifier: 'string',
  InvoiceeName: 'string',
  OrderNumber: 'string',
  DueDate: 'dateTime',
  Description: 'string',
  PaymentStatus: 'int',
  TotalAmount: 'decimal',
  TotalGST: 'decimal',
  AmountPaid: 'decimal',
  InvoiceItems: L('TInvoiceItem'),
  OrganisationId: 'int',
  EmployerContact: T('TClie'),
} as const

/** [ASMX VerifyAward] TQucl as far as visible; `EnrolmentId` (cut off on the page) is inferred. */
const TQucl = {
  Qucl_ID: 'int',
  Qual_Code: 'string',
  Qual_Name: 'string',
  Clie_Code: 'string',
  Loca_Code: 'string',
  Qucl_Cert: 'string',
  Qucl_Recorded: 'dateTime',
  Staf_Code: 'string',
  Awty_Type: 'string',
  AwardTypeName: 'string',
  AwardTypeCode: 'string',
  Expiry: 'dateTime',
  OrganisationId: 'int',
  DocumentReference: 'string',
  EnrolmentId: 'int',
} as const

/** DEFINED HERE: an occurrence (a scheduled run of a programme), after fields seen in client code. */
const TOccu = {
  Occu_ID: 'int',
  Occu_Code: 'string',
  Prog_Name: 'string',
  Qual_Code: 'string',
  Qual_Name: 'string',
  StartDate: 'dateTime',
  EndDate: 'dateTime',
  Loca_Code: 'string',
  Vacancies: 'int',
  EnrolledCount: 'int',
} as const

/** Every complex type the portal's operations use, by name. */
export const complexTypes = {
  TAuthenticate,
  TAddress,
  TClie,
  TClieDetail,
  TEmpl,
  TClientEmployer,
  TEmployerTree,
  TEmplContact,
  TEmplEmployee,
  TPasswordPolicy,
  TEven,
  TClieEnro,
  TEnroStaff,
  TEnun,
  TCont,
  TInvoiceItem,
  TInvoice,
  TQucl,
  TOccu,
} as const

export type ComplexTypes = typeof complexTypes

/** Written out (not `keyof ComplexTypes`) so the self-referencing type table stays inferable. */
export type ComplexTypeName =
  | 'TAuthenticate'
  | 'TAddress'
  | 'TClie'
  | 'TClieDetail'
  | 'TEmpl'
  | 'TClientEmployer'
  | 'TEmployerTree'
  | 'TEmplContact'
  | 'TEmplEmployee'
  | 'TPasswordPolicy'
  | 'TEven'
  | 'TClieEnro'
  | 'TEnroStaff'
  | 'TEnun'
  | 'TCont'
  | 'TInvoiceItem'
  | 'TInvoice'
  | 'TQucl'
  | 'TOccu'

/** The TypeScript value of one element's field type, as the simulator writes it. */
export type ValueOf<F> = F extends 'string'
  ? string
  : F extends 'int' | 'decimal'
    ? number
    : F extends 'dateTime'
      ? string
      : F extends 'boolean'
        ? boolean
        : F extends 'int?'
          ? number | null
          : F extends 'dateTime?'
            ? string | null
            : F extends 'boolean?'
              ? boolean | null
              : F extends { type: infer N extends ComplexTypeName }
                ? Wire<N>
                : F extends { list: infer N extends ComplexTypeName }
                  ? Wire<N>[]
                  : F extends { listOf: 'string' }
                    ? string[]
                    : F extends { listOf: 'int' }
                      ? number[]
                      : never

/** Reference-typed members: .NET omits them when null, so they are optional on the wire. */
type OptionalKeys<R> = {
  [K in keyof R]: R[K] extends 'string' | { type: ComplexTypeName } ? K : never
}[keyof R]

/**
 * A record of type `N` as it travels on the wire, keyed by element name. Strings are optional
 * and nested objects are optional
 * (VETtrak omits null references); value types are always present; dates are zone-less local
 * `YYYY-MM-DDTHH:mm:ss` strings; lists are arrays (an empty list is an empty wrapper).
 */
export type Wire<N extends ComplexTypeName> = {
  [K in Exclude<keyof ComplexTypes[N], OptionalKeys<ComplexTypes[N]>>]: ValueOf<ComplexTypes[N][K]>
} & {
  [K in OptionalKeys<ComplexTypes[N]>]?: ValueOf<ComplexTypes[N][K]>
}
