import type { Invoice } from '@vettrak-portal/contracts'
import { useId, useState, type ReactNode } from 'react'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { TBody, THead, Table, Td, Th, Tr } from '../../../components/ui/table.tsx'
import { cn } from '../../../lib/cn.ts'
import { formatDate, formatMoney } from '../../../lib/format.ts'
import { AlertBadge, PaymentStatusBadge } from './status-badges.tsx'

/** Sums of the invoices given: total, paid, owing, and how many are overdue. */
export function invoiceTotals(invoices: Invoice[]) {
  // An amount VETtrak did not state counts as nothing in the sums (the invoice itself shows a dash).
  const sum = (pick: (invoice: Invoice) => number | undefined) =>
    Math.round(invoices.reduce((total, invoice) => total + (pick(invoice) ?? 0), 0) * 100) / 100
  return {
    count: invoices.length,
    total: sum((i) => i.total),
    paid: sum((i) => i.amountPaid),
    owing: sum((i) => i.owing),
    overdue: invoices.filter((i) => i.overdue).length,
    overdueOwing: sum((i) => (i.overdue ? i.owing : 0)),
  }
}

/**
 * Invoices with their status, dates and amounts, overdue ones marked, each with its line items
 * behind a button (all shown when printed), and the totals of those shown.
 */
