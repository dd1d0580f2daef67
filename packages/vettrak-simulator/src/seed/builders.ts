/**
 * @module
 * Builders of wire-shaped VETtrak records with sensible defaults (overrides win), and the small
 * writers that put them into a `SimStore` while keeping its indexes consistent. The seed builds
 * every record through these; tests use them to make their own small stores.
 *
 * Builders that are not given an ID take one from a counter that starts at 900,000,000, far
 * above the seed's ranges; the seed always passes its own IDs so that it stays deterministic.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { Account, Division, EmployerLink, PasswordPolicy, SimStore } from '../data/store.ts'
import { ENROLMENT_STATUSES, OUTCOMES, RTO } from './catalogue.ts'
import { UNKNOWN_DATE_TIME } from './local-date.ts'
import { presentOverrides, roundCents, toWire } from './wire-record.ts'

let testSequence = 900_000_000
const nextTestId = () => ++testSequence

// ---------------------------------------------------------------------------------------------
// Records

/** An AVETMISS 7 address. */
export function buildAddress(overrides: Partial<Wire<'TAddress'>> = {}): Wire<'TAddress'> {
  return toWire('TAddress', {
    StreetNumber: '1',
    StreetName: 'George Street',
    City: 'Sydney',
    State: 'NSW',
    Postcode: '2000',
    ...presentOverrides('TAddress', overrides),
  })
}

const addressLine = (address: Wire<'TAddress'>) =>
  [address.UnitDetails, address.StreetNumber, address.StreetName].filter(Boolean).join(' ') ||
  address.POBox

/** A client's details (TClieDetail). The flat `Clie_R…`/`Clie_P…` fields follow the addresses unless overridden. */
export function buildClient(overrides: Partial<Wire<'TClieDetail'>> = {}): Wire<'TClieDetail'> {
  const code = overrides.Clie_Code ?? `TEST${String(nextTestId() % 1_000_000).padStart(6, '0')}`
  const usual = overrides.UsualAddress ?? buildAddress()
  const postal = overrides.PostalAddress ?? usual
  return toWire('TClieDetail', {
    Clie_Surname: 'Citizen',
    Clie_Given: 'Alex',
    Clie_DOB: '1995-06-15T00:00:00',
    Clie_RAddr: addressLine(usual),
    Clie_RCity: usual.City,
    Clie_RPCode: usual.Postcode,
    Stat_RShortName: usual.State,
    Clie_PAddr: addressLine(postal),
    Clie_PCity: postal.City,
    Clie_PPCode: postal.Postcode,
    Stat_PShortName: postal.State,
    Clie_Address_Type: 0,
    Clie_Email: `${code.toLowerCase()}@example.com`,
    Clie_VisaExpiry: UNKNOWN_DATE_TIME,
    Clie_DateLastAssessed: UNKNOWN_DATE_TIME,
    Clie_Commenced: UNKNOWN_DATE_TIME,
    TerminationDate: UNKNOWN_DATE_TIME,
    Clie_Salary: 0,
    DivisionId: 0,
    USIExempt: false,
    IsStaff: false,
    ...presentOverrides('TClieDetail', overrides),
    Clie_Code: code,
    UsualAddress: usual,
    PostalAddress: postal,
  })
}

/** The three-field TClie of a client (for lists and `EmployerContact`). */
export function clieOf(
  client: Pick<Wire<'TClie'>, 'Clie_Code' | 'Clie_Given' | 'Clie_Surname'>,
): Wire<'TClie'> {
  return toWire('TClie', {
    Clie_Surname: client.Clie_Surname,
    Clie_Given: client.Clie_Given,
    Clie_Code: client.Clie_Code,
  })
}

