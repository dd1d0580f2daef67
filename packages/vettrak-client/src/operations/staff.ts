/**
 * @module
 * Staff views, read with the staff member's own token; and GetClientByEmail, which VETtrak makes
 * Protected, so it runs with the service account's token.
 */
import type { CallOptions, Invoke } from '../invoke.ts'
import { NoRecordsError } from '../errors.ts'
import type { ServiceSession } from '../service-session.ts'
import { toClient, toWireDate } from '../mapping/common.ts'
import { toStaffEnrolment } from '../mapping/staff.ts'
import { ClientSchema, type LocalDateInput } from '../schemas/common.ts'
import { StaffEnrolmentSchema } from '../schemas/staff.ts'
import type { ClientRef } from './auth.ts'
import { parseDomain, readList } from './shared.ts'

/** The staff functions. */
export function staffOperations(invoke: Invoke, session: ServiceSession) {
  return {
    /** The clients in the staff member's divisions, optionally only those changed since a date. */
    getAccessibleClients(
      input: ClientRef & { sinceDate?: LocalDateInput | undefined },
      options?: CallOptions,
    ) {
      return readList(
        invoke,
        'GetAccessibleClients',
        {
          token: input.token,
          clientCode: input.clientCode,
          sinceDate: input.sinceDate === undefined ? null : toWireDate(input.sinceDate),
        },
        options,
        ClientSchema,
        (result) => result.ClieList.map(toClient),
      )
    },

    /** One client by code; throws `NoRecordsError` when there is none. */
    async getClientByCode(input: ClientRef, options?: CallOptions) {
      const result = await invoke(
        'GetClientByCode',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
      )
      if (!result.Clie?.Clie_Code)
        throw new NoRecordsError('GetClientByCode: no client in the answer', {
          operation: 'GetClientByCode',
        })
      return parseDomain(ClientSchema, toClient(result.Clie), 'GetClientByCode')
    },

    /**
     * The one client with this email address (VETtrak ignores its case), read as the service
     * account; `undefined` when no client, or more than one, has it (Status -4). The caller must
     * then check that the user may see that client: the service account sees everyone.
     */
    getClientByEmail(input: { emailAddress: string }, options?: CallOptions) {
      return session.withToken('GetClientByEmail', async (token) => {
        try {
          const result = await invoke(
            'GetClientByEmail',
            { token, emailAddress: input.emailAddress },
            options,
          )
          if (!result.Clie?.Clie_Code) return undefined
          return parseDomain(ClientSchema, toClient(result.Clie), 'GetClientByEmail')
        } catch (error) {
          // "No one has that email" is an answer, not a failure.
          if (error instanceof NoRecordsError) return undefined
          throw error
        }
      })
    },

    /** Enrolments starting in the range in which the staff member has a role. */
    getEnrolmentsForStaff(
      input: ClientRef & { startDate: LocalDateInput; endDate: LocalDateInput },
      options?: CallOptions,
    ) {
      return readList(
        invoke,
        'GetEnrolmentsForStaff',
        {
          sToken: input.token,
          sClie_Code: input.clientCode,
          xsdStart: toWireDate(input.startDate),
          xsdEnd: toWireDate(input.endDate),
        },
        options,
        StaffEnrolmentSchema,
        (result) => result.EnroStaffList.map(toStaffEnrolment),
      )
    },
  }
}