export function InvoiceList({
  invoices,
  headingLevel = 2,
  emptyMessage = 'There are no invoices to show.',
}: {
  invoices: Invoice[]
  headingLevel?: 2 | 3
  emptyMessage?: string
}) {
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set())
  const baseId = useId()
  if (invoices.length === 0) return <EmptyState title="No invoices">{emptyMessage}</EmptyState>

  const toggle = (id: number) =>
    setExpanded((current) => {
      const next = new Set(current)
      if (next.has(id)) next.delete(id)
      else next.add(id)
      return next
    })
  const Heading = `h${headingLevel}` as const
  return (
    <div className="space-y-4">
      <InvoiceTotals invoices={invoices} />
      <ul className="space-y-4">
        {invoices.map((invoice) => {
          const itemsId = `${baseId}-items-${invoice.id}`
          const isOpen = expanded.has(invoice.id)
          return (
            <li
              key={invoice.id}
              className={cn(
                'rounded-xl border bg-white p-4 shadow-sm sm:p-5 dark:bg-slate-900 print:break-inside-avoid print:shadow-none',
                invoice.overdue
                  ? 'border-red-300 border-l-4 border-l-red-700 dark:border-red-800 dark:border-l-red-400'
                  : 'border-slate-200 dark:border-slate-700',
              )}
            >
              <div className="flex flex-wrap items-start justify-between gap-2">
                <div className="min-w-0">
                  <Heading className="text-lg font-semibold text-slate-900 dark:text-white">
                    Invoice {invoice.number ?? invoice.id}
                  </Heading>
                  {invoice.description ? (
                    <p className="text-slate-700 dark:text-slate-300">{invoice.description}</p>
                  ) : null}
                </div>
                <div className="flex flex-wrap gap-2">
                  {invoice.paymentStatus ? (
                    <PaymentStatusBadge status={invoice.paymentStatus} />
                  ) : null}
                  {invoice.overdue ? <AlertBadge>Overdue</AlertBadge> : null}
                </div>
              </div>
              <dl className="mt-3 grid grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-5">
                <Amount label="Date">{invoice.date ? formatDate(invoice.date) : '—'}</Amount>
                <Amount label="Due">
                  <span
                    className={cn(
                      invoice.overdue && 'font-semibold text-red-800 dark:text-red-300',
                    )}
                  >
                    {invoice.dueDate ? formatDate(invoice.dueDate) : '—'}
                  </span>
                </Amount>
                <Amount label="Total" numeric>
                  {formatMoney(invoice.total)}
                  {invoice.gst !== undefined && invoice.gst > 0 ? (
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      incl. GST {formatMoney(invoice.gst)}
                    </span>
                  ) : null}
                </Amount>
                <Amount label="Paid" numeric>
                  {formatMoney(invoice.amountPaid)}
                </Amount>
                <Amount label="Owing" numeric>
                  <span
                    className={cn(
                      'font-semibold',
                      invoice.overdue && 'text-red-800 dark:text-red-300',
                    )}
                  >
                    {formatMoney(invoice.owing)}
                  </span>
                </Amount>
              </dl>
              {invoice.items.length ? (
                <div className="mt-3">
                  <button
                    type="button"
                    aria-expanded={isOpen}
                    aria-controls={itemsId}
                    onClick={() => toggle(invoice.id)}
                    className="inline-flex min-h-11 items-center gap-1.5 rounded-lg px-2 font-semibold text-brand-800 hover:bg-slate-100 focus-ring dark:text-brand-200 dark:hover:bg-slate-800 print:hidden"
                  >
                    <svg
                      aria-hidden="true"
                      viewBox="0 0 20 20"
                      fill="currentColor"
                      className={cn('size-5 transition-transform', isOpen && 'rotate-90')}
                    >
                      <path d="M7.3 4.3 13 10l-5.7 5.7-1.1-1.1 4.6-4.6-4.6-4.6 1.1-1.1Z" />
                    </svg>
                    {isOpen ? 'Hide' : 'Show'} items ({invoice.items.length})
                    <span className="sr-only"> of invoice {invoice.number ?? invoice.id}</span>
                  </button>
                  <div
                    id={itemsId}
                    // Closed items are still printed: the print rule is !important, so it
                    // outweighs this inline display.
                    style={isOpen ? undefined : { display: 'none' }}
                    className="mt-2 print:block!"
                  >
                    <Table
                      caption={`Items of invoice ${invoice.number ?? invoice.id}`}
                      captionHidden
                    >
                      <THead>
                        <tr>
                          <Th>Item</Th>
                          <Th className="text-right">Qty</Th>
                          <Th className="text-right">Amount</Th>
                          <Th className="text-right">GST</Th>
                          <Th className="text-right">Paid</Th>
                        </tr>
                      </THead>
                      <TBody>
                        {invoice.items.map((item, index) => (
                          <Tr key={item.id ?? `item-${index}`}>
                            <Td>{item.description ?? 'Item'}</Td>
                            <Td numeric>{item.quantity ?? '—'}</Td>
                            <Td numeric>{formatMoney(item.amount)}</Td>
                            <Td numeric>{formatMoney(item.gst)}</Td>
                            <Td numeric>{formatMoney(item.amountPaid)}</Td>
                          </Tr>
                        ))}
                      </TBody>
                    </Table>
                  </div>
                </div>
              ) : null}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function Amount({
  label,
  numeric = false,
  children,
}: {
  label: string
  numeric?: boolean
  children: ReactNode
}) {
  return (
    <div className={cn(numeric && 'sm:text-right')}>
      <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
      <dd className={cn('text-base text-slate-900 dark:text-slate-100', numeric && 'tabular-nums')}>
        {children}
      </dd>
    </div>
  )
}

/** The totals of the invoices shown, overdue called out. */
export function InvoiceTotals({ invoices }: { invoices: Invoice[] }) {
  const totals = invoiceTotals(invoices)
  return (
    <section
      aria-label="Totals of the invoices shown"
      className="rounded-xl border border-slate-200 bg-slate-100 p-4 dark:border-slate-700 dark:bg-slate-800"
    >
      <p className="text-sm font-medium text-slate-700 dark:text-slate-300">
        {totals.count} {totals.count === 1 ? 'invoice' : 'invoices'} shown
      </p>
      <dl className="mt-2 flex flex-wrap gap-x-8 gap-y-2">
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Total</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatMoney(totals.total)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Paid</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatMoney(totals.paid)}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Owing</dt>
          <dd className="text-lg font-semibold tabular-nums">{formatMoney(totals.owing)}</dd>
        </div>
      </dl>
      {totals.overdue ? (
        <p className="mt-2 font-semibold text-red-800 dark:text-red-300">
          {totals.overdue} overdue: {formatMoney(totals.overdueOwing)} to pay now
        </p>
      ) : null}
    </section>
  )
}
