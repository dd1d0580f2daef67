/**
 * @module
 * Checks that a store is consistent: every reference resolves, every index mirrors the records it
 * indexes, invoice totals add up and dates are real zone-less local date-times. It returns the
 * problems it finds (none for a good store) so tests can show them all at once.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { SimStore } from '../data/store.ts'
import { isLocalDateTime } from './local-date.ts'
import { roundCents } from './wire-record.ts'

const isCents = (value: number) => Number.isFinite(value) && roundCents(value) === value

/** The problems in a store, one sentence each; empty when the store is consistent. */
export function findStoreProblems(store: SimStore): string[] {
  const problems: string[] = []
  const problem = (text: string) => {
    if (problems.length < 200) problems.push(text)
  }
  const checkDate = (what: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && !isLocalDateTime(value)) {
      problem(`${what}: '${value}' is not a local date-time`)
    }
  }
  const checkSpan = (what: string, start: string, end: string) => {
    checkDate(`${what} StartDate`, start)
    checkDate(`${what} EndDate`, end)
    if (end < start) problem(`${what}: EndDate ${end} is before StartDate ${start}`)
  }

  checkClients(store, problem)
  checkEnrolments(store, problem, checkSpan, checkDate)
  checkContracts(store, problem, checkSpan)
  checkEvents(store, problem, checkDate)
  checkInvoices(store, problem, checkDate)
  checkEmployers(store, problem)
  checkStaff(store, problem)
  checkLocations(store, problem)
  return problems
}

/**
 * Every location code a record carries is one GetLocations lists, under its own code. A store with
 * no list at all (a builder's store, like a VETtrak without GetLocations) has codes only.
 */
function checkLocations(store: SimStore, problem: Report) {
  if (store.locations.size === 0) return
  for (const [code, location] of store.locations)
    if (location.Loca_Code !== code)
      problem(`location under ${code} has code ${location.Loca_Code}`)
  const check = (what: string, code: string | undefined) => {
    if (code && !store.locations.has(code)) problem(`${what} is at unknown location ${code}`)
  }
  for (const enrolment of store.enrolments.values())
    check(`enrolment ${enrolment.ID}`, enrolment.Loca_Code)
  for (const occurrences of store.occurrencesByEmployer.values())
    for (const occurrence of occurrences) check(`occurrence ${occurrence.ID}`, occurrence.Loca_Code)
  for (const awards of store.awardsByClient.values())
    for (const award of awards) check(`award ${award.Qucl_ID}`, award.Loca_Code)
}

type Report = (text: string) => void

function checkClients(store: SimStore, problem: Report) {
  if (store.clientCodes.length !== store.clients.size) {
    problem(`clientCodes has ${store.clientCodes.length} codes for ${store.clients.size} clients`)
  }
  const seen = new Set<string>()
  for (const code of store.clientCodes) {
    if (seen.has(code)) problem(`clientCodes lists ${code} twice`)
    seen.add(code)
    const client = store.clients.get(code)
    if (!client) problem(`clientCodes lists ${code}, which is not a client`)
    else if (client.Clie_Code !== code) problem(`client under ${code} has code ${client.Clie_Code}`)
  }
  for (const [username, account] of store.accounts) {
    if (username !== account.username.toLowerCase()) {
      problem(`account key ${username} is not its lower-cased username ${account.username}`)
    }
    if (!store.clients.has(account.clientCode)) {
      problem(`account ${username} names missing client ${account.clientCode}`)
    }
  }
  for (const code of store.unpublishedClients) {
    if (!store.clients.has(code)) problem(`unpublished client ${code} does not exist`)
  }
  for (const [code, awards] of store.awardsByClient) {
    for (const award of awards) {
      if (award.Clie_Code !== code)
        problem(`award ${award.Qucl_ID} of ${award.Clie_Code} filed under ${code}`)
      const enrolment = store.enrolments.get(award.EnrolmentId)
      if (!enrolment || enrolment.Clie_Code !== code) {
        problem(`award ${award.Qucl_ID} names enrolment ${award.EnrolmentId}, not one of ${code}'s`)
      }
    }
  }
}

