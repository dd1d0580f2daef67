/**
 * @module
 * The complex types of VETtrak's `VT_API.asmx` that the portal uses, with their elements in wire
 * order. Each type is an ordered record `element name → member` (its field type and its
 * evidence, see `evidence.ts`); JavaScript keeps the insertion order of string keys, so the order
 * written here is the order on the wire and in the WSDL. `complexTypes` is the same tables
 * without the evidence.
 *
 * A member is *published* when a public source shows it (the source says which), or *defined
 * here*: this project's best guess, kept in this file (and in `operations.ts`) so it can be
 * corrected from a real installation's WSDL in one place.
 */
import {
  all,
  definedHere,
  fieldsOf,
  m,
  published,
  sources as s,
  type FieldsOf,
  type Members,
} from './evidence.ts'

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

const TAuthenticate = all(
  published([s.asmxAnyPage, s.docTAuthenticate], 'order as on every ASMX page'),
  {
    ID: 'int',
    Token: 'string',
    Status: 'int',
    StatusMessage: 'string',
    Identifier: 'string',
    TokenType: 'string',
  },
)

const TAddress = all(published(s.asmxUpdateWebClient), {
  Building: 'string',
  UnitDetails: 'string',
  StreetNumber: 'string',
  StreetName: 'string',
  POBox: 'string',
  City: 'string',
  State: 'string',
  Postcode: 'string',
})

const TClie = all(published(s.asmxAddClientAfterCheck, 'the whole of TClie'), {
  Clie_Surname: 'string',
  Clie_Given: 'string',
  Clie_Code: 'string',
})

const clieDetailGh = published(
  [s.ghZeep, s.asmxUpdateClientDetails],
  'name in the full zeep list; the ASMX sample confirms the order of its part',
)
const TClieDetail = {
  ...TClie,
  ...all(clieDetailGh, {
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
  }),
  ...all(published(s.ghZeep, 'name seen in the zeep list; XSD type inferred'), {
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
  }),
  IsStaff: m(
    'boolean',
    definedHere('the staff flag the portal reads; VETtrak publishes only TokenType 03 for staff'),
  ),
}

const TEmpl = all(
  published(s.ghZeep, 'SearchForEmployer items; order is the developer’s, XSD types inferred'),
  {
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
  },
)

const TClientEmployer = {
  ...TEmpl,
  ...all(
    definedHere(
      'the client’s relation to the employer; GetEmployersForClient’s shape is not public',
    ),
    {
      IsContact: 'boolean',
      IsPrimaryContact: 'boolean',
      IsEmployee: 'boolean',
    },
  ),
}

const TEmployerTree = all(
  definedHere(
    'after TDivisionTree’s recursive ChildDivisions pattern (DOC GetAccessibleDivisionsTree)',
  ),
  { Employer: T('TEmpl'), ChildEmployers: L('TEmployerTree') },
)

const TEmplContact = {
  ...TClie,
  ...all(definedHere('GetEmployerContactDetails is not public; names follow TClieDetail'), {
    Clie_Email: 'string',
    Clie_WorkPhone: 'string',
    Clie_MobilePhone: 'string',
    PositionName: 'string',
    IsPrimaryContact: 'boolean',
  }),
}

const TEmplEmployee = {
  ...TClie,
  ...all(definedHere('GetEmployeesForEmployer is not public; names follow TClieDetail and TEmpl'), {
    Clie_Email: 'string',
    PositionName: 'string',
    Empl_Identifier: 'string',
    Empl_Name: 'string',
    Clie_Commenced: 'dateTime',
  }),
}

const TPasswordPolicy = all(definedHere('GetPasswordPolicy is not public'), {
  MinimumLength: 'int',
  RequireUpperCase: 'boolean',
  RequireLowerCase: 'boolean',
  RequireDigit: 'boolean',
  RequireSymbol: 'boolean',
  EmailAsUsername: 'boolean',
})

const evenNamed = published(
  [s.docTEven, s.docAddClientEvent],
  'name confirmed by AddClientEvent; the member order is defined here',
)
const TEven = {
  ...all(evenNamed, {
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
  }),
  Description: m(
    'string',
    published(
      s.docTEven,
      'meaning documented; the name is inferred from its alphabetical position',
    ),
  ),
}

const TClieEnro = all(
  published([s.ghCapture, s.ghZeep, s.docTEnro], 'order of the real capture and the zeep list'),
  {
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
  },
)

const TEnroStaff = {
  ...TClieEnro,
  RoleName: m(
    'string',
    definedHere('DOC says each item is client, enrolment and role; the members are not public'),
  ),
}

const TEnun = {
  ID: m('int', published(s.docUnitsIncludingLinked, 'the enrolment the unit sits directly under')),
  ...all(definedHere('TEnun’s members are not public (DOC: it holds the unit and its result)'), {
    Unit_Code: 'string',
    Unit_Name: 'string',
    StartDate: 'dateTime',
    EndDate: 'dateTime',
    Result: 'string',
    ResultCode: 'string',
    Score: 'decimal',
    Hours: 'decimal',
  }),
}

