/**
 * @module
 * The VT_API operations the portal calls: request elements in signature order, the result's shape,
 * the security level and the evidence for each (see `evidence.ts`). The simulator serves exactly
 * these, its WSDL is generated from them, and the client and `vettrak doctor` check a real server
 * against them. `operationDescriptions` carries the evidence; `operations` is the same table
 * with plain request types and a one-word evidence summary.
 */
import {
  all,
  definedHere,
  fieldsOf,
  published,
  sources as s,
  type Evidence,
  type FieldsOf,
  type Members,
} from './evidence.ts'
import type { ComplexTypeName, FieldType, ScalarType } from './types.ts'

/** Who may call an operation: VETtrak's three documented security levels. */
export type SecurityLevel = 'Public' | 'Restricted' | 'Protected'

/** `documented`: the operation and its request elements are published; otherwise `defined-here`. */
export type EvidenceSummary = 'documented' | 'defined-here'

/** The payload that follows `Auth` in a wrapped result, or `bare` for a bare TAuthenticate. */
export type ResultShape =
  | { readonly kind: 'bare' }
  | {
      readonly kind: 'wrapped'
      /** The .NET result type, e.g. `TAuthClieEnroList`; names the WSDL complexType. */
      readonly typeName: string
      readonly payload: Readonly<Record<string, FieldType>>
    }

/** Where an operation comes from: its name and signature, its security level, its result shape. */
export interface OperationEvidence {
  /** The operation's name (the request elements carry their own). */
  readonly operation: Evidence
  readonly level: Evidence
  /** The result type and the payload element names (the members carry their own). */
  readonly result: Evidence
}

interface OperationCommon {
  readonly result: ResultShape
  readonly level: SecurityLevel
  /** The request element carrying the caller's token (absent for Public operations). */
  readonly tokenParam?: string
  /** The request element naming a client, checked against the token under Restricted. */
  readonly clientParam?: string
  /** A note for the doctor and the docs where evidence is partial. */
  readonly note?: string
}

/** An operation as described, each request element with its evidence. */
export interface OperationDescription extends OperationCommon {
  readonly request: Members
  readonly evidence: OperationEvidence
}

/** An operation as the simulator, client and doctor use it. */
export interface OperationSpec extends OperationCommon {
  readonly request: Readonly<Record<string, ScalarType>>
  readonly evidence: EvidenceSummary
}

const bare = { kind: 'bare' } as const
const wrapped = <P extends Record<string, FieldType>>(typeName: string, payload: P) =>
  ({ kind: 'wrapped', typeName, payload }) as const
const list = <N extends ComplexTypeName>(name: N) => ({ list: name }) as const
const one = <N extends ComplexTypeName>(name: N) => ({ type: name }) as const

/** All three parts of an operation from the same evidence. */
const throughout = (evidence: Evidence): OperationEvidence => ({
  operation: evidence,
  level: evidence,
  result: evidence,
})

const notPublic = definedHere('not found in any public source; shape and name are this project’s')
const employerLevel = definedHere(
  'Protected, as VETtrak 19.2 made the employer functions that remained (LOG 19.2)',
)
const employerView = (note = 'not found in any public source'): OperationEvidence => ({
  operation: definedHere(note),
  level: employerLevel,
  result: definedHere(note),
})
const employerRequest = all(definedHere('follows the newer camelCase operations'), {
  token: 'string',
  employerIdentifier: 'string',
})
const employerRangeRequest = all(
  definedHere('follows the newer camelCase operations (GetInvoicesForClient)'),
  { token: 'string', employerIdentifier: 'string', startDate: 'dateTime', endDate: 'dateTime' },
)
const clientRequestGh = all(published([s.ghCapture, s.ghZeep, s.ghMoodle]), {
  sToken: 'string',
  sClie_Code: 'string',
})
const enunListNote = 'TAuthEnunList, a list of TEnun; the wrapper name EnunList is inferred'

