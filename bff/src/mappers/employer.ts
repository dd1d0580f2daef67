/**
 * @module
 * VETtrak's employer records → what the employer views show: details, the tree of sites with
 * per-site counts, trainees, employees, contacts and occurrences. Enrolments, invoices, events
 * and units use the learner mappers.
 */
import type {
  Employee,
  EmployerContact,
  EmployerDetails,
  EmployerSiteNode,
  EmployerTreeNode,
  Occurrence,
  Trainee,
} from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'

/** An employer's details. */
export function toEmployerDetails(employer: Vettrak.Employer): EmployerDetails {
  return {
    id: employer.identifier,
    name: employer.name,
    legalName: employer.legalName,
    abn: employer.abn,
    phone: employer.phone,
    email: employer.email,
    website: employer.url,
    businessAddress: employer.businessAddress,
    postalAddress: employer.postalAddress,
    parentId: employer.parentIdentifier,
    parentName: employer.parentName,
  }
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
  return {
    contractId: contract.id,
    clientCode: contract.clientCode || undefined,
    givenName: contract.givenName,
    surname: contract.surname,
    qualificationCode: contract.qualificationCode,
    qualificationName: contract.qualificationName,
    status: contract.status,
    contractType: contract.contractType,
    startDate: contract.startDate,
    endDate: contract.endDate,
    employerId: contract.employerIdentifier,
    employerName: contract.employerName,
  }
}

/** An employee of a site. */
export function toEmployee(employee: Vettrak.Employee): Employee {
  return {
    clientCode: employee.clientCode,
    givenName: employee.givenName,
    surname: employee.surname,
    email: employee.email,
    position: employee.positionName,
    employerId: employee.employerIdentifier,
    employerName: employee.employerName,
    commenced: employee.commencedDate,
  }
}

/** A contact person of the employer. */
export function toEmployerContact(contact: Vettrak.EmployerContact): EmployerContact {
  return {
    clientCode: contact.clientCode,
    givenName: contact.givenName,
    surname: contact.surname,
    email: contact.email,
    workPhone: contact.workPhone,
    mobilePhone: contact.mobilePhone,
    position: contact.positionName,
    isPrimary: contact.isPrimaryContact,
  }
}

/** An occurrence the employer's people are booked into. */
export function toOccurrence(occurrence: Vettrak.Occurrence): Occurrence {
  return {
    id: occurrence.id,
    code: occurrence.code,
    programmeCode: occurrence.programmeCode,
    programmeName: occurrence.programmeName,
    startDate: occurrence.startDate,
    endDate: occurrence.endDate,
    location: occurrence.locationCode,
    vacancies: occurrence.vacancies,
    enrolled: occurrence.enrolledCount,
  }
}