/** An enrolment (TClieEnro), by default an active enrolment in a Certificate III in Business. */
export function buildEnrolment(overrides: Partial<Wire<'TClieEnro'>> = {}): Wire<'TClieEnro'> {
  return toWire('TClieEnro', {
    StartDate: '2026-02-02T00:00:00',
    EndDate: '2026-12-18T00:00:00',
    Status: ENROLMENT_STATUSES.active.name,
    StatusType: ENROLMENT_STATUSES.active.type,
    DateOfEffect: '2026-02-02T00:00:00',
    Qual_Code: 'BSB30120',
    Qual_Name: 'Certificate III in Business',
    OrganisationId: RTO.organisationId,
    Loca_Code: 'SYD-CBD',
    DeliveryModes: ['Internal delivery'],
    Amount: 0,
    GST: 0,
    AmountPaid: 0,
    AmountCredited: 0,
    DivisionId: 0,
    Clie_Code: 'TEST000000',
    GivenName: 'Alex',
    Surname: 'Citizen',
    ...presentOverrides('TClieEnro', overrides),
    ID: overrides.ID ?? nextTestId(),
  })
}

/** An enrolled unit (TEnun); `ID` is the enrolment (or contract) it sits under. */
export function buildUnit(overrides: Partial<Wire<'TEnun'>> = {}): Wire<'TEnun'> {
  return toWire('TEnun', {
    ID: 0,
    Unit_Code: 'BSBXCM301',
    Unit_Name: 'Engage in workplace communication',
    StartDate: '2026-02-02T00:00:00',
    EndDate: '2026-12-18T00:00:00',
    Result: OUTCOMES.continuing.name,
    ResultCode: OUTCOMES.continuing.code,
    Score: 0,
    Hours: 30,
    ...presentOverrides('TEnun', overrides),
  })
}

/** A training contract (TCont), by default an active traineeship. */
export function buildContract(overrides: Partial<Wire<'TCont'>> = {}): Wire<'TCont'> {
  return toWire('TCont', {
    StartDate: '2026-02-02T00:00:00',
    EndDate: '2027-02-01T00:00:00',
    Status: 'Active',
    DateOfEffect: '2026-02-02T00:00:00',
    Qual_Code: 'BSB30120',
    Qual_Name: 'Certificate III in Business',
    ContractType: 'Traineeship',
    ContractTypeCode: 'T',
    OrganisationId: RTO.organisationId,
    StateShortName: 'NSW',
    Clie_Code: 'TEST000000',
    GivenName: 'Alex',
    Surname: 'Citizen',
    ...presentOverrides('TCont', overrides),
    ID: overrides.ID ?? nextTestId(),
  })
}

/** An event (TEven), by default an incomplete client event with no finish. */
export function buildEvent(overrides: Partial<Wire<'TEven'>> = {}): Wire<'TEven'> {
  return toWire('TEven', {
    EventName: 'Class',
    EventType: 0,
    Identifier: 'TEST000000',
    EventStart: '2026-03-02T09:00:00',
    EventFinish: null,
    Complete: 0,
    EnrolmentId: null,
    ContractId: null,
    ...presentOverrides('TEven', overrides),
    EventID: overrides.EventID ?? nextTestId(),
  })
}

/** An invoice line (TInvoiceItem); `Amount` includes GST. */
export function buildInvoiceItem(
  overrides: Partial<Wire<'TInvoiceItem'>> = {},
): Wire<'TInvoiceItem'> {
  return toWire('TInvoiceItem', {
    Amount: 100,
    AmountPaid: 0,
    Description: 'Tuition fee',
    GST: 0,
    GSTPaid: 0,
    LedgerCode: '4000',
    LedgerName: 'Tuition fees',
    Quantity: 1,
    ...presentOverrides('TInvoiceItem', overrides),
    InvoiceItemId: overrides.InvoiceItemId ?? nextTestId(),
  })
}

/** The GST inside a GST-inclusive amount (one eleventh), in cents. */
export function gstOf(amountIncludingGst: number): number {
  return roundCents(amountIncludingGst / 11)
}

