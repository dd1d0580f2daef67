/**
 * @module
 * A learner's VETtrak records → what the SPA shows: enrolments with progress, units with a grouped
 * outcome, events, invoices with what is owing, contracts, awards and the password policy.
 */
import * as Contracts from '@vettrak-portal/contracts'
import type {
  Award,
  Contract,
  Enrolment,
  EnrolmentState,
  Event,
  Invoice,
  PasswordPolicy,
  Unit,
  UnitOutcome,
} from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { NO_LOCATION_NAMES, type LocationNameMap } from '../reference/location-names.ts'
import { contractFields } from './contract-fields.ts'
import { locationOf } from './location.ts'

/**
 * AVETMISS outcome identifiers grouped into what a learner understands. Identifiers not listed
 * (and units without one) are `other`.
 */
const OUTCOME_BY_CODE: Readonly<Record<string, UnitOutcome>> = {
  '20': 'achieved', // competency achieved / pass
  '81': 'achieved', // non-assessable, satisfactorily completed
  '30': 'not-achieved', // competency not achieved / fail
  '52': 'not-achieved', // RPL not granted
  '54': 'not-achieved', // recognition of current competency not granted
  '82': 'not-achieved', // non-assessable, not satisfactorily completed
  '40': 'withdrawn', // withdrawn / discontinued
  '41': 'withdrawn', // incomplete due to RTO closure
  '51': 'credit', // recognition of prior learning granted
  '53': 'credit', // recognition of current competency granted
  '60': 'credit', // credit transfer / national recognition
  '70': 'in-progress', // continuing enrolment
  '90': 'in-progress', // outcome not yet available
  '85': 'not-started', // not yet started
}

/** The grouped outcome of an AVETMISS outcome identifier. */
export function unitOutcome(resultCode: string | undefined): UnitOutcome {
  return OUTCOME_BY_CODE[resultCode?.trim() ?? ''] ?? 'other'
}

/** Whether a unit counts towards completion: achieved or credited. */
export const countsAsDone = (outcome: UnitOutcome) => outcome === 'achieved' || outcome === 'credit'

/** Whether VETtrak sent anything of a unit's outcome. */
const outcomeKnown = (unit: Vettrak.Unit) =>
  unit.resultCode !== undefined || unit.result !== undefined

/**
 * Units done of all units; undefined when no unit carries an outcome (a VETtrak whose unit
 * answers leave results out), as "0 achieved" would then be a claim nobody made.
 */
export function progressOf(
  units: readonly Vettrak.Unit[],
): { achieved: number; total: number } | undefined {
  if (units.length > 0 && !units.some(outcomeKnown)) return undefined
  const achieved = units.filter((u) => countsAsDone(unitOutcome(u.resultCode))).length
  return { achieved, total: units.length }
}

/** A unit of an enrolment or contract. */
export function toUnit(unit: Vettrak.Unit): Unit {
  return contractFields(Contracts.UnitSchema, unit, { outcome: unitOutcome(unit.resultCode) })
}

/** VETtrak's StatusType numbers with a published meaning; the only place they are compared. */
const STATE_BY_STATUS_TYPE: ReadonlyMap<number, EnrolmentState> = new Map([
  [0, 'active'],
  [1, 'completed'],
  [9, 'withdrawn'], // pre-reporting withdrawal
])

/** An enrolment's state; undefined when VETtrak did not say its status type. */
export function enrolmentState(statusType: number | undefined): EnrolmentState | undefined {
  return statusType === undefined ? undefined : (STATE_BY_STATUS_TYPE.get(statusType) ?? 'other')
}

/** Enrolments shown with progress: active and completed; withdrawn ones have none. */
export const showsProgress = (enrolment: Vettrak.Enrolment) => {
  const state = enrolmentState(enrolment.statusType)
  return state === 'active' || state === 'completed'
}

/** An enrolment, with its progress when it was worked out. */
export function toEnrolment(
  enrolment: Vettrak.Enrolment,
  progress?: { achieved: number; total: number },
  names: LocationNameMap = NO_LOCATION_NAMES,
): Enrolment {
  return contractFields(Contracts.EnrolmentSchema, enrolment, {
    state: enrolmentState(enrolment.statusType),
    learner: enrolment.clientCode
      ? {
          clientCode: enrolment.clientCode,
          givenName: enrolment.givenName,
          surname: enrolment.surname,
        }
      : undefined,
    progress,
    ...locationOf(enrolment.locationCode, names),
  })
}

/** What an event's answer can say of where and what it is: the person's enrolments, by id. */
export interface EventContext {
  enrolments?: ReadonlyMap<number, Vettrak.Enrolment>
  names?: LocationNameMap
}

