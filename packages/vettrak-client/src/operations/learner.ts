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
import { emptyOnNoRecords, parseDomain } from './shared.ts'

/** Which invoices to list, by payment. */
export type InvoiceStatusFilter = 'all' | 'unpaid' | 'paid'

/** VETtrak's `status` parameter: 0 all, 1 not fully paid, 2 fully paid. */
export const invoiceStatusCode: Record<InvoiceStatusFilter, number> = { all: 0, unpaid: 1, paid: 2 }

/** A date range; dates are local to the RTO (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm:ss`). */
export interface DateRange {
  startDate: LocalDateInput
  endDate: LocalDateInput
}

/** The learner functions. */
export function learnerOperations(invoke: Invoke) {
  return {
    /** The client's events, past and upcoming. */
    getEventsForClient(input: ClientRef, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetEventsForClient',
          { sToken: input.token, sClie_Code: input.clientCode },
          options,
        ).then((result) =>
          parseDomain(EventSchema.array(), result.EvenList.map(toEvent), 'GetEventsForClient'),
        ),
      )
    },

    /** The client's enrolments. */
    getEnrolmentsForClient(input: ClientRef, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetEnrolmentsForClient',
          { sToken: input.token, sClie_Code: input.clientCode },
          options,
        ).then((result) =>
          parseDomain(
            EnrolmentSchema.array(),
            result.ClieEnroList.map(toEnrolment),
            'GetEnrolmentsForClient',
          ),
        ),
      )
    },

    /** The units of an enrolment, with results. */
    getUnitsForEnrolment(input: { token: string; enrolmentId: number }, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetUnitsForEnrolment',
          { sToken: input.token, iEnro_ID: input.enrolmentId },
          options,
        ).then((result) =>
          parseDomain(UnitSchema.array(), result.EnunList.map(toUnit), 'GetUnitsForEnrolment'),
        ),
      )
    },

    /** The client's traineeship and apprenticeship contracts. */
    getContractsForClient(input: ClientRef, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetContractsForClient',
          { sToken: input.token, sClie_Code: input.clientCode },
          options,
        ).then((result) =>
          parseDomain(
            ContractSchema.array(),
            result.ContList.map(toContract),
            'GetContractsForClient',
          ),
        ),
      )
    },

    /** The units of a contract, with results. */
    getUnitsForContract(input: { token: string; contractId: number }, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetUnitsForContract',
          { sToken: input.token, iCont_id: input.contractId },
          options,
        ).then((result) =>
          parseDomain(UnitSchema.array(), result.EnunList.map(toUnit), 'GetUnitsForContract'),
        ),
      )
    },

    /** The client's invoices recorded in the range, with their items. */
    getInvoicesForClient(
      input: ClientRef & DateRange & { status?: InvoiceStatusFilter },
      options?: CallOptions,
    ) {
      return emptyOnNoRecords(
        invoke(
          'GetInvoicesForClient',
          {
            token: input.token,
            clientCode: input.clientCode,
            startDate: toWireDate(input.startDate),
            endDate: toWireDate(input.endDate),
            status: invoiceStatusCode[input.status ?? 'all'],
          },
          options,
        ).then((result) =>
          parseDomain(
            InvoiceSchema.array(),
            result.InvoiceList.map(toInvoice),
            'GetInvoicesForClient',
          ),
        ),
      )
    },

    /** The client's awards (qualifications and statements of attainment). */
    getAwardsForClient(input: ClientRef, options?: CallOptions) {
      return emptyOnNoRecords(
        invoke(
          'GetAwardsForClient',
          { token: input.token, clientCode: input.clientCode },
          options,
        ).then((result) =>
          parseDomain(AwardSchema.array(), result.AwardList.map(toAward), 'GetAwardsForClient'),
        ),
      )
    },
  }
}