/** Every operation the portal calls, grouped by the part of the portal that calls it. */
export const operationDescriptions = {
  // Sign-in and account
  ValidateClient: {
    request: all(published(s.ghValidateClient), { sUsername: 'string', sPassword: 'string' }),
    result: bare,
    level: 'Public',
    evidence: {
      operation: published(s.ghValidateClient),
      level: definedHere(
        'inferred Public, as ValidateUser (DOC) which “is the same as ValidateClient”',
      ),
      result: published(s.ghValidateClient, 'ValidateClientResult.Token is read directly'),
    },
  },
  GetClientDetails: {
    request: clientRequestGh,
    result: wrapped('TAuthClieDetail', { ClieDetail: one('TClieDetail') }),
    level: 'Restricted',
    evidence: {
      operation: published([s.ghZeep, s.ghMoodle]),
      level: definedHere('inferred Restricted, as GetClientByCode (DOC)'),
      result: published([s.ghZeep, s.ghMoodle], 'Auth + ClieDetail; the type name is inferred'),
    },
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetEmployersForClient: {
    request: all(definedHere('follows the client pattern (sToken, sClie_Code)'), {
      sToken: 'string',
      sClie_Code: 'string',
    }),
    result: wrapped('TAuthClientEmployerList', { EmplList: list('TClientEmployer') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.log192, 'name only: “call GetEmployersForClient”'),
      level: definedHere('not public'),
      result: definedHere('not public; EmplList as SearchForEmployer (GH)'),
    },
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'name documented (change log); shape defined here',
  },
  GetPasswordPolicy: {
    request: all(notPublic, { token: 'string' }),
    result: wrapped('TAuthPasswordPolicy', { Policy: one('TPasswordPolicy') }),
    level: 'Restricted',
    evidence: throughout(notPublic),
    tokenParam: 'token',
  },
  UpdateClientUsernamePassword: {
    request: all(published([s.asmxUsernamePassword, s.docUsernamePassword]), {
      sToken: 'string',
      sClie_Code: 'string',
      sUsername: 'string',
      sPassword: 'string',
    }),
    result: bare,
    level: 'Restricted',
    evidence: throughout(published([s.asmxUsernamePassword, s.docUsernamePassword])),
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },

  // A learner's own records
  GetEventsForClient: {
    request: all(notPublic, { sToken: 'string', sClie_Code: 'string' }),
    result: wrapped('TAuthEvenList', { EvenList: list('TEven') }),
    level: 'Restricted',
    evidence: throughout(notPublic),
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'TEven members documented, order defined here',
  },
  GetEnrolmentsForClient: {
    request: clientRequestGh,
    result: wrapped('TAuthClieEnroList', { ClieEnroList: list('TClieEnro') }),
    level: 'Restricted',
    evidence: {
      operation: published([s.ghCapture, s.ghZeep]),
      level: definedHere('inferred Restricted: the real capture shows a learner reading their own'),
      result: published(s.ghCapture, 'ClieEnroList of TClieEnro; the type name is inferred'),
    },
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetUnitsForEnrolmentIncludingLinked: {
    request: all(
      definedHere(
        'the page gives (string, int) only; names as in GetEnrolledUnitsForEnrolledTask (DOC 221) and AddUnitsToEnrolment (DOC 241)',
      ),
      { token: 'string', enrolmentId: 'int' },
    ),
    result: wrapped('TAuthEnunList', { EnunList: list('TEnun') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.docUnitsIncludingLinked),
      level: published(s.docUnitsIncludingLinked),
      result: published(s.docUnitsIncludingLinked, enunListNote),
    },
    tokenParam: 'token',
    note: 'includes units of linked enrolments; TEnun.ID is the enrolment each unit sits under',
  },
  GetContractsForClient: {
    request: all(published(s.asmxContracts), { sToken: 'string', sClie_Code: 'string' }),
    result: wrapped('TAuthContList', { ContList: list('TCont') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.asmxContracts),
      level: definedHere('inferred Restricted, as GetUnitsForContract (DOC)'),
      result: published(s.asmxContracts, 'ContList of TCont; the type name is inferred'),
    },
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetUnitsForContract: {
    request: all(published(s.docUnitsForContract), { sToken: 'string', iCont_id: 'int' }),
    result: wrapped('TAuthEnunList', { EnunList: list('TEnun') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.docUnitsForContract),
      level: published(s.docUnitsForContract),
      result: published(s.docUnitsForContract, enunListNote),
    },
    tokenParam: 'sToken',
  },
  GetInvoicesForClient: {
    request: all(published([s.asmxInvoices, s.docInvoicesForClient]), {
      token: 'string',
      clientCode: 'string',
      startDate: 'dateTime',
      endDate: 'dateTime',
      status: 'int',
    }),
    result: wrapped('TAuthInvoiceList', { InvoiceList: list('TInvoice') }),
    level: 'Restricted',
    evidence: {
      operation: published([s.asmxInvoices, s.docInvoicesForClient]),
      level: definedHere('the page is cut off before its level; inferred Restricted'),
      result: published([s.asmxInvoices, s.docInvoicesForClient]),
    },
    tokenParam: 'token',
    clientParam: 'clientCode',
  },
  GetAwardsForClient: {
    request: all(notPublic, { token: 'string', clientCode: 'string' }),
    result: wrapped('TAuthQuclList', { AwardList: list('TQucl') }),
    level: 'Restricted',
    evidence: throughout(notPublic),
    tokenParam: 'token',
    clientParam: 'clientCode',
  },

  // Certificate verification: Protected, called with the BFF's service account
  VerifyAward: {
    request: all(published([s.asmxVerifyAward, s.docVerifyAward]), {
      token: 'string',
      givenName: 'string',
      surname: 'string',
      parchmentNumber: 'string',
    }),
    result: wrapped('TAuthQucl', { Award: one('TQucl') }),
    level: 'Protected',
    evidence: throughout(
      published(
        [s.asmxVerifyAward, s.docVerifyAward],
        'TAuthQucl: Auth + Award; no match, or more than one, is Status -4',
      ),
    ),
    tokenParam: 'token',
    note: 'an exact single match marked available for verification; none or several is Status -4',
  },

  // Employer views: Protected, called with the BFF's service account
  GetEmployerDetails: {
    request: employerRequest,
    result: wrapped('TAuthEmpl', { Empl: one('TEmpl') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
  },
  GetEmployerTree: {
    request: employerRequest,
    result: wrapped('TAuthEmployerTree', { Tree: one('TEmployerTree') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
  },
  GetEmployerContactDetails: {
    request: employerRequest,
    result: wrapped('TAuthEmplContactList', { ClieList: list('TEmplContact') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
  },
  GetTraineesForEmployer: {
    request: employerRequest,
    result: wrapped('TAuthContList', { ContList: list('TCont') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
    note: 'the employer and its descendants in the employer tree',
  },
  GetEmployeesForEmployer: {
    request: employerRequest,
    result: wrapped('TAuthEmplEmployeeList', { ClieList: list('TEmplEmployee') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
    note: 'the employer and its descendants in the employer tree',
  },
  GetEventsForEmployer: {
    request: employerRangeRequest,
    result: wrapped('TAuthEvenList', { EvenList: list('TEven') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
  },
  GetInvoicesForEmployer: {
    request: all(
      definedHere('mirrors GetInvoicesForClient with the employer in place of the client'),
      {
        token: 'string',
        employerIdentifier: 'string',
        startDate: 'dateTime',
        endDate: 'dateTime',
        status: 'int',
      },
    ),
    result: wrapped('TAuthInvoiceList', { InvoiceList: list('TInvoice') }),
    level: 'Protected',
    evidence: {
      operation: published(s.log183, 'name only'),
      level: published(s.log192, 'employer functions became Protected'),
      result: definedHere(
        'mirrors GetInvoicesForClient; each TInvoice carries EmployerContact (LOG 18.3)',
      ),
    },
    tokenParam: 'token',
    note: 'name and EmployerContact documented; the rest mirrors GetInvoicesForClient',
  },
  GetOccurrencesForEmployer: {
    request: employerRangeRequest,
    result: wrapped('TAuthOccuList', { OccuList: list('TOccu') }),
    level: 'Protected',
    evidence: {
      ...employerView(),
      result: definedHere(
        'OccuList of TOccu, as public code reads from VETtrak’s other occurrence lists (GH)',
      ),
    },
    tokenParam: 'token',
  },
  GetEnrolmentsForEmployer: {
    request: employerRequest,
    result: wrapped('TAuthClieEnroList', { ClieEnroList: list('TClieEnro') }),
    level: 'Protected',
    evidence: employerView(),
    tokenParam: 'token',
    note: 'enrolments linked to the employer and its descendants',
  },

  // Reference data of the whole RTO, read with the BFF's service account
  GetLocations: {
    request: all(
      definedHere(
        'public code passes the token positionally; the name follows the newer camelCase operations',
      ),
      { token: 'string' },
    ),
    result: wrapped('TAuthLocaList', { LocaList: list('TLoca') }),
    level: 'Protected',
    evidence: {
      operation: published(s.ghZeepLocations),
      level: definedHere(
        'not public; the portal reads it with its API-permitted service account, so Protected is assumed',
      ),
      result: published(
        s.ghZeepLocations,
        'LocaList of TLoca; the type name TAuthLocaList is inferred',
      ),
    },
    tokenParam: 'token',
    note: 'optional: without it the portal shows location codes',
  },

  // Staff views: the staff user's own token
  GetAccessibleClients: {
    request: all(published(s.docAccessibleClients), {
      token: 'string',
      clientCode: 'string',
      sinceDate: 'dateTime?',
    }),
    result: wrapped('TAuthClieList', { ClieList: list('TClie') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.docAccessibleClients),
      level: published(s.docAccessibleClients),
      result: published([s.docAccessibleClients, s.ghMoodle], 'ClieList of TClie'),
    },
    tokenParam: 'token',
    clientParam: 'clientCode',
  },
  GetClientByCode: {
    request: all(published(s.docClientByCode), { sToken: 'string', sClie_Code: 'string' }),
    result: wrapped('TAuthClie', { Clie: one('TClie') }),
    level: 'Restricted',
    evidence: throughout(published(s.docClientByCode)),
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetClientByEmail: {
    request: all(published(s.docClientByEmail), { token: 'string', emailAddress: 'string' }),
    result: wrapped('TAuthClie', { Clie: one('TClie') }),
    level: 'Protected',
    evidence: throughout(published(s.docClientByEmail)),
    tokenParam: 'token',
    note: 'no match, or more than one, is an error in Auth',
  },
  GetEnrolmentsForStaff: {
    request: all(published(s.docEnrolmentsForStaff), {
      sToken: 'string',
      sClie_Code: 'string',
      xsdStart: 'dateTime',
      xsdEnd: 'dateTime',
    }),
    result: wrapped('TAuthEnroStaffList', { EnroStaffList: list('TEnroStaff') }),
    level: 'Restricted',
    evidence: {
      operation: published(s.docEnrolmentsForStaff),
      level: published(s.docEnrolmentsForStaff),
      result: published(
        s.docEnrolmentsForStaff,
        'TAuthEnroStaffList of TEnroStaff; the wrapper name EnroStaffList is inferred',
      ),
    },
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'signature documented; item fields defined here',
  },
} as const satisfies Record<string, OperationDescription>

type Descriptions = typeof operationDescriptions

type Plain<D extends OperationDescription> = {
  readonly [K in keyof D]: K extends 'request'
    ? FieldsOf<D['request']>
    : K extends 'evidence'
      ? EvidenceSummary
      : D[K]
}

/** `documented` when the operation's name and every request element are published. */
export function evidenceSummary(description: OperationDescription): EvidenceSummary {
  const parts = [
    description.evidence.operation,
    ...Object.values(description.request).map((m) => m.evidence),
  ]
  return parts.every((evidence) => evidence.kind === 'published') ? 'documented' : 'defined-here'
}

/** Every operation the portal calls, grouped by the part of the portal that calls it. */
export const operations = Object.fromEntries(
  Object.entries(operationDescriptions).map(([name, description]) => [
    name,
    {
      ...description,
      request: fieldsOf(description.request),
      evidence: evidenceSummary(description),
    },
  ]),
) as { readonly [Op in keyof Descriptions]: Plain<Descriptions[Op]> }

export type Operations = typeof operations
export type OperationName = keyof Operations

/** The operation names in declaration order. */
export const operationNames = Object.keys(operations) as OperationName[]