const TCont = {
  ...all(published(s.asmxContracts), {
    ID: 'int',
    Code: 'string',
    StartDate: 'dateTime',
    EndDate: 'dateTime',
    Status: 'string',
    DateOfEffect: 'dateTime',
    Qual_Code: 'string',
    Qual_Name: 'string',
  }),
  ...all(
    published(
      [s.docTCont, s.ghZeep],
      'meaning in the TCont class page, name and order from TContEnro in the zeep app',
    ),
    {
      Empl_Identifier: 'string',
      Empl_Name: 'string',
      ContractType: 'string',
      ContractTypeCode: 'string',
      OrganisationId: 'int',
      Description: 'string',
      StateShortName: 'string',
      EmployerContactCode: 'string',
    },
  ),
  ...all(definedHere('the trainee, for GetTraineesForEmployer (named as in TClieEnro)'), {
    Clie_Code: 'string',
    GivenName: 'string',
    Surname: 'string',
  }),
}

/**
 * VETtrak's class pages list ten members (meanings only, alphabetically by their real names); only
 * `GST` shows its name. The other names are defined here, chosen to sort as the list does.
 */
const itemMeaning = (meaning: string) =>
  definedHere(`DOC lists “${meaning}”; the name is not visible there`)
const TInvoiceItem = {
  Amount: m('decimal', itemMeaning('amount of the invoice item, including any GST')),
  AmountPaid: m('decimal', itemMeaning('total paid off against the item, including any GST')),
  Description: m('string', itemMeaning('description of the invoice item')),
  GST: m('decimal', published(s.docTInvoiceItem, 'GST portion of the item amount')),
  GSTPaid: m('decimal', itemMeaning('GST portion of the total paid off against the item')),
  InvoiceItemId: m('int', itemMeaning('unique ID of the invoice item')),
  LedgerCode: m('string', itemMeaning('code of ledger for invoice item')),
  LedgerName: m('string', itemMeaning('name of ledger for invoice item')),
  OwnerClientCode: m(
    'string',
    itemMeaning('code of the client that owns the invoiced item (empty if none)'),
  ),
  Quantity: m('decimal', itemMeaning('quantity of the invoice item')),
}

const invoiceTail = (note: string) =>
  published(
    s.docTInvoice,
    `meaning in the class page; ${note}; position after TotalAmount defined here`,
  )
const TInvoice = {
  ...all(published([s.asmxInvoices, s.docInvoicesForClient]), {
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
  }),
  TotalGST: m(
    'decimal',
    published([s.asmxInvoices, s.docTInvoice], 'the ASMX sample shows “To…” here; name inferred'),
  ),
  AmountPaid: m('decimal', invoiceTail('name inferred from its alphabetical position')),
  InvoiceItems: m(L('TInvoiceItem'), invoiceTail('name from the docs')),
  OrganisationId: m('int', invoiceTail('name inferred from its alphabetical position')),
  EmployerContact: m(
    T('TClie'),
    published([s.log183, s.docTInvoice], 'added in 18.3; position inferred'),
  ),
}

const TQucl = {
  ...all(published(s.asmxVerifyAward), {
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
  }),
  EnrolmentId: m(
    'int',
    published(s.asmxVerifyAward, 'cut off on the page as “Enrol…”; name inferred'),
  ),
}

/**
 * Public code calling a real VETtrak reads these members of `OccuList`/`TOccu`; VETtrak's TOccu
 * class page describes Colour, Prog_Code, Prog_Name and Vacancies. The order follows TEnro (the
 * enrolment members come first, as in that code). The portal's extras are defined here and may be
 * absent (nillable): that code reads no `StartDate` from TOccu (only from the extended detail).
 */
const occuGh = published(s.ghBolt)
const occuGhDoc = published([s.ghBolt, s.docTOccu])
const TOccu = {
  ID: m('int', occuGh),
  Code: m('string', occuGh),
  StartDate: m(
    'dateTime?',
    definedHere(
      'TEnro has StartDate and the extended occurrence detail (GH) shows one; TOccu lists read none',
    ),
  ),
  EndDate: m('dateTime', occuGh),
  Loca_Code: m('string', occuGh),
  DeliveryModes: m({ listOf: 'string' }, occuGh),
  Amount: m('decimal', occuGh),
  AmountPaid: m('decimal', occuGh),
  AmountCredited: m('decimal', occuGh),
  Prog_Code: m('string', occuGhDoc),
  Prog_Name: m('string', occuGhDoc),
  Vacancies: m('int', occuGhDoc),
  Colour: m('string', occuGhDoc),
  EnrolledCount: m(
    'int?',
    definedHere('how many of the employer’s people are booked in; not public'),
  ),
}

/**
 * A location (campus or delivery site) of the RTO, as public code reads GetLocations' `LocaList`.
 * That code reads each member by name, so the names are published; the order is the developer's
 * and the XSD types are inferred (strings, `Address` the AVETMISS TAddress).
 */
const TLoca = all(
  published(s.ghZeepLocations, 'members read by name; order is the developer’s, types inferred'),
  {
    Loca_Code: 'string',
    Loca_Name: 'string',
    Loca_Desc: 'string',
    Stat_ShortName: 'string',
    Loca_PCode: 'string',
    Loca_Suburb: 'string',
    Load_Loading: 'string',
    Coun_Name: 'string',
    Loca_Active: 'string',
    Address: T('TAddress'),
  },
)

/** Every complex type the portal's operations use, by name, with the evidence of each member. */
export const typeDescriptions = {
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
  TLoca,
} as const satisfies { readonly [N in ComplexTypeName]: Members }

type TypeDescriptions = typeof typeDescriptions

/** Every complex type the portal's operations use, by name: element name → field type. */
export const complexTypes = Object.fromEntries(
  Object.entries(typeDescriptions).map(([name, members]) => [name, fieldsOf(members)]),
) as { readonly [N in keyof TypeDescriptions]: FieldsOf<TypeDescriptions[N]> }

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
  | 'TLoca'

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