function checkUnits(
  what: string,
  parentId: number,
  units: readonly Wire<'TEnun'>[] | undefined,
  problem: Report,
  checkSpan: (what: string, start: string, end: string) => void,
) {
  if (!units) return problem(`${what} has no unit list`)
  for (const unit of units) {
    if (unit.ID !== parentId) problem(`${what}: unit ${unit.Unit_Code} has ID ${unit.ID}`)
    checkSpan(`${what} unit ${unit.Unit_Code}`, unit.StartDate, unit.EndDate)
  }
}

function checkEnrolments(
  store: SimStore,
  problem: Report,
  checkSpan: (what: string, start: string, end: string) => void,
  checkDate: (what: string, value: string) => void,
) {
  for (const [id, enrolment] of store.enrolments) {
    const what = `enrolment ${id}`
    if (enrolment.ID !== id) problem(`${what} has ID ${enrolment.ID}`)
    const code = enrolment.Clie_Code ?? ''
    if (!store.clients.has(code)) problem(`${what} belongs to missing client ${code}`)
    if (!(store.enrolmentsByClient.get(code) ?? []).includes(id)) {
      problem(`${what} is not indexed under its client ${code}`)
    }
    if (
      enrolment.EmployerIdentifier !== undefined &&
      !store.employers.has(enrolment.EmployerIdentifier)
    ) {
      problem(`${what} names missing employer ${enrolment.EmployerIdentifier}`)
    }
    checkSpan(what, enrolment.StartDate, enrolment.EndDate)
    checkDate(`${what} DateOfEffect`, enrolment.DateOfEffect)
    for (const money of [
      enrolment.Amount,
      enrolment.GST,
      enrolment.AmountPaid,
      enrolment.AmountCredited,
    ]) {
      if (!isCents(money)) problem(`${what} has an amount with more than 2 decimals: ${money}`)
    }
    checkUnits(what, id, store.enrolmentUnits.get(id), problem, checkSpan)
  }
  for (const [code, ids] of store.enrolmentsByClient) {
    if (new Set(ids).size !== ids.length) problem(`enrolmentsByClient ${code} has duplicates`)
    for (const id of ids) {
      if (store.enrolments.get(id)?.Clie_Code !== code)
        problem(`enrolmentsByClient ${code} lists ${id}`)
    }
  }
  for (const id of store.enrolmentUnits.keys()) {
    if (!store.enrolments.has(id)) problem(`enrolmentUnits has units for missing enrolment ${id}`)
  }
}

function checkContracts(
  store: SimStore,
  problem: Report,
  checkSpan: (what: string, start: string, end: string) => void,
) {
  for (const [id, contract] of store.contracts) {
    const what = `contract ${id}`
    if (contract.ID !== id) problem(`${what} has ID ${contract.ID}`)
    const code = contract.Clie_Code ?? ''
    if (!store.clients.has(code)) problem(`${what} belongs to missing client ${code}`)
    if (!(store.contractsByClient.get(code) ?? []).includes(id))
      problem(`${what} is not indexed under ${code}`)
    if (contract.Empl_Identifier !== undefined && !store.employers.has(contract.Empl_Identifier)) {
      problem(`${what} names missing employer ${contract.Empl_Identifier}`)
    }
    checkSpan(what, contract.StartDate, contract.EndDate)
    checkUnits(what, id, store.contractUnits.get(id), problem, checkSpan)
  }
  for (const [code, ids] of store.contractsByClient) {
    for (const id of ids) {
      if (store.contracts.get(id)?.Clie_Code !== code)
        problem(`contractsByClient ${code} lists ${id}`)
    }
  }
}

function checkEvents(
  store: SimStore,
  problem: Report,
  checkDate: (what: string, value: string | null) => void,
) {
  const ids = new Set<number>()
  const check = (owner: string, event: Wire<'TEven'>, type: 0 | 1) => {
    const what = `event ${event.EventID}`
    if (ids.has(event.EventID)) problem(`${what} appears twice`)
    ids.add(event.EventID)
    if (event.EventType !== type || event.Identifier !== owner) {
      problem(`${what} (type ${event.EventType}, ${event.Identifier}) is filed under ${owner}`)
    }
    checkDate(`${what} EventStart`, event.EventStart)
    checkDate(`${what} EventFinish`, event.EventFinish)
    if (event.EventFinish !== null && event.EventFinish < event.EventStart)
      problem(`${what} finishes before it starts`)
    if (event.EnrolmentId !== null && event.ContractId !== null)
      problem(`${what} names an enrolment and a contract`)
    if (
      event.EnrolmentId !== null &&
      store.enrolments.get(event.EnrolmentId)?.Clie_Code !== owner
    ) {
      problem(`${what} names enrolment ${event.EnrolmentId}, not one of ${owner}'s`)
    }
    // A client's event names one of their contracts; an employer's, one of its trainees'.
    const contract = event.ContractId === null ? undefined : store.contracts.get(event.ContractId)
    const contractOwner = type === 0 ? contract?.Clie_Code : contract?.Empl_Identifier
    if (event.ContractId !== null && contractOwner !== owner) {
      problem(`${what} names contract ${event.ContractId}, not one of ${owner}'s`)
    }
  }
  checkFiled(store, problem, 'events', store.clientEvents, store.employerEvents, check)
}