/** The enrolments of a list by id, for {@link toEvent}. */
export const enrolmentsById = (enrolments: readonly Vettrak.Enrolment[]) =>
  new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]))

/**
 * An event; undefined for one without a start, which cannot be placed on a calendar. An event of
 * one of the person's enrolments (VETtrak's TEven has no location of its own) gets that
 * enrolment's course and location.
 */
export function toEvent(event: Vettrak.Event, context: EventContext = {}): Event | undefined {
  if (!event.start) return undefined
  const enrolment =
    event.enrolmentId === undefined ? undefined : context.enrolments?.get(event.enrolmentId)
  return contractFields(Contracts.EventSchema, event, {
    start: event.start,
    ...(enrolment && {
      courseName: enrolment.qualificationName,
      ...locationOf(enrolment.locationCode, context.names ?? NO_LOCATION_NAMES),
    }),
  })
}

const PAYMENT_STATUS = ['unpaid', 'part-paid', 'paid', 'overpaid', 'credited'] as const

const cents = (amount: number) => Math.round(amount * 100) / 100

/** VETtrak's PaymentStatus (0–4); an unknown value is read from the amounts instead. */
export function paymentStatus(
  code: number | undefined,
  total: number | undefined,
  amountPaid = 0,
): Invoice['paymentStatus'] {
  const known = code === undefined ? undefined : PAYMENT_STATUS[code]
  if (known) return known
  if (total === undefined) return undefined
  if (cents(amountPaid) <= 0) return total > 0 ? 'unpaid' : 'paid'
  if (cents(amountPaid) < cents(total)) return 'part-paid'
  return cents(amountPaid) > cents(total) ? 'overpaid' : 'paid'
}

/**
 * What is still to pay: nothing once paid in full, overpaid or credited out; unknown when VETtrak
 * did not say the total.
 */
export function owingOn(
  status: Invoice['paymentStatus'],
  total: number | undefined,
  amountPaid = 0,
): number | undefined {
  if (status === 'paid' || status === 'overpaid' || status === 'credited') return 0
  if (total === undefined) return undefined
  return Math.max(0, cents(total - amountPaid))
}

/** An invoice, with what is owing on it. */
export function toInvoice(invoice: Vettrak.Invoice): Invoice {
  const status = paymentStatus(invoice.paymentStatus, invoice.totalAmount, invoice.amountPaid)
  return contractFields(Contracts.InvoiceSchema, invoice, {
    date: invoice.invoiceDate,
    paymentStatus: status,
    total: invoice.totalAmount,
    gst: invoice.totalGst,
    owing: owingOn(status, invoice.totalAmount, invoice.amountPaid),
    employerContact: invoice.employerContact && {
      clientCode: invoice.employerContact.clientCode || undefined,
      givenName: invoice.employerContact.givenName,
      surname: invoice.employerContact.surname,
    },
  })
}

/** Marks an invoice overdue when something is owing and it fell due before the RTO's `today`. */
export function withOverdue(invoice: Invoice, today: string): Invoice {
  const due = invoice.dueDate?.slice(0, 10)
  const owing = invoice.owing ?? 0
  return Object.assign({}, invoice, { overdue: owing > 0 && due !== undefined && due < today })
}

/** A traineeship or apprenticeship contract. */
export function toContract(contract: Vettrak.Contract): Contract {
  return contractFields(Contracts.ContractSchema, contract, {
    employerId: contract.employerIdentifier,
    state: contract.stateShortName,
  })
}

/** An award; VETtrak's enrolment id 0 means "not linked to an enrolment". */
export function toAward(award: Vettrak.Award): Award {
  return contractFields(Contracts.AwardSchema, award, {
    certificateNumber: award.parchmentNumber,
    awardType: award.awardTypeName ?? award.awardType,
    recorded: award.recordedDate,
    expiry: award.expiryDate,
    enrolmentId:
      award.enrolmentId !== undefined && award.enrolmentId > 0 ? award.enrolmentId : undefined,
  })
}

/**
 * The password rules, without VETtrak's email-as-username setting. A rule VETtrak did not state is
 * not checked here; VETtrak still applies its own on the change, and its refusal names the rule.
 */
export function toPasswordPolicy(policy: Vettrak.PasswordPolicy): PasswordPolicy {
  return {
    minimumLength: policy.minimumLength ?? 0,
    requireUpperCase: policy.requireUpperCase ?? false,
    requireLowerCase: policy.requireLowerCase ?? false,
    requireDigit: policy.requireDigit ?? false,
    requireSymbol: policy.requireSymbol ?? false,
  }
}