/** TInvoice.PaymentStatus for amounts: 0 none, 1 part, 2 paid (a $0 invoice counts as paid), 3 overpaid. */
export function paymentStatusFor(totalAmount: number, amountPaid: number): 0 | 1 | 2 | 3 {
  const total = roundCents(totalAmount)
  const paid = roundCents(amountPaid)
  if (paid > total) return 3
  if (paid === total) return 2
  return paid === 0 ? 0 : 1
}

/**
 * An invoice (TInvoice). Unless overridden, `TotalAmount`, `TotalGST` and `AmountPaid` are the sums
 * of the items and `PaymentStatus` follows from them.
 */
export function buildInvoice(overrides: Partial<Wire<'TInvoice'>> = {}): Wire<'TInvoice'> {
  const id = overrides.InvoiceId ?? nextTestId()
  const items = overrides.InvoiceItems ?? [buildInvoiceItem()]
  const sum = (pick: (item: Wire<'TInvoiceItem'>) => number) =>
    roundCents(items.reduce((total, item) => total + pick(item), 0))
  const totalAmount = overrides.TotalAmount ?? sum((item) => item.Amount)
  const amountPaid = overrides.AmountPaid ?? sum((item) => item.AmountPaid)
  return toWire('TInvoice', {
    InvoiceNumber: `INV-${id}`,
    InvoiceDate: '2026-02-02T00:00:00',
    InvoiceeType: 0,
    InvoiceeIdentifier: 'TEST000000',
    DueDate: '2026-03-02T00:00:00',
    PaymentStatus: paymentStatusFor(totalAmount, amountPaid),
    TotalAmount: totalAmount,
    TotalGST: sum((item) => item.GST),
    AmountPaid: amountPaid,
    OrganisationId: RTO.organisationId,
    ...presentOverrides('TInvoice', overrides),
    InvoiceId: id,
    InvoiceItems: items,
  })
}

/** An award (TQucl), by default a qualification with no expiry. */
export function buildAward(overrides: Partial<Wire<'TQucl'>> = {}): Wire<'TQucl'> {
  const id = overrides.Qucl_ID ?? nextTestId()
  return toWire('TQucl', {
    Qual_Code: 'BSB30120',
    Qual_Name: 'Certificate III in Business',
    Clie_Code: 'TEST000000',
    Loca_Code: 'SYD-CBD',
    Qucl_Cert: `CSI-${id}`,
    Qucl_Recorded: '2026-01-15T00:00:00',
    Awty_Type: 'Q',
    AwardTypeName: 'Qualification',
    AwardTypeCode: 'Q',
    Expiry: UNKNOWN_DATE_TIME,
    OrganisationId: RTO.organisationId,
    EnrolmentId: 0,
    ...presentOverrides('TQucl', overrides),
    Qucl_ID: id,
  })
}

/** An employer (TEmpl). The flat business/postal fields follow the addresses unless overridden. */
export function buildEmployer(overrides: Partial<Wire<'TEmpl'>> = {}): Wire<'TEmpl'> {
  const identifier = overrides.Empl_Identifier ?? String(nextTestId())
  const business = overrides.BusinessAddress ?? buildAddress()
  const postal = overrides.PostalAddress ?? business
  const name = overrides.Empl_Name ?? `Employer ${identifier}`
  return toWire('TEmpl', {
    Empl_Name: name,
    Empl_LegalName: `${name} Pty Ltd`,
    Empl_BAddr: addressLine(business),
    Empl_BCity: business.City,
    Empl_BPCode: business.Postcode,
    BusinessState: business.State,
    Empl_PAddr: addressLine(postal),
    Empl_PCity: postal.City,
    Empl_PPCode: postal.Postcode,
    PostalState: postal.State,
    Empl_Active: 'Y',
    Empl_Code: identifier,
    ...presentOverrides('TEmpl', overrides),
    Empl_Identifier: identifier,
    BusinessAddress: business,
    PostalAddress: postal,
  })
}

