/**
 * @module
 * One client's records, read with a given token: the learner's own (`/api/me/...`) and a chosen
 * client's for staff (`/api/staff/clients/:code/...`) both come through here. Units are only read
 * for an enrolment or contract that is in the client's own list.
 */
import type {
  AwardList,
  ContractList,
  EnrolmentList,
  EventList,
  InvoiceList,
  InvoiceQuery,
  Profile,
  UnitList,
} from '@vettrak-portal/contracts'
import type { ClientRef, VettrakClient } from '@vettrak-portal/vettrak-client'
import { isOwnRecord } from '../authz/own-records.ts'
import { AppError, defaultMessage } from '../errors.ts'
import {
  progressOf,
  showsProgress,
  toAward,
  toContract,
  toEnrolment,
  toUnit,
} from '../mappers/learner.ts'
import { toProfile } from '../mappers/profile.ts'
import { rtoToday } from '../rto-time.ts'
import { mapWithConcurrency } from './map-with-concurrency.ts'
import { eventList, invoicesInWindow } from './record-lists.ts'

export interface ClientRecordsDeps {
  vettrak: VettrakClient
  /** Epoch milliseconds. */
  now: () => number
  /** The RTO's IANA time zone. */
  timeZone: string
}

/** Unit lists fetched at once when working out progress. */
const PROGRESS_CONCURRENCY = 4

const notFound = () => new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))

/** The records of the client `ref` names, read with `ref`'s token. */
export function clientRecords(deps: ClientRecordsDeps, ref: ClientRef) {
  const { vettrak } = deps
  const { token } = ref

  return {
    async profile(): Promise<Profile> {
      const details = await vettrak.getClientDetails(ref)
      // The code asked for is the one VETtrak answered for, should its answer leave it out.
      return toProfile({ ...details, clientCode: details.clientCode || ref.clientCode })
    },

    async enrolments(): Promise<EnrolmentList> {
      const enrolments = await vettrak.getEnrolmentsForClient(ref)
      const items = await mapWithConcurrency(enrolments, PROGRESS_CONCURRENCY, async (enrolment) =>
        showsProgress(enrolment)
          ? toEnrolment(
              enrolment,
              progressOf(await vettrak.getUnitsForEnrolment({ token, enrolmentId: enrolment.id })),
            )
          : toEnrolment(enrolment),
      )
      return { items }
    },

    async enrolmentUnits(enrolmentId: number): Promise<UnitList> {
      if (!isOwnRecord(await vettrak.getEnrolmentsForClient(ref), enrolmentId)) throw notFound()
      const units = await vettrak.getUnitsForEnrolment({ token, enrolmentId })
      return { items: units.map(toUnit) }
    },

    async events(): Promise<EventList> {
      return { items: eventList(await vettrak.getEventsForClient(ref)) }
    },

    async invoices(query: InvoiceQuery): Promise<InvoiceList> {
      const today = rtoToday(deps.now(), deps.timeZone)
      return invoicesInWindow(query, today, (window) =>
        vettrak.getInvoicesForClient({ ...ref, ...window, status: query.status }),
      )
    },

    async contracts(): Promise<ContractList> {
      return { items: (await vettrak.getContractsForClient(ref)).map(toContract) }
    },

    async contractUnits(contractId: number): Promise<UnitList> {
      if (!isOwnRecord(await vettrak.getContractsForClient(ref), contractId)) throw notFound()
      const units = await vettrak.getUnitsForContract({ token, contractId })
      return { items: units.map(toUnit) }
    },

    async awards(): Promise<AwardList> {
      return { items: (await vettrak.getAwardsForClient(ref)).map(toAward) }
    },
  }
}

export type ClientRecords = ReturnType<typeof clientRecords>
