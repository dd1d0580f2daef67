/**
 * @module
 * One well-formed call for every operation: who calls it and with what, for a given set of people and
 * records. Used by the generic-client test, the golden envelopes and the determinism test.
 */
import type { OperationName } from '@vettrak-portal/vettrak-api'

export interface Cast {
  /** Sign-in names and passwords. */
  learner: { username: string; password: string; clientCode: string; email: string }
  staff: { username: string; password: string; clientCode: string }
  service: { username: string; password: string }
  /** A client who is a contact of at least one employer. */
  contactCode: string
  enrolmentId: number
  contractId: number
  employerId: string
  /** The holder's names and the parchment number of an award available for verification. */
  award: { givenName: string; surname: string; parchmentNumber: string }
  /** A wide date range covering the data. */
  from: string
  to: string
}

export type Who = 'learner' | 'staff' | 'service' | 'none'

export interface OperationCall {
  who: Who
  args: (token: string) => Record<string, string | number | null>
  /** The payload element that must be present and non-empty on success. */
  payload?: string
}

/** A call per operation, in the order of `operations.ts`. */
export function everyOperation(cast: Cast): Record<OperationName, OperationCall> {
  const own = (token: string) => ({ sToken: token, sClie_Code: cast.learner.clientCode })
  const mine = (token: string) => ({ token, clientCode: cast.learner.clientCode })
  const employer = (token: string) => ({ token, employerIdentifier: cast.employerId })
  const ranged = (token: string) => ({ ...employer(token), startDate: cast.from, endDate: cast.to })
  return {
    ValidateClient: {
      who: 'none',
      args: () => ({ sUsername: cast.learner.username, sPassword: cast.learner.password }),
    },
    GetClientDetails: { who: 'learner', args: own, payload: 'ClieDetail' },
    GetEmployersForClient: {
      who: 'service',
      args: (token) => ({ sToken: token, sClie_Code: cast.contactCode }),
      payload: 'EmplList',
    },
    GetPasswordPolicy: { who: 'learner', args: (token) => ({ token }), payload: 'Policy' },
    UpdateClientUsernamePassword: {
      who: 'learner',
      args: (token) => ({
        ...own(token),
        sUsername: cast.learner.username,
        sPassword: cast.learner.password,
      }),
    },
    GetEventsForClient: { who: 'learner', args: own, payload: 'EvenList' },
    GetEnrolmentsForClient: { who: 'learner', args: own, payload: 'ClieEnroList' },
    GetUnitsForEnrolmentIncludingLinked: {
      who: 'learner',
      args: (token) => ({ token, enrolmentId: cast.enrolmentId }),
      payload: 'EnunList',
    },
    GetContractsForClient: { who: 'learner', args: own, payload: 'ContList' },
    GetUnitsForContract: {
      who: 'learner',
      args: (token) => ({ sToken: token, iCont_id: cast.contractId }),
      payload: 'EnunList',
    },
    GetInvoicesForClient: {
      who: 'learner',
      args: (token) => ({ ...mine(token), startDate: cast.from, endDate: cast.to, status: 0 }),
      payload: 'InvoiceList',
    },
    GetAwardsForClient: { who: 'learner', args: mine, payload: 'AwardList' },
    VerifyAward: {
      who: 'service',
      args: (token) => ({ token, ...cast.award }),
      payload: 'Award',
    },
    GetEmployerDetails: { who: 'service', args: employer, payload: 'Empl' },
    GetEmployerTree: { who: 'service', args: employer, payload: 'Tree' },
    GetEmployerContactDetails: { who: 'service', args: employer, payload: 'ClieList' },
    GetTraineesForEmployer: { who: 'service', args: employer, payload: 'ContList' },
    GetEmployeesForEmployer: { who: 'service', args: employer, payload: 'ClieList' },
    GetEventsForEmployer: { who: 'service', args: ranged, payload: 'EvenList' },
    GetInvoicesForEmployer: {
      who: 'service',
      args: (token) => ({ ...ranged(token), status: 0 }),
      payload: 'InvoiceList',
    },
    GetOccurrencesForEmployer: { who: 'service', args: ranged, payload: 'OccuList' },
    GetEnrolmentsForEmployer: { who: 'service', args: employer, payload: 'ClieEnroList' },
    GetLocations: { who: 'service', args: (token) => ({ token }), payload: 'LocaList' },
    GetAccessibleClients: {
      who: 'staff',
      args: (token) => ({ token, clientCode: cast.staff.clientCode, sinceDate: null }),
      payload: 'ClieList',
    },
    GetClientByCode: { who: 'staff', args: own, payload: 'Clie' },
    GetClientByEmail: {
      who: 'service',
      args: (token) => ({ token, emailAddress: cast.learner.email }),
      payload: 'Clie',
    },
    GetEnrolmentsForStaff: {
      who: 'staff',
      args: (token) => ({
        sToken: token,
        sClie_Code: cast.staff.clientCode,
        xsdStart: cast.from,
        xsdEnd: cast.to,
      }),
      payload: 'EnroStaffList',
    },
  }
}
