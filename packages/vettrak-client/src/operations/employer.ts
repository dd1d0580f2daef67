/**
 * @module
 * Employer views. VETtrak makes these Protected, so they run with the service account's token;
 * the BFF must first check that the signed-in user is a contact of the employer.
 */
import type { OperationName, WireRequest, ReadResult } from '@vettrak-portal/vettrak-api'
import type { z } from 'zod'
import type { CallOptions, Invoke } from '../invoke.ts'
import {
  toClientEmployer,
  toEmployee,
  toEmployer,
  toEmployerContact,
  toEmployerTree,
  toOccurrence,
} from '../mapping/employer.ts'
import { toContract, toEnrolment, toEvent, toInvoice, toUnit } from '../mapping/learner.ts'
import {
  ClientEmployerSchema,
  EmployeeSchema,
  EmployerContactSchema,
  EmployerSchema,
  EmployerTreeSchema,
  OccurrenceSchema,
} from '../schemas/employer.ts'
import {
  ContractSchema,
  EnrolmentSchema,
  EventSchema,
  InvoiceSchema,
  UnitSchema,
} from '../schemas/learner.ts'
import { NoRecordsError } from '../errors.ts'
import type { ServiceSession } from '../service-session.ts'
import {
  wireDateRange,
  wireInvoiceQuery,
  type DateRange,
  type InvoiceStatusFilter,
} from './learner.ts'
import { parseDomain, readList } from './shared.ts'

/** Names an employer (VETtrak's `Empl_Identifier`). */
export interface EmployerRef {
  employerIdentifier: string
}

