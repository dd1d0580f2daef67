/**
 * @module
 * How lists of invoices and events are shown, for a learner and an employer alike: invoices in the
 * window asked for (or the default around the RTO's today), newest first, each marked overdue or
 * not; events in time order, leaving out any without a start.
 */
import type { Event, InvoiceList } from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { toEvent, toInvoice, withOverdue, type EventContext } from '../mappers/learner.ts'
import { INVOICE_YEARS, dateWindow } from '../rto-time.ts'

/** Orders by `key`, ascending (1) or descending (-1), comparing code points (ISO dates sort so). */
export const byKey =
  <T>(key: (item: T) => string, direction: 1 | -1) =>
  (a: T, b: T) =>
    key(a) < key(b) ? -direction : key(a) > key(b) ? direction : 0

/**
 * The invoices of the dates asked for (without dates: ten years back to two ahead of `today`, the
 * RTO's date), read with `read`, newest first and each marked overdue or not on `today`.
 */
export async function invoicesInWindow(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
  read: (window: { startDate: string; endDate: string }) => Promise<Vettrak.Invoice[]>,
): Promise<InvoiceList> {
  const window = dateWindow(query, today, INVOICE_YEARS)
  if (!window) return { items: [] }
  const invoices = await read(window)
  return {
    items: invoices
      .map((invoice) => withOverdue(toInvoice(invoice), today))
      .sort(byKey((invoice) => invoice.date ?? '', -1)),
  }
}

/** Events soonest first, each with what `context` knows of it; one without a start is left out. */
export function eventList(events: readonly Vettrak.Event[], context: EventContext = {}): Event[] {
  return events
    .map((event) => toEvent(event, context))
    .filter((event) => event !== undefined)
    .sort(byKey((event) => event.start, 1))
}
