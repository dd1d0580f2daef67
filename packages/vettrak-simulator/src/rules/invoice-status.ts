/**
 * @module
 * The invoice `status` filter of GetInvoicesForClient/GetInvoicesForEmployer: 0 all, 1 only not
 * fully paid, 2 only fully paid. An invoice counts as fully paid when its `PaymentStatus` is 2 (fully
 * paid), 3 (overpaid) or 4 (credited out): nothing is left owing on it.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'

/** Whether `status` is one of the documented filter values. */
export function isInvoiceStatusFilter(status: number): boolean {
  return status === 0 || status === 1 || status === 2
}

/** Whether an invoice passes the filter. */
export function matchesInvoiceStatus(invoice: Wire<'TInvoice'>, status: number): boolean {
  if (status === 0) return true
  const fullyPaid = invoice.PaymentStatus >= 2
  return status === 2 ? fullyPaid : !fullyPaid
}
