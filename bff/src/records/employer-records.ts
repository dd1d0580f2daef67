/**
 * @module
 * One employer's records, read with the service account (VETtrak makes the employer functions
 * Protected) for an employer the route has already found the user may see: its details, the tree
 * of sites with counts, trainees (one with their contract and upcoming visits), employees,
 * enrolments and their progress, invoices, events, classes and contacts. A trainee's contract is
 * only read when it is in the employer's own list.
 */
import type {
  FeatureName,
  EmployerContactList,
  EmployerInvoiceQuery,
  EmployerRangeQuery,
  EnrolmentProgressList,
  EventList,
  InvoiceList,
  OccurrenceList,
  TraineeDetail,
  UnitList,
} from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { AppError } from '../errors.ts'
import {
  countBySite,
  sitesOf,
  toEmployee,
  toEmployerContact,
  toEmployerTreeNode,
  toOccurrence,
  toTrainee,
  upcomingForContract,
} from '../mappers/employer.ts'
import { progressOf, showsProgress, toEnrolment, toUnit } from '../mappers/learner.ts'
import { addYears, dateWindow, rtoNow, rtoToday } from '../rto-time.ts'
import { locationNamesOf, type LocationNames } from '../reference/location-names.ts'
import { mapWithConcurrency } from './map-with-concurrency.ts'
import { eventList, invoicesInWindow } from './record-lists.ts'

export interface EmployerRecordsDeps {
  vettrak: VettrakClient
  /** Epoch milliseconds. */
  now: () => number
  /** The RTO's IANA time zone. */
  timeZone: string
  /** Whether a feature is offered: what another feature's data adds is left out while it is not. */
  isOn?: (feature: FeatureName) => boolean
  /** The RTO's location names; without them, answers carry location codes only. */
  locations?: LocationNames
}

/** Unit lists read at once for one batch of enrolments' progress. */
const PROGRESS_CONCURRENCY = 6

/** Sites whose contacts are read at once. */
const CONTACT_CONCURRENCY = 4

/** Events and classes shown around the RTO's today when the request names no dates. */
const EVENT_YEARS = { back: 1, ahead: 1 }

const noSuchTrainee = () => new AppError('NOT_FOUND', 'No such trainee at this employer.')