function checkInvoices(
  store: SimStore,
  problem: Report,
  checkDate: (what: string, value: string) => void,
) {
  const invoiceIds = new Set<number>()
  const itemIds = new Set<number>()
  const check = (owner: string, invoice: Wire<'TInvoice'>, type: 0 | 1) => {
    const what = `invoice ${invoice.InvoiceId}`
    if (invoiceIds.has(invoice.InvoiceId)) problem(`${what} appears twice`)
    invoiceIds.add(invoice.InvoiceId)
    if (invoice.InvoiceeType !== type || invoice.InvoiceeIdentifier !== owner) {
      problem(
        `${what} (type ${invoice.InvoiceeType}, ${invoice.InvoiceeIdentifier}) is filed under ${owner}`,
      )
    }
    checkDate(`${what} InvoiceDate`, invoice.InvoiceDate)
    checkDate(`${what} DueDate`, invoice.DueDate)
    const items = invoice.InvoiceItems
    const sum = (pick: (item: Wire<'TInvoiceItem'>) => number) =>
      roundCents(items.reduce((t, i) => t + pick(i), 0))
    if (sum((i) => i.Amount) !== invoice.TotalAmount)
      problem(`${what}: TotalAmount is not the sum of its items`)
    if (sum((i) => i.GST) !== invoice.TotalGST)
      problem(`${what}: TotalGST is not the sum of its items`)
    for (const item of items) {
      const id = item.InvoiceItemId
      if (itemIds.has(id)) problem(`${what}: item ${id} appears twice`)
      itemIds.add(id)
      if (item.AmountPaid > item.Amount) problem(`${what}: item ${id} is paid more than its amount`)
      if (item.GST > item.Amount) problem(`${what}: item ${id} has more GST than its amount`)
      if (item.GSTPaid > item.GST) problem(`${what}: item ${id} has more GST paid than its GST`)
    }
    for (const money of [invoice.TotalAmount, invoice.TotalGST, invoice.AmountPaid]) {
      if (!isCents(money)) problem(`${what} has an amount with more than 2 decimals: ${money}`)
    }
    const { TotalAmount: total, AmountPaid: paid, PaymentStatus: status } = invoice
    const consistent =
      (status === 0 && paid === 0 && total > 0) ||
      (status === 1 && paid > 0 && paid < total) ||
      (status === 2 && paid === total) ||
      (status === 3 && paid > total) ||
      (status === 4 && paid === total)
    if (!consistent)
      problem(`${what}: PaymentStatus ${status} does not fit ${paid} paid of ${total}`)
    if (status !== 3 && status !== 4 && sum((i) => i.AmountPaid) !== paid) {
      problem(`${what}: AmountPaid is not the sum of its items' payments`)
    }
    if (
      type === 1 &&
      invoice.EmployerContact &&
      !store.clients.has(invoice.EmployerContact.Clie_Code ?? '')
    ) {
      problem(`${what}: EmployerContact ${invoice.EmployerContact.Clie_Code} is not a client`)
    }
  }
  checkFiled(store, problem, 'invoices', store.clientInvoices, store.employerInvoices, check)
}

/**
 * Records filed by owner, under clients (type 0) and under employers (type 1): each owner must
 * exist, and `check` sees each record with its owner and the owner's type.
 */
