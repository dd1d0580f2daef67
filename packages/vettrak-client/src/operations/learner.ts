/**
 * @module
 * A learner's records, read with the user's own token (or a staff token naming the learner).
 */
import type { CallOptions, Invoke } from '../invoke.ts'
import { toWireDate } from '../mapping/common.ts'
import { toAward, toContract, toEnrolment, toEvent, toInvoice, toUnit } from '../mapping/learner.ts'
import type { LocalDateInput } from '../schemas/common.ts'
import {
  AwardSchema,
  ContractSchema,
  EnrolmentSchema,
  EventSchema,
  InvoiceSchema,
  UnitSchema,
} from '../schemas/learner.ts'
import type { ClientRef } from './auth.ts'
import { readList } from './shared.ts'

/** Which invoices to list, by payment. */
export type InvoiceStatusFilter = 'all' | 'unpaid' | 'paid'

/** VETtrak's `status` parameter: 0 all, 1 not fully paid, 2 fully paid. */
export const invoiceStatusCode: Record<InvoiceStatusFilter, number> = { all: 0, unpaid: 1, paid: 2 }

/** A date range; dates are local to the RTO (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`). */
export interface DateRange {
  startDate: LocalDateInput
  endDate: LocalDateInput
}

/** The wire form of a date range. */
export function wireDateRange(input: DateRange) {
  return { startDate: toWireDate(input.startDate), endDate: toWireDate(input.endDate) }
}

/** The wire form of an invoice query: the date range, then the payment status. */
export function wireInvoiceQuery(input: DateRange & { status?: InvoiceStatusFilter }) {
  return { ...wireDateRange(input), status: invoiceStatusCode[input.status ?? 'all'] }
}

/** The learner functions. */
export function learnerOperations(invoke: Invoke) {
  return {
    /** The client's events, past and upcoming. */
    getEventsForClient(input: ClientRef, options?: CallOptions) {
      return readList(
        invoke,
        'GetEventsForClient',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
        EventSchema,
        (result) => result.EvenList.map(toEvent),
      )
    },

    /** The client's enrolments. */
    getEnrolmentsForClient(input: ClientRef, options?: CallOptions) {
      return readList(
        invoke,
        'GetEnrolmentsForClient',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
        EnrolmentSchema,
        (result) => result.ClieEnroList.map(toEnrolment),
      )
    },

    /** The units of an enrolment, with results. */
    getUnitsForEnrolment(input: { token: string; enrolmentId: number }, options?: CallOptions) {
      return readList(
        invoke,
        'GetUnitsForEnrolmentIncludingLinked',
        { token: input.token, enrolmentId: input.enrolmentId },
        options,
        UnitSchema,
        (result) => result.EnunList.map(toUnit),
      )
    },

    /** The client's traineeship and apprenticeship contracts. */
    getContractsForClient(input: ClientRef, options?: CallOptions) {
      return readList(
        invoke,
        'GetContractsForClient',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
        ContractSchema,
        (result) => result.ContList.map(toContract),
      )
    },

    /** The units of a contract, with results. */
    getUnitsForContract(input: { token: string; contractId: number }, options?: CallOptions) {
      return readList(
        invoke,
        'GetUnitsForContract',
        { sToken: input.token, iCont_id: input.contractId },
        options,
        UnitSchema,
        (result) => result.EnunList.map(toUnit),
      )
    },

    /** The client's invoices recorded in the range, with their items. */
    getInvoicesForClient(
      input: ClientRef & DateRange & { status?: InvoiceStatusFilter },
      options?: CallOptions,
    ) {
      return readList(
        invoke,
        'GetInvoicesForClient',
        { token: input.token, clientCode: input.clientCode, ...wireInvoiceQuery(input) },
        options,
        InvoiceSchema,
        (result) => result.InvoiceList.map(toInvoice),
      )
    },

    /** The client's awards (qualifications and statements of attainment). */
    getAwardsForClient(input: ClientRef, options?: CallOptions) {
      return readList(
        invoke,
        'GetAwardsForClient',
        { token: input.token, clientCode: input.clientCode },
        options,
        AwardSchema,
        (result) => result.AwardList.map(toAward),
      )
    },
  }
}