/** The records of `employerIdentifier`, which the caller has already been allowed to read. */
export function employerRecords(deps: EmployerRecordsDeps, employerIdentifier: string) {
  const { vettrak } = deps
  const ref = { employerIdentifier }
  const today = () => rtoToday(deps.now(), deps.timeZone)
  const isOn = deps.isOn ?? (() => true)
  const locationNames = () => locationNamesOf(deps.locations)

  /** The trainee's contract, if it is one of this employer's (its sites' included). */
  async function ownTrainee(contractId: number): Promise<Vettrak.Contract> {
    // Without this check the service account would read any contract for anyone.
    const trainees = await vettrak.getTraineesForEmployer(ref)
    const trainee = trainees.find((t) => t.id === contractId)
    if (!trainee) throw noSuchTrainee()
    return trainee
  }

  return {
    /** The tree of sites under `site`, with counts of only what is `counted`. */
    async siteTree(site: Vettrak.EmployerTree, counted: { trainees: boolean; employees: boolean }) {
      const [trainees, employees] = await Promise.all([
        counted.trainees ? vettrak.getTraineesForEmployer(ref) : [],
        counted.employees ? vettrak.getEmployeesForEmployer(ref) : [],
      ])
      const counts = { trainees: countBySite(trainees), employees: countBySite(employees) }
      return toEmployerTreeNode(site, counts)
    },

    async trainees() {
      return { items: (await vettrak.getTraineesForEmployer(ref)).map(toTrainee) }
    },

    /** One trainee's contract, and the employer's events for it that have not finished yet. */
    async trainee(contractId: number): Promise<TraineeDetail> {
      const contract = toTrainee(await ownTrainee(contractId))
      if (!isOn('employerEvents')) return contract
      const day = today()
      const events = await vettrak.getEventsForEmployer({
        ...ref,
        startDate: `${day}T00:00:00`,
        endDate: `${addYears(day, EVENT_YEARS.ahead)}T23:59:59`,
      })
      const now = rtoNow(deps.now(), deps.timeZone)
      return { ...contract, upcoming: upcomingForContract(eventList(events), contractId, now) }
    },

    async traineeUnits(contractId: number): Promise<UnitList> {
      await ownTrainee(contractId)
      // GetUnitsForContract is Restricted: only the service account may name a trainee's contract.
      const units = await vettrak.getUnitsForContractAsService({ contractId })
      return { items: units.map(toUnit) }
    },

    async employees() {
      return { items: (await vettrak.getEmployeesForEmployer(ref)).map(toEmployee) }
    },

    async enrolments() {
      const [enrolments, names] = await Promise.all([
        vettrak.getEnrolmentsForEmployer(ref),
        locationNames(),
      ])
      return { items: enrolments.map((e) => toEnrolment(e, undefined, names)) }
    },

    /**
     * The progress of the enrolments `ids` names that are the employer's own (the list is in the
     * per-user cache after the page's first read); others are left out rather than refused.
     */
    async enrolmentProgress(ids: readonly number[]): Promise<EnrolmentProgressList> {
      const enrolments = await vettrak.getEnrolmentsForEmployer(ref)
      const byId = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]))
      const asked = ids.flatMap((id) => byId.get(id) ?? [])
      const items = await mapWithConcurrency(asked, PROGRESS_CONCURRENCY, async (enrolment) => {
        if (!showsProgress(enrolment)) return { id: enrolment.id }
        const units = await vettrak.getUnitsForEnrolmentAsService({ enrolmentId: enrolment.id })
        const progress = progressOf(units)
        return progress && progress.total > 0
          ? { id: enrolment.id, progress }
          : { id: enrolment.id }
      })
      return { items }
    },

    async invoices(query: EmployerInvoiceQuery): Promise<InvoiceList> {
      return invoicesInWindow(query, today(), (window) =>
        vettrak.getInvoicesForEmployer({ ...ref, status: query.status, ...window }),
      )
    },

    async events(query: EmployerRangeQuery): Promise<EventList> {
      const range = dateWindow(query, today(), EVENT_YEARS)
      if (!range) return { items: [] }
      return { items: eventList(await vettrak.getEventsForEmployer({ ...ref, ...range })) }
    },

    /** The classes the employer's people are booked into, with which of them are. */
    async occurrences(query: EmployerRangeQuery): Promise<OccurrenceList> {
      const range = dateWindow(query, today(), EVENT_YEARS)
      if (!range) return { items: [] }
      const [occurrences, enrolments, names] = await Promise.all([
        vettrak.getOccurrencesForEmployer({ ...ref, ...range }),
        isOn('employerEnrolments') ? vettrak.getEnrolmentsForEmployer(ref) : undefined,
        locationNames(),
      ])
      return {
        items: occurrences.map((occurrence) => toOccurrence(occurrence, enrolments, names)),
      }
    },

    /**
     * The contacts of every site of `site` (VETtrak answers for one employer at a time), the top
     * site's first; someone who is a contact of two sites is listed for each.
     */
    async contacts(site: Vettrak.EmployerTree): Promise<EmployerContactList> {
      const perSite = await mapWithConcurrency(
        sitesOf(site),
        CONTACT_CONCURRENCY,
        async (employer) =>
          (
            await vettrak.getEmployerContactDetails({ employerIdentifier: employer.identifier })
          ).map((contact) => toEmployerContact(contact, employer)),
      )
      return { items: perSite.flat() }
    },
  }
}

export type EmployerRecords = ReturnType<typeof employerRecords>
