/**
 * @module
 * VETtrak's employer records → what the employer views show: details, the tree of sites with
 * per-site counts, trainees, employees, contacts and occurrences. Enrolments, invoices, events
 * and units use the learner mappers.
 */
import * as Contracts from '@vettrak-portal/contracts'
import type {
  BookedPerson,
  Employee,
  EmployerContact,
  EmployerDetails,
  EmployerSiteNode,
  EmployerTreeNode,
  Event,
  Occurrence,
  Trainee,
} from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { NO_LOCATION_NAMES, type LocationNameMap } from '../reference/location-names.ts'
import { contractFields } from './contract-fields.ts'
import { locationOf } from './location.ts'

/** An employer's details. */
export function toEmployerDetails(employer: Vettrak.Employer): EmployerDetails {
  return contractFields(Contracts.EmployerDetailsSchema, employer, {
    id: employer.identifier,
    website: employer.url,
    parentId: employer.parentIdentifier,
  })
}

/** How many records each site has, by employer identifier. */
export function countBySite(records: readonly { employerIdentifier?: string | undefined }[]) {
  const counts = new Map<string, number>()
  for (const { employerIdentifier } of records)
    if (employerIdentifier !== undefined)
      counts.set(employerIdentifier, (counts.get(employerIdentifier) ?? 0) + 1)
  return counts
}

/** The node of `employerId` in the tree, if it is there. */
export function findSite(
  tree: Vettrak.EmployerTree,
  employerId: string,
): Vettrak.EmployerTree | undefined {
  const pending = [tree]
  const seen = new Set<Vettrak.EmployerTree>()
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.employer.identifier === employerId) return node
    if (seen.has(node)) continue
    seen.add(node)
    pending.push(...node.children)
  }
  return undefined
}

/** The tree of sites, without counts. */
export function toEmployerSiteNode(tree: Vettrak.EmployerTree): EmployerSiteNode {
  return {
    id: tree.employer.identifier,
    name: tree.employer.name,
    children: tree.children.map(toEmployerSiteNode),
  }
}

/** The tree of sites, each with its own (not its descendants') trainee and employee counts. */
export function toEmployerTreeNode(
  tree: Vettrak.EmployerTree,
  counts: { trainees: ReadonlyMap<string, number>; employees: ReadonlyMap<string, number> },
): EmployerTreeNode {
  const id = tree.employer.identifier
  return {
    id,
    name: tree.employer.name,
    traineeCount: counts.trainees.get(id) ?? 0,
    employeeCount: counts.employees.get(id) ?? 0,
    children: tree.children.map((child) => toEmployerTreeNode(child, counts)),
  }
}

/** A trainee: their contract, with their name. */
export function toTrainee(contract: Vettrak.Contract): Trainee {
  return contractFields(Contracts.TraineeSchema, contract, {
    contractId: contract.id,
    contractCode: contract.code,
    clientCode: contract.clientCode || undefined,
    employerId: contract.employerIdentifier,
  })
}

/** An employee of a site. */
export function toEmployee(employee: Vettrak.Employee): Employee {
  return contractFields(Contracts.EmployeeSchema, employee, {
    position: employee.positionName,
    employerId: employee.employerIdentifier,
    commenced: employee.commencedDate,
  })
}

/** A contact person of the employer, and the site (`employer`) they are a contact for. */
export function toEmployerContact(
  contact: Vettrak.EmployerContact,
  employer?: Vettrak.Employer,
): EmployerContact {
  return contractFields(Contracts.EmployerContactSchema, contact, {
    position: contact.positionName,
    isPrimary: contact.isPrimaryContact,
    employerId: employer?.identifier,
    employerName: employer?.name,
  })
}

/** Every site of `tree`, the top one first. */
export function sitesOf(tree: Vettrak.EmployerTree): Vettrak.Employer[] {
  const sites: Vettrak.Employer[] = []
  const seen = new Set<string>()
  const visit = (node: Vettrak.EmployerTree) => {
    if (seen.has(node.employer.identifier)) return
    seen.add(node.employer.identifier)
    sites.push(node.employer)
    node.children.forEach(visit)
  }
  visit(tree)
  return sites
}

const day = (dateTime: string | undefined) => dateTime?.slice(0, 10)

/**
 * Whether `enrolment` is in the class `occurrence`: VETtrak names no occurrence on an enrolment,
 * so the course, the location and a start on one of the class's days must all agree.
 */
export function isBookedIn(occurrence: Vettrak.Occurrence, enrolment: Vettrak.Enrolment): boolean {
  const start = day(enrolment.startDate)
  const first = day(occurrence.startDate ?? occurrence.endDate)
  const last = day(occurrence.endDate ?? occurrence.startDate)
  return (
    occurrence.programmeCode !== undefined &&
    enrolment.qualificationCode === occurrence.programmeCode &&
    enrolment.locationCode === occurrence.locationCode &&
    start !== undefined &&
    first !== undefined &&
    last !== undefined &&
    first <= start &&
    start <= last
  )
}

/** The employer's people booked into `occurrence`, by name, each once. */
export function bookedIn(
  occurrence: Vettrak.Occurrence,
  enrolments: readonly Vettrak.Enrolment[],
): BookedPerson[] {
  const people = new Map<string, BookedPerson>()
  for (const enrolment of enrolments)
    if (enrolment.clientCode && isBookedIn(occurrence, enrolment))
      people.set(
        enrolment.clientCode,
        contractFields(Contracts.BookedPersonSchema, enrolment, {
          clientCode: enrolment.clientCode,
        }),
      )
  return [...people.values()].sort((a, b) =>
    `${a.surname ?? ''} ${a.givenName ?? ''}`.localeCompare(
      `${b.surname ?? ''} ${b.givenName ?? ''}`,
    ),
  )
}

/**
 * The events of contract `contractId` that have not finished by `now` (the RTO's local time,
 * `YYYY-MM-DDTHH:mm:ss`), in the order given.
 */
export function upcomingForContract(
  events: readonly Event[],
  contractId: number,
  now: string,
): Event[] {
  return events.filter(
    (event) => event.contractId === contractId && (event.finish ?? event.start) >= now,
  )
}

/**
 * An occurrence the employer's people are booked into, with which of them are when the
 * employer's `enrolments` are known. The client reads the contract's own fields; this adds the
 * location's name and the bookings.
 */
export function toOccurrence(
  occurrence: Vettrak.Occurrence,
  enrolments?: readonly Vettrak.Enrolment[],
  names: LocationNameMap = NO_LOCATION_NAMES,
): Occurrence {
  return contractFields(Contracts.OccurrenceSchema, occurrence, {
    booked: enrolments && bookedIn(occurrence, enrolments),
    ...locationOf(occurrence.locationCode, names),
  })
}
