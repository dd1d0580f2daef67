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
  FeatureName,
  InvoiceList,
  InvoiceQuery,
  Profile,
  UnitList,
} from '@vettrak-portal/contracts'
import type { ClientRef, VettrakClient } from '@vettrak-portal/vettrak-client'
import { isOwnRecord } from '../authz/own-records.ts'
import { AppError, defaultMessage } from '../errors.ts'
import {
  enrolmentsById,
  progressOf,
  showsProgress,
  toAward,
  toContract,
  toEnrolment,
  toUnit,
} from '../mappers/learner.ts'
import { toProfile } from '../mappers/profile.ts'
import { locationNamesOf, type LocationNames } from '../reference/location-names.ts'
import { rtoToday } from '../rto-time.ts'
import { mapWithConcurrency } from './map-with-concurrency.ts'
import { eventList, invoicesInWindow } from './record-lists.ts'

export interface ClientRecordsDeps {
  vettrak: VettrakClient
  /** Epoch milliseconds. */
  now: () => number
  /** The RTO's IANA time zone. */
  timeZone: string
  /** The RTO's location names; without them, answers carry location codes only. */
  locations?: LocationNames
  /** Whether this VETtrak offers a feature (default: all are). */
  isOn?: (feature: FeatureName) => boolean
}

/** Unit lists fetched at once when working out progress. */
const PROGRESS_CONCURRENCY = 4

const notFound = () => new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))

/** The records of the client `ref` names, read with `ref`'s token. */
export function clientRecords(deps: ClientRecordsDeps, ref: ClientRef) {
  const { vettrak } = deps
  const { token } = ref
  const locationNames = () => locationNamesOf(deps.locations)
  const offered = (feature: FeatureName) => deps.isOn?.(feature) ?? true

  return {
    async profile(): Promise<Profile> {
      const details = await vettrak.getClientDetails(ref)
      return toProfile(details, ref.clientCode)
    },

    async enrolments(): Promise<EnrolmentList> {
      const [enrolments, names] = await Promise.all([
        vettrak.getEnrolmentsForClient(ref),
        locationNames(),
      ])
      const items = await mapWithConcurrency(enrolments, PROGRESS_CONCURRENCY, async (enrolment) =>
        showsProgress(enrolment)
          ? toEnrolment(
              enrolment,
              progressOf(await vettrak.getUnitsForEnrolment({ token, enrolmentId: enrolment.id })),
              names,
            )
          : toEnrolment(enrolment, undefined, names),
      )
      return { items }
    },

    async enrolmentUnits(enrolmentId: number): Promise<UnitList> {
      if (!isOwnRecord(await vettrak.getEnrolmentsForClient(ref), enrolmentId)) throw notFound()
      const units = await vettrak.getUnitsForEnrolment({ token, enrolmentId })
      return { items: units.map(toUnit) }
    },

    /**
     * The events, each of an enrolment with that enrolment's course and location. The enrolments
     * are one more read (the landing page reads them anyway, so it is mostly the per-user cache's);
     * should it fail, the events are shown without them.
     */
    async events(): Promise<EventList> {
      const [found, enrolments, names] = await Promise.all([
        vettrak.getEventsForClient(ref),
        offered('enrolments') ? vettrak.getEnrolmentsForClient(ref).catch(() => []) : [],
        locationNames(),
      ])
      return { items: eventList(found, { enrolments: enrolmentsById(enrolments), names }) }
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