/** An occurrence, a scheduled run of a course (TOccu). */
export function buildOccurrence(overrides: Partial<Wire<'TOccu'>> = {}): Wire<'TOccu'> {
  const id = overrides.ID ?? nextTestId()
  return toWire('TOccu', {
    Code: `OCC-${id}`,
    StartDate: '2026-03-02T09:00:00',
    EndDate: '2026-03-02T16:30:00',
    Loca_Code: 'SYD-CBD',
    DeliveryModes: ['Internal delivery'],
    Amount: 0,
    AmountPaid: 0,
    AmountCredited: 0,
    Prog_Code: 'HLTAID011',
    Prog_Name: 'Provide First Aid',
    Vacancies: 12,
    Colour: '#0000FF',
    EnrolledCount: 0,
    ...presentOverrides('TOccu', overrides),
    ID: id,
  })
}

/** A sign-in account for a client. */
export function buildAccount(overrides: Partial<Account> & Pick<Account, 'clientCode'>): Account {
  return {
    username: overrides.clientCode.toLowerCase(),
    password: 'Password!2026',
    apiPermitted: false,
    isStaff: false,
    ...overrides,
  }
}

// ---------------------------------------------------------------------------------------------
// The store

/** The demo database's password policy, which every demo account's password meets. */
export const DEFAULT_PASSWORD_POLICY: PasswordPolicy = {
  minimumLength: 10,
  requireUpperCase: true,
  requireLowerCase: true,
  requireDigit: true,
  requireSymbol: true,
}

/** A store with no records. */
export function createEmptyStore(
  options: { emailAsUsername?: boolean; passwordPolicy?: PasswordPolicy } = {},
): SimStore {
  return {
    accounts: new Map(),
    clients: new Map(),
    clientCodes: [],
    enrolments: new Map(),
    enrolmentsByClient: new Map(),
    enrolmentUnits: new Map(),
    contracts: new Map(),
    contractsByClient: new Map(),
    contractUnits: new Map(),
    clientEvents: new Map(),
    employerEvents: new Map(),
    clientInvoices: new Map(),
    employerInvoices: new Map(),
    awardsByClient: new Map(),
    unverifiableAwards: new Set(),
    employers: new Map(),
    employerChildren: new Map(),
    employerLinksByClient: new Map(),
    employerLinksByEmployer: new Map(),
    occurrencesByEmployer: new Map(),
    divisions: new Map(),
    staffDivisions: new Map(),
    staffEnrolmentRoles: new Map(),
    unpublishedClients: new Set(),
    locations: new Map(),
    passwordPolicy: { ...(options.passwordPolicy ?? DEFAULT_PASSWORD_POLICY) },
    emailAsUsername: options.emailAsUsername ?? true,
  }
}

const append = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key)
  if (list === undefined) map.set(key, [value])
  else list.push(value)
}

const requireClient = (store: SimStore, code: string | undefined, what: string) => {
  if (code === undefined || !store.clients.has(code)) {
    throw new Error(`${what}: no client '${String(code)}' in the store (add the client first)`)
  }
  return code
}

const requireEmployer = (store: SimStore, identifier: string | undefined, what: string) => {
  if (identifier === undefined || !store.employers.has(identifier)) {
    throw new Error(`${what}: no employer '${String(identifier)}' in the store (add it first)`)
  }
  return identifier
}

const underParent = (units: readonly Wire<'TEnun'>[], parentId: number) =>
  units.map((unit) => (unit.ID === parentId ? unit : { ...unit, ID: parentId }))

/** Adds a sign-in account (keyed by lower-cased username, which must be free). */
export function addAccount(store: SimStore, account: Account): Account {
  const key = account.username.toLowerCase()
  if (store.accounts.has(key)) throw new Error(`addAccount: username '${key}' is taken`)
  requireClient(store, account.clientCode, 'addAccount')
  store.accounts.set(key, account)
  return account
}

