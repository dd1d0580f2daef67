/**
 * @module
 * Employer views (Protected). Details and contacts cover the named employer only; the tree, trainees,
 * employees, enrolments, events, invoices and occurrences cover the employer and its descendants.
 * Events and invoices are filtered by their date (`EventStart`, `InvoiceDate`) in the range;
 * occurrences by overlapping it. An unknown employer answers -4; a start after the end -1.
 */
import { Status, type Wire, type WireResult } from '@vettrak-portal/vettrak-api'
import { overlaps, within } from '../rules/date-range.ts'
import { Messages } from '../rules/statuses.ts'
import type { Handler, OperationContext, TokenOperation, Handlers } from './context.ts'
import { failureResult } from './failure-result.ts'
import { filterInvoices } from './learner.ts'

type EmployerOperation = Extract<
  TokenOperation,
  | 'GetEmployerDetails'
  | 'GetEmployerTree'
  | 'GetEmployerContactDetails'
  | 'GetTraineesForEmployer'
  | 'GetEmployeesForEmployer'
  | 'GetEventsForEmployer'
  | 'GetInvoicesForEmployer'
  | 'GetOccurrencesForEmployer'
  | 'GetEnrolmentsForEmployer'
>

/** Wraps a handler so an unknown employer answers -4 and the handler gets the employer record. */
function forEmployer<Op extends EmployerOperation>(
  operation: Op,
  run: (context: OperationContext<Op>, employer: Wire<'TEmpl'>) => WireResult<Op>,
): Handler<Op> {
  return (context) => {
    const employer = context.services.store.employers.get(context.request.employerIdentifier)
    if (employer === undefined)
      return failureResult(operation, Status.NoRecords, Messages.employerNotFound)
    return run(context, employer)
  }
}

function checkRange<Op extends EmployerOperation>(
  operation: Op,
  request: { startDate: string; endDate: string },
): WireResult<Op> | undefined {
  return request.startDate > request.endDate
    ? failureResult(operation, Status.Error, Messages.startAfterEnd)
    : undefined
}

export const getEmployerDetails = forEmployer('GetEmployerDetails', ({ caller }, employer) => ({
  Auth: caller.auth,
  Empl: employer,
}))

export const getEmployerTree = forEmployer('GetEmployerTree', ({ caller, services }, employer) => {
  const { store } = services
  const seen = new Set<string>()
  const build = (node: Wire<'TEmpl'>): Wire<'TEmployerTree'> => {
    seen.add(node.Empl_Identifier ?? '')
    const children: Wire<'TEmployerTree'>[] = []
    for (const id of store.employerChildren.get(node.Empl_Identifier ?? '') ?? []) {
      const child = store.employers.get(id)
      if (child !== undefined && !seen.has(id)) children.push(build(child))
    }
    return { Employer: node, ChildEmployers: children }
  }
  return { Auth: caller.auth, Tree: build(employer) }
})

export const getEmployerContactDetails = forEmployer(
  'GetEmployerContactDetails',
  ({ request, caller, services }) => {
    const { store } = services
    const contacts: Wire<'TEmplContact'>[] = []
    for (const { clientCode, link } of store.employerLinksByEmployer.get(
      request.employerIdentifier,
    ) ?? []) {
      const client = store.clients.get(clientCode)
      if (!link.isContact || client === undefined) continue
      contacts.push({
        Clie_Surname: client.Clie_Surname,
        Clie_Given: client.Clie_Given,
        Clie_Code: client.Clie_Code,
        Clie_Email: client.Clie_Email,
        Clie_WorkPhone: client.Clie_WorkPhone,
        Clie_MobilePhone: client.Clie_MobilePhone,
        PositionName: link.positionName,
        IsPrimaryContact: link.isPrimaryContact,
      })
    }
    return { Auth: caller.auth, ClieList: contacts }
  },
)

export const getTraineesForEmployer = forEmployer(
  'GetTraineesForEmployer',
  ({ request, caller, services }) => {
    const { store, directory } = services
    const trainees: Wire<'TCont'>[] = []
    for (const employerId of directory.employerTree(request.employerIdentifier))
      for (const id of directory.contractsOfEmployer(employerId)) {
        const contract = store.contracts.get(id)
        if (contract === undefined) continue
        if (contract.Clie_Code !== undefined && contract.GivenName !== undefined)
          trainees.push(contract)
        else {
          const code = contract.Clie_Code ?? directory.contractOwner(id)
          const client = code === undefined ? undefined : store.clients.get(code)
          trainees.push({
            ...contract,
            Clie_Code: code,
            GivenName: client?.Clie_Given,
            Surname: client?.Clie_Surname,
          })
        }
      }
    return { Auth: caller.auth, ContList: trainees }
  },
)