/** The employer functions; each uses the service session's token. */
export function employerOperations(invoke: Invoke, session: ServiceSession) {
  /** A list call made with the service token. */
  const employerList = <Op extends OperationName, S extends z.ZodType>(
    operation: Op,
    request: (token: string) => WireRequest<Op>,
    options: CallOptions | undefined,
    schema: S,
    items: (result: ReadResult<Op>) => unknown[],
  ) =>
    session.withToken(operation, (token) =>
      readList(invoke, operation, request(token), options, schema, items),
    )
  const byEmployer = (token: string, input: EmployerRef) => ({
    token,
    employerIdentifier: input.employerIdentifier,
  })

  return {
    /** An employer's details; throws `NoRecordsError` for an unknown employer. */
    getEmployerDetails(input: EmployerRef, options?: CallOptions) {
      return session.withToken('GetEmployerDetails', async (token) => {
        const result = await invoke('GetEmployerDetails', byEmployer(token, input), options)
        if (!result.Empl) throw noRecords('GetEmployerDetails')
        return parseDomain(EmployerSchema, toEmployer(result.Empl), 'GetEmployerDetails')
      })
    },

    /** The employer with its child sites, recursively. */
    getEmployerTree(input: EmployerRef, options?: CallOptions) {
      return session.withToken('GetEmployerTree', async (token) => {
        const result = await invoke('GetEmployerTree', byEmployer(token, input), options)
        if (!result.Tree) throw noRecords('GetEmployerTree')
        return parseDomain(EmployerTreeSchema, toEmployerTree(result.Tree), 'GetEmployerTree')
      })
    },

    /** The employer's contact people. */
    getEmployerContactDetails(input: EmployerRef, options?: CallOptions) {
      return employerList(
        'GetEmployerContactDetails',
        (token) => byEmployer(token, input),
        options,
        EmployerContactSchema,
        (result) => result.ClieList.map(toEmployerContact),
      )
    },

    /** The trainees (contracts, with the trainee's name) of the employer and its sites. */
    getTraineesForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerList(
        'GetTraineesForEmployer',
        (token) => byEmployer(token, input),
        options,
        ContractSchema,
        (result) => result.ContList.map(toContract),
      )
    },

    /** The employees of the employer and its sites. */
    getEmployeesForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerList(
        'GetEmployeesForEmployer',
        (token) => byEmployer(token, input),
        options,
        EmployeeSchema,
        (result) => result.ClieList.map(toEmployee),
      )
    },

    /** The employer's events in the range. */
    getEventsForEmployer(input: EmployerRef & DateRange, options?: CallOptions) {
      return employerList(
        'GetEventsForEmployer',
        (token) => ({ ...byEmployer(token, input), ...wireDateRange(input) }),
        options,
        EventSchema,
        (result) => result.EvenList.map(toEvent),
      )
    },

    /** The employer's invoices recorded in the range. */
    getInvoicesForEmployer(
      input: EmployerRef & DateRange & { status?: InvoiceStatusFilter },
      options?: CallOptions,
    ) {
      return employerList(
        'GetInvoicesForEmployer',
        (token) => ({ ...byEmployer(token, input), ...wireInvoiceQuery(input) }),
        options,
        InvoiceSchema,
        (result) => result.InvoiceList.map(toInvoice),
      )
    },

    /** The occurrences the employer's people are booked into, in the range. */
    getOccurrencesForEmployer(input: EmployerRef & DateRange, options?: CallOptions) {
      return employerList(
        'GetOccurrencesForEmployer',
        (token) => ({ ...byEmployer(token, input), ...wireDateRange(input) }),
        options,
        OccurrenceSchema,
        (result) => result.OccuList.map(toOccurrence),
      )
    },

    /**
     * The units of a contract, read as the service account: GetUnitsForContract is Restricted, so
     * only an API-permitted token may name another client's contract. The caller must first check
     * that the user may see the contract (for an employer contact: a trainee of their employer).
     */
    getUnitsForContractAsService(input: { contractId: number }, options?: CallOptions) {
      return employerList(
        'GetUnitsForContract',
        (token) => ({ sToken: token, iCont_id: input.contractId }),
        options,
        UnitSchema,
        (result) => result.EnunList.map(toUnit),
      )
    },

    /**
     * The units of an enrolment (linked enrolments' too), read as the service account: the call is
     * Restricted. The caller must first check that the user may see the enrolment (for an employer
     * contact: one of the employer's enrolments).
     */
    getUnitsForEnrolmentAsService(input: { enrolmentId: number }, options?: CallOptions) {
      return employerList(
        'GetUnitsForEnrolmentIncludingLinked',
        (token) => ({ token, enrolmentId: input.enrolmentId }),
        options,
        UnitSchema,
        (result) => result.EnunList.map(toUnit),
      )
    },

    /**
     * A client's events, read as the service account (GetEventsForClient is Restricted: only an
     * API-permitted token may name another client). For a calendar feed, after its token is checked.
     */
    getEventsForClientAsService(input: { clientCode: string }, options?: CallOptions) {
      return employerList(
        'GetEventsForClient',
        (token) => ({ sToken: token, sClie_Code: input.clientCode }),
        options,
        EventSchema,
        (result) => result.EvenList.map(toEvent),
      )
    },

    /**
     * A client's enrolments, read as the service account (GetEnrolmentsForClient is Restricted):
     * for a calendar feed, where each event of an enrolment is placed at its location.
     */
    getEnrolmentsForClientAsService(input: { clientCode: string }, options?: CallOptions) {
      return employerList(
        'GetEnrolmentsForClient',
        (token) => ({ sToken: token, sClie_Code: input.clientCode }),
        options,
        EnrolmentSchema,
        (result) => result.ClieEnroList.map(toEnrolment),
      )
    },

    /**
     * The employers a client is linked to, read as the service account: whether they are still a
     * contact of an employer when no session of theirs is at hand (a calendar feed).
     */
    getEmployersForClientAsService(input: { clientCode: string }, options?: CallOptions) {
      return employerList(
        'GetEmployersForClient',
        (token) => ({ sToken: token, sClie_Code: input.clientCode }),
        options,
        ClientEmployerSchema,
        (result) => result.EmplList.map(toClientEmployer),
      )
    },

    /** The enrolments linked to the employer and its sites. */
    getEnrolmentsForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerList(
        'GetEnrolmentsForEmployer',
        (token) => byEmployer(token, input),
        options,
        EnrolmentSchema,
        (result) => result.ClieEnroList.map(toEnrolment),
      )
    },
  }
}

function noRecords(operation: 'GetEmployerDetails' | 'GetEmployerTree') {
  return new NoRecordsError(`${operation}: no record in the answer`, { operation })
}