/** Adds a client, optionally with an account and as unpublished. */
export function addClient(
  store: SimStore,
  client: Wire<'TClieDetail'>,
  options: { account?: Omit<Account, 'clientCode'>; unpublished?: boolean } = {},
): Wire<'TClieDetail'> {
  const code = client.Clie_Code
  if (code === undefined) throw new Error('addClient: Clie_Code is required')
  if (store.clients.has(code)) throw new Error(`addClient: client '${code}' already exists`)
  store.clients.set(code, client)
  store.clientCodes.push(code)
  if (options.account) addAccount(store, { ...options.account, clientCode: code })
  if (options.unpublished) store.unpublishedClients.add(code)
  return client
}

/** Adds an enrolment and its units (each unit's `ID` is set to the enrolment's). */
export function addEnrolment(
  store: SimStore,
  enrolment: Wire<'TClieEnro'>,
  units: readonly Wire<'TEnun'>[] = [],
): Wire<'TClieEnro'> {
  const code = requireClient(store, enrolment.Clie_Code, `addEnrolment ${enrolment.ID}`)
  if (store.enrolments.has(enrolment.ID)) throw new Error(`addEnrolment: ${enrolment.ID} exists`)
  if (enrolment.EmployerIdentifier !== undefined) {
    requireEmployer(store, enrolment.EmployerIdentifier, `addEnrolment ${enrolment.ID}`)
  }
  store.enrolments.set(enrolment.ID, enrolment)
  append(store.enrolmentsByClient, code, enrolment.ID)
  store.enrolmentUnits.set(enrolment.ID, underParent(units, enrolment.ID))
  return enrolment
}

/** Adds a contract and its units (each unit's `ID` is set to the contract's). */
export function addContract(
  store: SimStore,
  contract: Wire<'TCont'>,
  units: readonly Wire<'TEnun'>[] = [],
): Wire<'TCont'> {
  const code = requireClient(store, contract.Clie_Code, `addContract ${contract.ID}`)
  if (store.contracts.has(contract.ID)) throw new Error(`addContract: ${contract.ID} exists`)
  if (contract.Empl_Identifier !== undefined) {
    requireEmployer(store, contract.Empl_Identifier, `addContract ${contract.ID}`)
  }
  store.contracts.set(contract.ID, contract)
  append(store.contractsByClient, code, contract.ID)
  store.contractUnits.set(contract.ID, underParent(units, contract.ID))
  return contract
}

/** Adds a client event (`EventType` 0) or an employer event (`EventType` 1) under its `Identifier`. */
export function addEvent(store: SimStore, event: Wire<'TEven'>): Wire<'TEven'> {
  if (event.EventType === 1) {
    append(store.employerEvents, requireEmployer(store, event.Identifier, 'addEvent'), event)
  } else {
    append(store.clientEvents, requireClient(store, event.Identifier, 'addEvent'), event)
  }
  return event
}

/** Adds an invoice to its invoicee: a client (`InvoiceeType` 0) or an employer (1). */
export function addInvoice(store: SimStore, invoice: Wire<'TInvoice'>): Wire<'TInvoice'> {
  const what = `addInvoice ${invoice.InvoiceId}`
  if (invoice.InvoiceeType === 1) {
    append(
      store.employerInvoices,
      requireEmployer(store, invoice.InvoiceeIdentifier, what),
      invoice,
    )
  } else {
    append(store.clientInvoices, requireClient(store, invoice.InvoiceeIdentifier, what), invoice)
  }
  return invoice
}

/** Adds an award to its client. */
export function addAward(store: SimStore, award: Wire<'TQucl'>): Wire<'TQucl'> {
  append(store.awardsByClient, requireClient(store, award.Clie_Code, 'addAward'), award)
  return award
}

