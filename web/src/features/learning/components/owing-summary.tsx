import type { Invoice } from '@vettrak-portal/contracts'
import { Link } from 'react-router'
import { formatMoney } from '../../../lib/format.ts'
import { invoiceTotals } from './invoice-list.tsx'

/** How much is owing across the invoices given, overdue called out, with a link to them. */
export function OwingSummary({ invoices, href }: { invoices: Invoice[]; href: string }) {
  const { owing, overdue, overdueOwing } = invoiceTotals(invoices)
  const owingCount = invoices.filter((invoice) => (invoice.owing ?? 0) > 0).length
  if (owing <= 0)
    return (
      <div className="space-y-2">
        <p className="text-2xl font-bold tabular-nums">{formatMoney(0)}</p>
        <p className="text-slate-700 dark:text-slate-300">You have nothing to pay. Thank you!</p>
      </div>
    )
  return (
    <div className="space-y-3">
      <p>
        <span className="block text-sm text-slate-700 dark:text-slate-300">Amount owing</span>
        <span className="text-3xl font-bold tabular-nums">{formatMoney(owing)}</span>
        <span className="block text-sm text-slate-700 dark:text-slate-300">
          across {owingCount} {owingCount === 1 ? 'invoice' : 'invoices'}
        </span>
      </p>
      {overdue ? (
        <p className="flex items-start gap-2 rounded-lg border border-red-300 bg-red-50 p-3 font-semibold text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100">
          <svg
            aria-hidden="true"
            viewBox="0 0 20 20"
            className="mt-0.5 size-5 shrink-0"
            fill="currentColor"
          >
            <path d="M8.26 2.9a2 2 0 0 1 3.48 0l6.3 11.1A2 2 0 0 1 16.3 17H3.7a2 2 0 0 1-1.74-3L8.26 2.9ZM9.25 7v4.5h1.5V7h-1.5Zm0 6v1.5h1.5V13h-1.5Z" />
          </svg>
          {formatMoney(overdueOwing)} is overdue ({overdue} {overdue === 1 ? 'invoice' : 'invoices'}
          ).
        </p>
      ) : null}
      <Link
        to={href}
        className="inline-flex font-semibold text-brand-800 underline underline-offset-4 hover:text-brand-900 dark:text-brand-200 dark:hover:text-white"
      >
        View unpaid invoices
      </Link>
    </div>
  )
}
