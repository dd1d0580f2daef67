/**
 * @module
 * Employer views. VETtrak makes these Protected, so they run with the service account's token;
 * the BFF must first check that the signed-in user is a contact of the employer.
 */
import type { CallOptions, Invoke } from '../invoke.ts'
import { toWireDate } from '../mapping/common.ts'
import {
  toEmployee,
  toEmployer,
  toEmployerContact,
  toEmployerTree,
  toOccurrence,
} from '../mapping/employer.ts'
import { toContract, toEnrolment, toEvent, toInvoice } from '../mapping/learner.ts'
import {
  EmployeeSchema,
  EmployerContactSchema,
  EmployerSchema,
  EmployerTreeSchema,
  OccurrenceSchema,
} from '../schemas/employer.ts'
import { ContractSchema, EnrolmentSchema, EventSchema, InvoiceSchema } from '../schemas/learner.ts'
import { NoRecordsError } from '../errors.ts'
import type { ServiceSession } from '../service-session.ts'
import { invoiceStatusCode, type DateRange, type InvoiceStatusFilter } from './learner.ts'
import { emptyOnNoRecords, parseDomain } from './shared.ts'

/** Names an employer (VETtrak's `Empl_Identifier`). */
export interface EmployerRef {
  employerIdentifier: string
}

/** The employer functions; each uses the service session's token. */
export function employerOperations(invoke: Invoke, session: ServiceSession) {
  const employerCall = <T>(
    operation: Parameters<ServiceSession['withToken']>[0],
    call: (token: string) => Promise<T>,
  ) => session.withToken(operation, call)

  return {
    /** An employer's details; throws `NoRecordsError` for an unknown employer. */
    getEmployerDetails(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetEmployerDetails', async (token) => {
        const result = await invoke(
          'GetEmployerDetails',
          { token, employerIdentifier: input.employerIdentifier },
          options,
        )
        if (!result.Empl) throw noRecords('GetEmployerDetails')
        return parseDomain(EmployerSchema, toEmployer(result.Empl), 'GetEmployerDetails')
      })
    },

    /** The employer with its child sites, recursively. */
    getEmployerTree(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetEmployerTree', async (token) => {
        const result = await invoke(
          'GetEmployerTree',
          { token, employerIdentifier: input.employerIdentifier },
          options,
        )
        if (!result.Tree) throw noRecords('GetEmployerTree')
        return parseDomain(EmployerTreeSchema, toEmployerTree(result.Tree), 'GetEmployerTree')
      })
    },

    /** The employer's contact people. */
    getEmployerContactDetails(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetEmployerContactDetails', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetEmployerContactDetails',
            { token, employerIdentifier: input.employerIdentifier },
            options,
          ).then((result) =>
            parseDomain(
              EmployerContactSchema.array(),
              result.ClieList.map(toEmployerContact),
              'GetEmployerContactDetails',
            ),
          ),
        ),
      )
    },

    /** The trainees (contracts, with the trainee's name) of the employer and its sites. */
    getTraineesForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetTraineesForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetTraineesForEmployer',
            { token, employerIdentifier: input.employerIdentifier },
            options,
          ).then((result) =>
            parseDomain(
              ContractSchema.array(),
              result.ContList.map(toContract),
              'GetTraineesForEmployer',
            ),
          ),
        ),
      )
    },

    /** The employees of the employer and its sites. */
    getEmployeesForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetEmployeesForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetEmployeesForEmployer',
            { token, employerIdentifier: input.employerIdentifier },
            options,
          ).then((result) =>
            parseDomain(
              EmployeeSchema.array(),
              result.ClieList.map(toEmployee),
              'GetEmployeesForEmployer',
            ),
          ),
        ),
      )
    },

    /** The employer's events in the range. */
    getEventsForEmployer(input: EmployerRef & DateRange, options?: CallOptions) {
      return employerCall('GetEventsForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetEventsForEmployer',
            {
              token,
              employerIdentifier: input.employerIdentifier,
              startDate: toWireDate(input.startDate),
              endDate: toWireDate(input.endDate),
            },
            options,
          ).then((result) =>
            parseDomain(EventSchema.array(), result.EvenList.map(toEvent), 'GetEventsForEmployer'),
          ),
        ),
      )
    },

    /** The employer's invoices recorded in the range. */
    getInvoicesForEmployer(
      input: EmployerRef & DateRange & { status?: InvoiceStatusFilter },
      options?: CallOptions,
    ) {
      return employerCall('GetInvoicesForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetInvoicesForEmployer',
            {
              token,
              employerIdentifier: input.employerIdentifier,
              startDate: toWireDate(input.startDate),
              endDate: toWireDate(input.endDate),
              status: invoiceStatusCode[input.status ?? 'all'],
            },
            options,
          ).then((result) =>
            parseDomain(
              InvoiceSchema.array(),
              result.InvoiceList.map(toInvoice),
              'GetInvoicesForEmployer',
            ),
          ),
        ),
      )
    },

    /** The occurrences the employer's people are booked into, in the range. */
    getOccurrencesForEmployer(input: EmployerRef & DateRange, options?: CallOptions) {
      return employerCall('GetOccurrencesForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetOccurrencesForEmployer',
            {
              token,
              employerIdentifier: input.employerIdentifier,
              startDate: toWireDate(input.startDate),
              endDate: toWireDate(input.endDate),
            },
            options,
          ).then((result) =>
            parseDomain(
              OccurrenceSchema.array(),
              result.OccuList.map(toOccurrence),
              'GetOccurrencesForEmployer',
            ),
          ),
        ),
      )
    },

    /** The enrolments linked to the employer and its sites. */
    getEnrolmentsForEmployer(input: EmployerRef, options?: CallOptions) {
      return employerCall('GetEnrolmentsForEmployer', (token) =>
        emptyOnNoRecords(
          invoke(
            'GetEnrolmentsForEmployer',
            { token, employerIdentifier: input.employerIdentifier },
            options,
          ).then((result) =>
            parseDomain(
              EnrolmentSchema.array(),
              result.ClieEnroList.map(toEnrolment),
              'GetEnrolmentsForEmployer',
            ),
          ),
        ),
      )
    },
  }
}

function noRecords(operation: 'GetEmployerDetails' | 'GetEmployerTree') {
  return new NoRecordsError(`${operation}: no record in the answer`, { operation })
}
