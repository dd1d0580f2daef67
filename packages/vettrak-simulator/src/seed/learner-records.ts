/**
 * @module
 * Composite writers shared by the demo, Southern Health Network and the bulk generator: a person
 * with addresses, an enrolment with its units, the training contract that mirrors it, invoices
 * with their lines, events and awards. Each goes through the builders and the store writers.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { SimStore } from '../data/store.ts'
import {
  addAward,
  addClient,
  addContract,
  addEnrolment,
  addEvent,
  addInvoice,
  buildAddress,
  buildAward,
  buildClient,
  buildContract,
  buildEnrolment,
  buildEvent,
  buildInvoice,
  buildInvoiceItem,
  buildUnit,
  clieOf,
  gstOf,
} from './builders.ts'
import {
  AWARD_TYPES,
  CONTRACT_STATUSES,
  CONTRACT_TYPES,
  DELIVERY_MODES,
  ENROLMENT_STATUSES,
  ENROLMENT_TYPES,
  type Course,
  type EnrolmentStatus,
  type Outcome,
  type Suburb,
} from './catalogue.ts'
import type { NextId } from './ids.ts'
import {
  addDays,
  addMonths,
  daysBetween,
  startOfDay,
  UNKNOWN_DATE_TIME,
  type LocalDate,
  type LocalDateTime,
} from './local-date.ts'
import { roundCents } from './wire-record.ts'

/** What every writer needs: the store, the ID sequence and "today". */
export interface SeedContext {
  store: SimStore
  nextId: NextId
  referenceDate: LocalDate
}

export interface PersonSpec {
  code: string
  given: string
  surname: string
  dob: LocalDate
  gender: 'F' | 'M' | 'X'
  suburb: Suburb
  streetNumber: string
  streetName: string
  email?: string
  mobile?: string
  title?: string
  usi?: string
  divisionId: number
  isStaff?: boolean
  /** The primary employer (TClieDetail.Empl_Identifier) and when the employment began. */
  employerId?: string
  commenced?: LocalDate
  username?: string
}

/** A client record for a person (not yet in the store). */
export function buildPerson(person: PersonSpec): Wire<'TClieDetail'> {
  const address = buildAddress({
    StreetNumber: person.streetNumber,
    StreetName: person.streetName,
    City: person.suburb.name,
    State: person.suburb.state,
    Postcode: person.suburb.postcode,
  })
  return buildClient({
    Clie_Code: person.code,
    Clie_Given: person.given,
    Clie_Surname: person.surname,
    Clie_DOB: startOfDay(person.dob),
    Clie_Email: person.email,
    Clie_MobilePhone: person.mobile,
    Clie_Title: person.title,
    Clie_Username: person.username,
    Gender: person.gender,
    Empl_Identifier: person.employerId,
    Clie_Commenced: person.commenced ? startOfDay(person.commenced) : undefined,
    DivisionId: person.divisionId,
    USI: person.usi,
    IsStaff: person.isStaff ?? false,
    UsualAddress: address,
  })
}

/** Adds a person as a client. */
export function addPerson(
  ctx: SeedContext,
  person: PersonSpec,
  options: Parameters<typeof addClient>[2] = {},
): Wire<'TClieDetail'> {
  return addClient(ctx.store, buildPerson(person), options)
}

export interface UnitResult {
  outcome: Outcome
  score?: number
}

/** Units of a course spread evenly over the enrolment, with one result per unit. */
export function unitsFor(
  course: Course,
  start: LocalDate,
  end: LocalDate,
  results: readonly UnitResult[],
): Wire<'TEnun'>[] {
  if (results.length !== course.units.length) {
    throw new Error(`${course.code}: ${results.length} results for ${course.units.length} units`)
  }
  const span = Math.max(0, daysBetween(start, end))
  const count = course.units.length
  const boundaries = Array.from({ length: count + 1 }, (_, index) =>
    startOfDay(addDays(start, Math.floor((span * index) / count))),
  )
  return course.units.map((unit, index) => {
    const result = results[index] as UnitResult
    return buildUnit({
      Unit_Code: unit.code,
      Unit_Name: unit.name,
      StartDate: boundaries[index],
      EndDate: boundaries[index + 1],
      Result: result.outcome.name,
      ResultCode: result.outcome.code,
      Score: result.score ?? 0,
      Hours: unit.hours,
    })
  })
}