export const getEmployeesForEmployer = forEmployer(
  'GetEmployeesForEmployer',
  ({ request, caller, services }) => {
    const { store, directory } = services
    const employees: Wire<'TEmplEmployee'>[] = []
    for (const employerId of directory.employerTree(request.employerIdentifier)) {
      const employer = store.employers.get(employerId)
      for (const { clientCode, link } of store.employerLinksByEmployer.get(employerId) ?? []) {
        const client = store.clients.get(clientCode)
        if (!link.isEmployee || client === undefined) continue
        employees.push({
          Clie_Surname: client.Clie_Surname,
          Clie_Given: client.Clie_Given,
          Clie_Code: client.Clie_Code,
          Clie_Email: client.Clie_Email,
          PositionName: link.positionName,
          Empl_Identifier: employerId,
          Empl_Name: employer?.Empl_Name,
          Clie_Commenced: client.Clie_Commenced,
        })
      }
    }
    return { Auth: caller.auth, ClieList: employees }
  },
)

export const getEnrolmentsForEmployer = forEmployer(
  'GetEnrolmentsForEmployer',
  ({ request, caller, services }) => {
    const { store, directory } = services
    const enrolments: Wire<'TClieEnro'>[] = []
    for (const employerId of directory.employerTree(request.employerIdentifier))
      for (const id of directory.enrolmentsOfEmployer(employerId)) {
        const enrolment = store.enrolments.get(id)
        if (enrolment !== undefined) enrolments.push(enrolment)
      }
    return { Auth: caller.auth, ClieEnroList: enrolments }
  },
)

export const getEventsForEmployer = forEmployer(
  'GetEventsForEmployer',
  ({ request, caller, services }) => {
    const refused = checkRange('GetEventsForEmployer', request)
    if (refused !== undefined) return refused
    const events: Wire<'TEven'>[] = []
    for (const employerId of services.directory.employerTree(request.employerIdentifier))
      for (const event of services.store.employerEvents.get(employerId) ?? [])
        if (within(event.EventStart, request.startDate, request.endDate)) events.push(event)
    return { Auth: caller.auth, EvenList: events }
  },
)

export const getInvoicesForEmployer = forEmployer(
  'GetInvoicesForEmployer',
  ({ request, caller, services }) => {
    const all: Wire<'TInvoice'>[] = []
    for (const employerId of services.directory.employerTree(request.employerIdentifier))
      all.push(...(services.store.employerInvoices.get(employerId) ?? []))
    const invoices = filterInvoices(all, request)
    if (!Array.isArray(invoices))
      return failureResult('GetInvoicesForEmployer', Status.Error, invoices.message)
    return { Auth: caller.auth, InvoiceList: invoices }
  },
)

export const getOccurrencesForEmployer = forEmployer(
  'GetOccurrencesForEmployer',
  ({ request, caller, services }) => {
    const refused = checkRange('GetOccurrencesForEmployer', request)
    if (refused !== undefined) return refused
    const seen = new Set<number>()
    const occurrences: Wire<'TOccu'>[] = []
    for (const employerId of services.directory.employerTree(request.employerIdentifier))
      for (const occurrence of services.store.occurrencesByEmployer.get(employerId) ?? []) {
        if (seen.has(occurrence.ID)) continue
        const start = occurrence.StartDate ?? occurrence.EndDate
        if (!overlaps(start, occurrence.EndDate, request.startDate, request.endDate)) continue
        seen.add(occurrence.ID)
        occurrences.push(occurrence)
      }
    return { Auth: caller.auth, OccuList: occurrences }
  },
)

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const employerHandlers = {
  GetEmployerDetails: getEmployerDetails,
  GetEmployerTree: getEmployerTree,
  GetEmployerContactDetails: getEmployerContactDetails,
  GetTraineesForEmployer: getTraineesForEmployer,
  GetEmployeesForEmployer: getEmployeesForEmployer,
  GetEventsForEmployer: getEventsForEmployer,
  GetInvoicesForEmployer: getInvoicesForEmployer,
  GetOccurrencesForEmployer: getOccurrencesForEmployer,
  GetEnrolmentsForEmployer: getEnrolmentsForEmployer,
} satisfies Handlers