/** Adds an employer under its `Empl_Parent` (which must already exist); `ParentName` is filled in. */
export function addEmployer(store: SimStore, employer: Wire<'TEmpl'>): Wire<'TEmpl'> {
  const identifier = employer.Empl_Identifier
  if (identifier === undefined) throw new Error('addEmployer: Empl_Identifier is required')
  if (store.employers.has(identifier)) throw new Error(`addEmployer: '${identifier}' exists`)
  let stored = employer
  if (employer.Empl_Parent !== undefined) {
    const parent = store.employers.get(requireEmployer(store, employer.Empl_Parent, 'addEmployer'))
    if (employer.ParentName === undefined && parent?.Empl_Name !== undefined) {
      stored = toWire('TEmpl', { ...employer, ParentName: parent.Empl_Name })
    }
    append(store.employerChildren, employer.Empl_Parent, identifier)
  }
  store.employers.set(identifier, stored)
  if (!store.employerChildren.has(identifier)) store.employerChildren.set(identifier, [])
  return stored
}

/**
 * Links a client to an employer as contact and/or employee. Linking again merges the flags; a
 * primary contact takes the primary flag from the employer's other contacts (AddContactToEmployer).
 */
export function linkClientToEmployer(
  store: SimStore,
  clientCode: string,
  link: EmployerLink,
): EmployerLink {
  requireClient(store, clientCode, 'linkClientToEmployer')
  requireEmployer(store, link.employerId, 'linkClientToEmployer')
  const byEmployer = store.employerLinksByEmployer.get(link.employerId) ?? []
  if (link.isPrimaryContact) {
    for (const other of byEmployer) other.link.isPrimaryContact = false
  }
  const existing = store.employerLinksByClient
    .get(clientCode)
    ?.find((candidate) => candidate.employerId === link.employerId)
  if (existing) {
    const merged = existing
    merged.isContact ||= link.isContact
    merged.isPrimaryContact ||= link.isPrimaryContact
    merged.isEmployee ||= link.isEmployee
    merged.positionName ??= link.positionName
    return merged
  }
  const stored: EmployerLink = { ...link, isContact: link.isContact || link.isPrimaryContact }
  append(store.employerLinksByClient, clientCode, stored)
  if (byEmployer.length === 0) store.employerLinksByEmployer.set(link.employerId, byEmployer)
  byEmployer.push({ clientCode, link: stored })
  return stored
}

/** Books an employer's people into an occurrence (lists it for that employer). */
export function addOccurrence(
  store: SimStore,
  employerIdentifier: string,
  occurrence: Wire<'TOccu'>,
): Wire<'TOccu'> {
  append(
    store.occurrencesByEmployer,
    requireEmployer(store, employerIdentifier, 'addOccurrence'),
    occurrence,
  )
  return occurrence
}

/** Adds a division (its parent, if any, must exist). */
export function addDivision(store: SimStore, division: Division): Division {
  if (store.divisions.has(division.id)) throw new Error(`addDivision: ${division.id} exists`)
  if (division.parentId !== undefined && !store.divisions.has(division.parentId)) {
    throw new Error(`addDivision: parent division ${division.parentId} does not exist`)
  }
  store.divisions.set(division.id, division)
  return division
}

/** Gives a staff member a role in a division (they see its clients and its descendants'). */
export function assignStaffToDivision(
  store: SimStore,
  staffCode: string,
  divisionId: number,
): void {
  requireClient(store, staffCode, 'assignStaffToDivision')
  if (!store.divisions.has(divisionId))
    throw new Error(`assignStaffToDivision: no division ${divisionId}`)
  const divisions = store.staffDivisions.get(staffCode) ?? []
  if (!divisions.includes(divisionId)) divisions.push(divisionId)
  store.staffDivisions.set(staffCode, divisions)
}

/** Records a staff member's role on an enrolment (GetEnrolmentsForStaff). */
export function addStaffEnrolmentRole(
  store: SimStore,
  staffCode: string,
  enrolmentId: number,
  roleName: string,
): void {
  requireClient(store, staffCode, 'addStaffEnrolmentRole')
  if (!store.enrolments.has(enrolmentId))
    throw new Error(`addStaffEnrolmentRole: no enrolment ${enrolmentId}`)
  const roles = store.staffEnrolmentRoles.get(staffCode) ?? new Map<number, string>()
  roles.set(enrolmentId, roleName)
  store.staffEnrolmentRoles.set(staffCode, roles)
}