/** The planned end of a course that starts on `start`. */
export function plannedEnd(course: Course, start: LocalDate): LocalDate {
  return course.months === 0 ? start : addDays(addMonths(start, course.months), -1)
}

export interface Money {
  amount: number
  gst: number
  paid: number
  credited?: number
}

export interface EnrolSpec {
  id?: number
  client: Wire<'TClieDetail'>
  course: Course
  start: LocalDate
  end?: LocalDate
  status: EnrolmentStatus
  dateOfEffect?: LocalDate
  results: readonly UnitResult[]
  location: string
  deliveryModes: readonly string[]
  type: { name: string; code: string }
  divisionId: number
  employer?: Wire<'TEmpl'>
  employerContactCode?: string
  money?: Money
  description?: string
}

/** Enrols a client in a course, with a unit per course unit. */
export function enrol(ctx: SeedContext, spec: EnrolSpec): Wire<'TClieEnro'> {
  const end = spec.end ?? plannedEnd(spec.course, spec.start)
  const id = spec.id ?? ctx.nextId('enrolment')
  const money = spec.money ?? { amount: 0, gst: 0, paid: 0 }
  const enrolment = buildEnrolment({
    ID: id,
    StartDate: startOfDay(spec.start),
    EndDate: startOfDay(end),
    Status: spec.status.name,
    StatusType: spec.status.type,
    DateOfEffect: startOfDay(spec.dateOfEffect ?? spec.start),
    Qual_Code: spec.course.code,
    Qual_Name: spec.course.name,
    Description: spec.description,
    Loca_Code: spec.location,
    DeliveryModes: [...spec.deliveryModes],
    EmployerIdentifier: spec.employer?.Empl_Identifier,
    EmployerName: spec.employer?.Empl_Name,
    EmployerContactCode: spec.employerContactCode,
    Amount: money.amount,
    GST: money.gst,
    AmountPaid: money.paid,
    AmountCredited: money.credited ?? 0,
    DivisionId: spec.divisionId,
    EnrolmentType: spec.type.name,
    EnrolmentTypeCode: spec.type.code,
    Clie_Code: spec.client.Clie_Code,
    GivenName: spec.client.Clie_Given,
    Surname: spec.client.Clie_Surname,
  })
  return addEnrolment(ctx.store, enrolment, unitsFor(spec.course, spec.start, end, spec.results))
}

export interface ContractSpec {
  id?: number
  enrolment: Wire<'TClieEnro'>
  employer: Wire<'TEmpl'>
  contactCode?: string
  type?: { name: string; code: string }
  status: string
  code?: string
}

/** The training contract behind an employment-based enrolment; its units mirror the enrolment's. */
export function contractFor(ctx: SeedContext, spec: ContractSpec): Wire<'TCont'> {
  const id = spec.id ?? ctx.nextId('contract')
  const type = spec.type ?? CONTRACT_TYPES.traineeship
  const { enrolment, employer } = spec
  const contract = buildContract({
    ID: id,
    Code: spec.code ?? `${employer.BusinessState ?? 'NSW'}-${String(id).padStart(7, '0')}`,
    StartDate: enrolment.StartDate,
    EndDate: enrolment.EndDate,
    Status: spec.status,
    DateOfEffect: enrolment.DateOfEffect,
    Qual_Code: enrolment.Qual_Code,
    Qual_Name: enrolment.Qual_Name,
    Empl_Identifier: employer.Empl_Identifier,
    Empl_Name: employer.Empl_Name,
    ContractType: type.name,
    ContractTypeCode: type.code,
    StateShortName: employer.BusinessState,
    EmployerContactCode: spec.contactCode,
    Clie_Code: enrolment.Clie_Code,
    GivenName: enrolment.GivenName,
    Surname: enrolment.Surname,
  })
  return addContract(ctx.store, contract, ctx.store.enrolmentUnits.get(enrolment.ID) ?? [])
}