function checkFiled<R>(
  store: SimStore,
  problem: Report,
  what: string,
  byClient: ReadonlyMap<string, readonly R[]>,
  byEmployer: ReadonlyMap<string, readonly R[]>,
  check: (owner: string, record: R, type: 0 | 1) => void,
) {
  for (const [code, records] of byClient) {
    if (!store.clients.has(code)) problem(`${what} filed under missing client ${code}`)
    for (const record of records) check(code, record, 0)
  }
  for (const [identifier, records] of byEmployer) {
    if (!store.employers.has(identifier))
      problem(`${what} filed under missing employer ${identifier}`)
    for (const record of records) check(identifier, record, 1)
  }
}

function checkEmployers(store: SimStore, problem: Report) {
  for (const [identifier, employer] of store.employers) {
    if (employer.Empl_Identifier !== identifier)
      problem(`employer under ${identifier} is ${employer.Empl_Identifier}`)
    if (!/^\d+$/.test(identifier)) problem(`employer identifier ${identifier} is not digits`)
    if (!store.employerChildren.has(identifier)) problem(`employer ${identifier} has no child list`)
    const parent = employer.Empl_Parent
    if (parent !== undefined && !(store.employerChildren.get(parent) ?? []).includes(identifier)) {
      problem(`employer ${identifier} is not among the children of its parent ${parent}`)
    }
    // Walking up must reach a root without revisiting anyone.
    const path = new Set<string>([identifier])
    for (let up = parent; up !== undefined; up = store.employers.get(up)?.Empl_Parent) {
      if (path.has(up)) {
        problem(`employer ${identifier} is in a cycle`)
        break
      }
      path.add(up)
    }
  }
  for (const [parent, children] of store.employerChildren) {
    for (const child of children) {
      if (store.employers.get(child)?.Empl_Parent !== parent)
        problem(`employerChildren ${parent} lists ${child}`)
    }
  }
  for (const [code, links] of store.employerLinksByClient) {
    for (const link of links) {
      const mirrored = store.employerLinksByEmployer
        .get(link.employerId)
        ?.find((e) => e.clientCode === code)
      if (mirrored?.link !== link)
        problem(`link ${code} → ${link.employerId} is not mirrored by employer`)
      if (link.isPrimaryContact && !link.isContact)
        problem(`link ${code} → ${link.employerId} is primary but not a contact`)
    }
  }
  for (const [identifier, entries] of store.employerLinksByEmployer) {
    if (!store.employers.has(identifier))
      problem(`links filed under missing employer ${identifier}`)
    if (entries.filter((e) => e.link.isPrimaryContact).length > 1)
      problem(`employer ${identifier} has several primary contacts`)
    for (const { clientCode, link } of entries) {
      if (!(store.employerLinksByClient.get(clientCode) ?? []).includes(link)) {
        problem(`link ${clientCode} → ${identifier} is not mirrored by client`)
      }
    }
  }
  for (const [identifier, occurrences] of store.occurrencesByEmployer) {
    if (!store.employers.has(identifier))
      problem(`occurrences filed under missing employer ${identifier}`)
    for (const occurrence of occurrences) {
      if (occurrence.StartDate != null && occurrence.EndDate < occurrence.StartDate)
        problem(`occurrence ${occurrence.ID} ends before it starts`)
      if (occurrence.Vacancies < 0 || (occurrence.EnrolledCount ?? 0) < 0)
        problem(`occurrence ${occurrence.ID} has negative counts`)
    }
  }
}

function checkStaff(store: SimStore, problem: Report) {
  for (const [id, division] of store.divisions) {
    if (division.id !== id) problem(`division under ${id} has id ${division.id}`)
    if (division.parentId !== undefined && !store.divisions.has(division.parentId)) {
      problem(`division ${id} has missing parent ${division.parentId}`)
    }
  }
  for (const [code, divisions] of store.staffDivisions) {
    if (!store.clients.has(code)) problem(`staff divisions for missing client ${code}`)
    for (const id of divisions)
      if (!store.divisions.has(id)) problem(`staff ${code} has missing division ${id}`)
  }
  for (const [code, roles] of store.staffEnrolmentRoles) {
    if (!store.clients.has(code)) problem(`staff roles for missing client ${code}`)
    for (const id of roles.keys())
      if (!store.enrolments.has(id)) problem(`staff ${code} has a role on missing enrolment ${id}`)
  }
  for (const client of store.clients.values()) {
    if (client.DivisionId !== 0 && !store.divisions.has(client.DivisionId))
      problem(`client ${client.Clie_Code} is in missing division ${client.DivisionId}`)
  }
}
