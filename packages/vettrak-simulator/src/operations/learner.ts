/**
 * @module
 * A learner's own records: events, enrolments and their units, contracts and their units,
 * invoices and awards. Security (own code or enrolment, staff divisions) is checked before these
 * run; a client with no records of a kind gets Status 1 and an empty list.
 */
import { Status, type Wire } from '@vettrak-portal/vettrak-api'
import { within } from '../rules/date-range.ts'
import { isInvoiceStatusFilter, matchesInvoiceStatus } from '../rules/invoice-status.ts'
import { Messages } from '../rules/statuses.ts'
import type { Handler, Handlers } from './context.ts'
import { failureResult } from './failure-result.ts'

function pick<K, V>(ids: readonly K[] | undefined, records: Map<K, V>): V[] {
  const found: V[] = []
  for (const id of ids ?? []) {
    const record = records.get(id)
    if (record !== undefined) found.push(record)
  }
  return found
}

export const getEventsForClient: Handler<'GetEventsForClient'> = ({
  request,
  caller,
  services,
}) => ({
  Auth: caller.auth,
  EvenList: services.store.clientEvents.get(request.sClie_Code) ?? [],
})

export const getEnrolmentsForClient: Handler<'GetEnrolmentsForClient'> = ({
  request,
  caller,
  services: { store },
}) => ({
  Auth: caller.auth,
  ClieEnroList: pick(store.enrolmentsByClient.get(request.sClie_Code), store.enrolments),
})

export const getUnitsForEnrolmentIncludingLinked: Handler<
  'GetUnitsForEnrolmentIncludingLinked'
> = ({ request, caller, services }) => ({
  Auth: caller.auth,
  EnunList: services.store.enrolmentUnits.get(request.enrolmentId) ?? [],
})

export const getContractsForClient: Handler<'GetContractsForClient'> = ({
  request,
  caller,
  services: { store },
}) => ({
  Auth: caller.auth,
  ContList: pick(store.contractsByClient.get(request.sClie_Code), store.contracts),
})

export const getUnitsForContract: Handler<'GetUnitsForContract'> = ({
  request,
  caller,
  services,
}) => ({
  Auth: caller.auth,
  EnunList: services.store.contractUnits.get(request.iCont_id) ?? [],
})

/** Invoices recorded (`InvoiceDate`) between the dates that pass the status filter. */
export function filterInvoices(
  invoices: readonly Wire<'TInvoice'>[],
  request: { startDate: string; endDate: string; status: number },
): Wire<'TInvoice'>[] | { status: -1; message: string } {
  if (request.startDate > request.endDate) return { status: -1, message: Messages.startAfterEnd }
  if (!isInvoiceStatusFilter(request.status))
    return { status: -1, message: Messages.badInvoiceStatus }
  return invoices.filter(
    (invoice) =>
      within(invoice.InvoiceDate, request.startDate, request.endDate) &&
      matchesInvoiceStatus(invoice, request.status),
  )
}

export const getInvoicesForClient: Handler<'GetInvoicesForClient'> = ({
  request,
  caller,
  services,
}) => {
  const invoices = filterInvoices(
    services.store.clientInvoices.get(request.clientCode) ?? [],
    request,
  )
  if (!Array.isArray(invoices))
    return failureResult('GetInvoicesForClient', Status.Error, invoices.message)
  return { Auth: caller.auth, InvoiceList: invoices }
}

export const getAwardsForClient: Handler<'GetAwardsForClient'> = ({
  request,
  caller,
  services,
}) => ({
  Auth: caller.auth,
  AwardList: services.store.awardsByClient.get(request.clientCode) ?? [],
})

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const learnerHandlers = {
  GetEventsForClient: getEventsForClient,
  GetEnrolmentsForClient: getEnrolmentsForClient,
  GetUnitsForEnrolmentIncludingLinked: getUnitsForEnrolmentIncludingLinked,
  GetContractsForClient: getContractsForClient,
  GetUnitsForContract: getUnitsForContract,
  GetInvoicesForClient: getInvoicesForClient,
  GetAwardsForClient: getAwardsForClient,
} satisfies Handlers