/** How a traineeship stands: the status of its contract. */
export type TraineeshipStatus = 'active' | 'completed' | 'cancelled'

/** The enrolment's status for each contract status: a cancelled contract withdraws the trainee. */
const TRAINEESHIP_ENROLMENT_STATUS: Record<TraineeshipStatus, EnrolmentStatus> = {
  active: ENROLMENT_STATUSES.active,
  completed: ENROLMENT_STATUSES.completed,
  cancelled: ENROLMENT_STATUSES.withdrawn,
}

export interface TraineeshipSpec {
  client: Wire<'TClieDetail'>
  course: Course
  start: LocalDate
  end: LocalDate
  status: TraineeshipStatus
  dateOfEffect: LocalDate
  results: readonly UnitResult[]
  divisionId: number
  employer: Wire<'TEmpl'>
  contactCode: string | undefined
  contractType?: { name: string; code: string }
}

/**
 * A workplace traineeship at an employer's site: the enrolment (no fees) and the training contract
 * that mirrors it, with the contact as the employer contact of both.
 */
export function traineeship(
  ctx: SeedContext,
  spec: TraineeshipSpec,
): { enrolment: Wire<'TClieEnro'>; contract: Wire<'TCont'> } {
  const enrolment = enrol(ctx, {
    client: spec.client,
    course: spec.course,
    start: spec.start,
    end: spec.end,
    status: TRAINEESHIP_ENROLMENT_STATUS[spec.status],
    dateOfEffect: spec.dateOfEffect,
    results: spec.results,
    location: 'WORKPLACE',
    deliveryModes: [DELIVERY_MODES.workplace],
    type: ENROLMENT_TYPES.traineeship,
    divisionId: spec.divisionId,
    employer: spec.employer,
    employerContactCode: spec.contactCode,
  })
  const contract = contractFor(ctx, {
    enrolment,
    employer: spec.employer,
    contactCode: spec.contactCode,
    status: CONTRACT_STATUSES[spec.status],
    type: spec.contractType,
  })
  return { enrolment, contract }
}

export interface ItemSpec {
  description: string
  /** Unit price including any GST. */
  price: number
  quantity?: number
  /** True when the line carries GST (one eleventh of the amount); accredited tuition does not. */
  gst?: boolean
  paid: number
}

/** Invoice lines and their totals. */
export function invoiceLines(ctx: SeedContext, specs: readonly ItemSpec[]) {
  const items = specs.map((spec) => {
    const quantity = spec.quantity ?? 1
    const amount = roundCents(spec.price * quantity)
    const gst = spec.gst ? gstOf(amount) : 0
    const paid = Math.min(amount, spec.paid)
    return buildInvoiceItem({
      InvoiceItemId: ctx.nextId('invoiceItem'),
      Description: spec.description,
      Quantity: quantity,
      Amount: amount,
      GST: gst,
      AmountPaid: paid,
      GSTPaid: amount === 0 ? 0 : roundCents((gst * paid) / amount),
      // Accredited tuition is GST-free; what carries GST is materials and services.
      LedgerCode: spec.gst ? '4100' : '4000',
      LedgerName: spec.gst ? 'Materials and services' : 'Tuition fees',
    })
  })
  const sum = (pick: (item: Wire<'TInvoiceItem'>) => number) =>
    roundCents(items.reduce((total, item) => total + pick(item), 0))
  const money: Money = {
    amount: sum((item) => item.Amount),
    gst: sum((item) => item.GST),
    paid: sum((item) => item.AmountPaid),
  }
  return { items, money }
}

export interface InvoiceSpec {
  id?: number
  to: { client: Wire<'TClieDetail'> } | { employer: Wire<'TEmpl'>; contact?: Wire<'TClieDetail'> }
  date: LocalDate
  dueDate: LocalDate
  description?: string
  orderNumber?: string
  items: Wire<'TInvoiceItem'>[]
  /** `credited`: credited out in full (PaymentStatus 4); `overpaid`: paid `overpaidBy` too much (3). */
  settlement?: 'credited' | { overpaidBy: number }
}

