/**
 * @module
 * The VT_API operations the portal calls: request elements in signature order, the result's shape,
 * the security level and the evidence for each. The simulator serves exactly these, its WSDL is
 * generated from them, and the client and `vettrak doctor` check a real server against them.
 *
 * Evidence: `documented` follows reference.md to the letter; `defined-here` is this project's
 * shape where VETtrak's is not public (see `shared/vettrak-api/portal-operations.md`).
 */
import type { ComplexTypeName, FieldType, ScalarType } from './types.ts'

/** Who may call an operation (reference.md §2.4). */
export type SecurityLevel = 'Public' | 'Restricted' | 'Protected'

export type Evidence = 'documented' | 'defined-here'

/** The payload that follows `Auth` in a wrapped result, or `bare` for a bare TAuthenticate. */
export type ResultShape =
  | { readonly kind: 'bare' }
  | {
      readonly kind: 'wrapped'
      /** The .NET result type, e.g. `TAuthClieEnroList`; names the WSDL complexType. */
      readonly typeName: string
      readonly payload: Readonly<Record<string, FieldType>>
    }

export interface OperationSpec {
  readonly request: Readonly<Record<string, ScalarType>>
  readonly result: ResultShape
  readonly level: SecurityLevel
  readonly evidence: Evidence
  /** The request element carrying the caller's token (absent for Public operations). */
  readonly tokenParam?: string
  /** The request element naming a client, checked against the token under Restricted. */
  readonly clientParam?: string
  /** A note for the doctor and the docs where evidence is partial. */
  readonly note?: string
}

const bare = { kind: 'bare' } as const
const wrapped = <P extends Record<string, FieldType>>(typeName: string, payload: P) =>
  ({ kind: 'wrapped', typeName, payload }) as const
const list = <N extends ComplexTypeName>(name: N) => ({ list: name }) as const
const one = <N extends ComplexTypeName>(name: N) => ({ type: name }) as const

/** Every operation the portal calls, in the order of portal-operations.md. */
export const operations = {
  // Sign-in and account
  ValidateClient: {
    request: { sUsername: 'string', sPassword: 'string' },
    result: bare,
    level: 'Public',
    evidence: 'documented',
  },
  GetClientDetails: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthClieDetail', { ClieDetail: one('TClieDetail') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetEmployersForClient: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthClientEmployerList', { EmplList: list('TClientEmployer') }),
    level: 'Restricted',
    evidence: 'defined-here',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'name documented (seed change log); shape defined here',
  },
  GetPasswordPolicy: {
    request: { token: 'string' },
    result: wrapped('TAuthPasswordPolicy', { Policy: one('TPasswordPolicy') }),
    level: 'Restricted',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  UpdateClientUsernamePassword: {
    request: { sToken: 'string', sClie_Code: 'string', sUsername: 'string', sPassword: 'string' },
    result: bare,
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },

  // A learner's own records
  GetEventsForClient: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthEvenList', { EvenList: list('TEven') }),
    level: 'Restricted',
    evidence: 'defined-here',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'TEven members documented, order defined here',
  },
  GetEnrolmentsForClient: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthClieEnroList', { ClieEnroList: list('TClieEnro') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetUnitsForEnrolment: {
    request: { sToken: 'string', iEnro_ID: 'int' },
    result: wrapped('TAuthEnunList', { EnunList: list('TEnun') }),
    level: 'Restricted',
    evidence: 'defined-here',
    tokenParam: 'sToken',
    note: 'name documented; shape defined here',
  },
  GetContractsForClient: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthContList', { ContList: list('TCont') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetUnitsForContract: {
    request: { sToken: 'string', iCont_id: 'int' },
    result: wrapped('TAuthEnunList', { EnunList: list('TEnun') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
  },
  GetInvoicesForClient: {
    request: {
      token: 'string',
      clientCode: 'string',
      startDate: 'dateTime',
      endDate: 'dateTime',
      status: 'int',
    },
    result: wrapped('TAuthInvoiceList', { InvoiceList: list('TInvoice') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'token',
    clientParam: 'clientCode',
  },
  GetAwardsForClient: {
    request: { token: 'string', clientCode: 'string' },
    result: wrapped('TAuthQuclList', { AwardList: list('TQucl') }),
    level: 'Restricted',
    evidence: 'defined-here',
    tokenParam: 'token',
    clientParam: 'clientCode',
  },

  // Employer views: Protected, called with the BFF's service account
  GetEmployerDetails: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthEmpl', { Empl: one('TEmpl') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  GetEmployerTree: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthEmployerTree', { Tree: one('TEmployerTree') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  GetEmployerContactDetails: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthEmplContactList', { ClieList: list('TEmplContact') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  GetTraineesForEmployer: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthContList', { ContList: list('TCont') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
    note: 'the employer and its descendants in the employer tree',
  },
  GetEmployeesForEmployer: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthEmplEmployeeList', { ClieList: list('TEmplEmployee') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
    note: 'the employer and its descendants in the employer tree',
  },
  GetEventsForEmployer: {
    request: {
      token: 'string',
      employerIdentifier: 'string',
      startDate: 'dateTime',
      endDate: 'dateTime',
    },
    result: wrapped('TAuthEvenList', { EvenList: list('TEven') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  GetInvoicesForEmployer: {
    request: {
      token: 'string',
      employerIdentifier: 'string',
      startDate: 'dateTime',
      endDate: 'dateTime',
      status: 'int',
    },
    result: wrapped('TAuthInvoiceList', { InvoiceList: list('TInvoice') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
    note: 'name and EmployerContact documented; the rest mirrors GetInvoicesForClient',
  },
  GetOccurrencesForEmployer: {
    request: {
      token: 'string',
      employerIdentifier: 'string',
      startDate: 'dateTime',
      endDate: 'dateTime',
    },
    result: wrapped('TAuthOccuList', { OccuList: list('TOccu') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
  },
  GetEnrolmentsForEmployer: {
    request: { token: 'string', employerIdentifier: 'string' },
    result: wrapped('TAuthClieEnroList', { ClieEnroList: list('TClieEnro') }),
    level: 'Protected',
    evidence: 'defined-here',
    tokenParam: 'token',
    note: 'enrolments linked to the employer and its descendants',
  },

  // Staff views: the staff user's own token
  GetAccessibleClients: {
    request: { token: 'string', clientCode: 'string', sinceDate: 'dateTime?' },
    result: wrapped('TAuthClieList', { ClieList: list('TClie') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'token',
    clientParam: 'clientCode',
  },
  GetClientByCode: {
    request: { sToken: 'string', sClie_Code: 'string' },
    result: wrapped('TAuthClie', { Clie: one('TClie') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
  },
  GetClientByEmail: {
    request: { token: 'string', emailAddress: 'string' },
    result: wrapped('TAuthClie', { Clie: one('TClie') }),
    level: 'Protected',
    evidence: 'documented',
    tokenParam: 'token',
    note: 'no match, or more than one, is an error in Auth',
  },
  GetEnrolmentsForStaff: {
    request: { sToken: 'string', sClie_Code: 'string', xsdStart: 'dateTime', xsdEnd: 'dateTime' },
    result: wrapped('TAuthEnroStaffList', { EnroStaffList: list('TEnroStaff') }),
    level: 'Restricted',
    evidence: 'documented',
    tokenParam: 'sToken',
    clientParam: 'sClie_Code',
    note: 'signature documented; item fields defined here',
  },
} as const satisfies Record<string, OperationSpec>

export type Operations = typeof operations
export type OperationName = keyof Operations

/** The operation names in declaration order. */
export const operationNames = Object.keys(operations) as OperationName[]
