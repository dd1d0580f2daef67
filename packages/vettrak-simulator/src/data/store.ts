/**
 * @module
 * The simulator's database: VETtrak records held in their wire shape (`Wire<'TClieEnro'>` …) so the
 * serialiser can write them as they are, plus the indexes the operations need. The seed
 * (`seed/`) fills it; the operations (`operations/`) read it and, for the one write, change it.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'

/** A sign-in account: one per client who may log in, plus API-permitted service accounts. */
export interface Account {
  username: string
  password: string
  /** The client's code; for a service account, the code of the staff client behind it. */
  clientCode: string
  /** Granted the "VETtrak API default role": may call Protected operations and name any client. */
  apiPermitted: boolean
  /** A staff member: signs in with TokenType `03`. */
  isStaff: boolean
}

/** How a client relates to an employer (GetEmployersForClient's `IsContact`/`IsEmployee`). */
export interface EmployerLink {
  employerId: string
  isContact: boolean
  isPrimaryContact: boolean
  isEmployee: boolean
  positionName?: string
}

export interface Division {
  id: number
  name: string
  parentId?: number
}

/** The password policy of the database (GetPasswordPolicy; enforced by UpdateClientUsernamePassword). */
export interface PasswordPolicy {
  minimumLength: number
  requireUpperCase: boolean
  requireLowerCase: boolean
  requireDigit: boolean
  requireSymbol: boolean
}

export interface SimStore {
  /** Accounts by lower-cased username. */
  accounts: Map<string, Account>
  /** Client details by client code (the source of TClie and TClieDetail). */
  clients: Map<string, Wire<'TClieDetail'>>
  /** The client codes in seed order, for stable listing. */
  clientCodes: string[]

  enrolments: Map<number, Wire<'TClieEnro'>>
  enrolmentsByClient: Map<string, number[]>
  /** Units of an enrolment, by enrolment ID. */
  enrolmentUnits: Map<number, Wire<'TEnun'>[]>

  contracts: Map<number, Wire<'TCont'>>
  contractsByClient: Map<string, number[]>
  contractUnits: Map<number, Wire<'TEnun'>[]>

  /** Client events by client code; employer events by employer identifier. */
  clientEvents: Map<string, Wire<'TEven'>[]>
  employerEvents: Map<string, Wire<'TEven'>[]>

  /** Invoices by invoicee: client code for `InvoiceeType` 0, employer identifier for 1. */
  clientInvoices: Map<string, Wire<'TInvoice'>[]>
  employerInvoices: Map<string, Wire<'TInvoice'>[]>

  awardsByClient: Map<string, Wire<'TQucl'>[]>
  /** Awards not marked available for verification: VerifyAward never finds them. */
  unverifiableAwards: Set<number>

  employers: Map<string, Wire<'TEmpl'>>
  /** Child employer identifiers by parent identifier, in seed order. */
  employerChildren: Map<string, string[]>
  /** Each client's links to employers (contact and/or employee). */
  employerLinksByClient: Map<string, EmployerLink[]>
  /** The clients linked to an employer (directly, not through descendants). */
  employerLinksByEmployer: Map<string, { clientCode: string; link: EmployerLink }[]>
  /** Occurrences (course runs) that an employer's people are booked into, by employer identifier. */
  occurrencesByEmployer: Map<string, Wire<'TOccu'>[]>

  divisions: Map<number, Division>
  /** Division IDs a staff member has a role in (they see clients in these and their descendants). */
  staffDivisions: Map<string, number[]>
  /** Staff roles on enrolments, for GetEnrolmentsForStaff: staff code → enrolment ID → role name. */
  staffEnrolmentRoles: Map<string, Map<number, string>>
  /** Clients who declined publication: excluded from staff-facing lists, as VETtrak documents. */
  unpublishedClients: Set<string>

  /** The RTO's locations (GetLocations), by location code, in seed order. */
  locations: Map<string, Wire<'TLoca'>>

  passwordPolicy: PasswordPolicy
  /** The VETtrak "use email as username" setting. */
  emailAsUsername: boolean
}