/** Adds an invoice; totals and payment status follow the lines unless it is credited or overpaid. */
export function invoice(ctx: SeedContext, spec: InvoiceSpec): Wire<'TInvoice'> {
  const id = spec.id ?? ctx.nextId('invoice')
  const total = roundCents(spec.items.reduce((sum, item) => sum + item.Amount, 0))
  const invoicee =
    'client' in spec.to
      ? {
          InvoiceeType: 0,
          InvoiceeIdentifier: spec.to.client.Clie_Code,
          InvoiceeName:
            `${spec.to.client.Clie_Given ?? ''} ${spec.to.client.Clie_Surname ?? ''}`.trim(),
        }
      : {
          InvoiceeType: 1,
          InvoiceeIdentifier: spec.to.employer.Empl_Identifier,
          InvoiceeName: spec.to.employer.Empl_Name,
          EmployerContact: spec.to.contact ? clieOf(spec.to.contact) : undefined,
        }
  const settlement =
    spec.settlement === 'credited'
      ? { PaymentStatus: 4, AmountPaid: total }
      : spec.settlement
        ? { PaymentStatus: 3, AmountPaid: roundCents(total + spec.settlement.overpaidBy) }
        : {}
  return addInvoice(
    ctx.store,
    buildInvoice({
      InvoiceId: id,
      InvoiceNumber: `INV${String(id).padStart(7, '0')}`,
      InvoiceDate: startOfDay(spec.date),
      DueDate: startOfDay(spec.dueDate),
      Description: spec.description,
      OrderNumber: spec.orderNumber,
      InvoiceItems: spec.items,
      ...invoicee,
      ...settlement,
    }),
  )
}

export interface EventSpec {
  id?: number
  /** A client code, or an employer identifier when `employer` is true. */
  identifier: string
  employer?: boolean
  name: string
  start: LocalDateTime
  finish?: LocalDateTime | null
  /** Defaults to "started before the reference date". */
  complete?: boolean
  staffCode?: string
  enrolmentId?: number
  contractId?: number
  description?: string
}

/** Adds a client or employer event. */
export function event(ctx: SeedContext, spec: EventSpec): Wire<'TEven'> {
  const complete = spec.complete ?? spec.start < startOfDay(ctx.referenceDate)
  return addEvent(
    ctx.store,
    buildEvent({
      EventID: spec.id ?? ctx.nextId('event'),
      EventName: spec.name,
      EventType: spec.employer ? 1 : 0,
      Identifier: spec.identifier,
      EventStart: spec.start,
      EventFinish: spec.finish ?? null,
      Complete: complete ? 1 : 0,
      StaffCode: spec.staffCode,
      EnrolmentId: spec.enrolmentId ?? null,
      ContractId: spec.contractId ?? null,
      Description: spec.description,
    }),
  )
}

export interface AwardSpec {
  id?: number
  enrolment: Wire<'TClieEnro'>
  kind: 'qualification' | 'statement'
  recorded: LocalDate
  staffCode?: string
  /** Years the award is current for (first aid and CPR certificates expire). */
  validYears?: number
}

/** Adds the award (parchment) of a completed enrolment. */
export function award(ctx: SeedContext, spec: AwardSpec): Wire<'TQucl'> {
  const id = spec.id ?? ctx.nextId('award')
  const type = AWARD_TYPES[spec.kind]
  const { enrolment } = spec
  return addAward(
    ctx.store,
    buildAward({
      Qucl_ID: id,
      Qual_Code: enrolment.Qual_Code,
      Qual_Name: enrolment.Qual_Name,
      Clie_Code: enrolment.Clie_Code,
      Loca_Code: enrolment.Loca_Code,
      Qucl_Cert: `CSI${type.code}${String(id).padStart(7, '0')}`,
      Qucl_Recorded: startOfDay(spec.recorded),
      Staf_Code: spec.staffCode,
      Awty_Type: type.type,
      AwardTypeName: type.name,
      AwardTypeCode: type.code,
      Expiry:
        spec.validYears === undefined
          ? UNKNOWN_DATE_TIME
          : startOfDay(addMonths(spec.recorded, spec.validYears * 12)),
      EnrolmentId: enrolment.ID,
    }),
  )
}
