import type { EmployerContact } from '@vettrak-portal/contracts'
import { Badge } from '../../../components/ui/badge.tsx'
import { formatName } from '../../../lib/format.ts'

const linkClass =
  'inline-flex min-h-11 items-center break-all text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-200'
const tel = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`

/**
 * The contacts of the sites shown, the primary ones first and marked, each with their site and
 * email and phone links.
 */
export function ContactList({ contacts }: { contacts: readonly EmployerContact[] }) {
  const ordered = [...contacts].sort((a, b) => Number(b.isPrimary) - Number(a.isPrimary))
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {ordered.map((contact) => (
        <li
          key={`${contact.clientCode}-${contact.employerId ?? ''}`}
          className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm dark:border-slate-700 dark:bg-slate-900"
        >
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p className="font-semibold text-slate-900 dark:text-white">
                {formatName(contact, contact.clientCode)}
              </p>
              {contact.position ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">{contact.position}</p>
              ) : null}
              {contact.employerName ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">{contact.employerName}</p>
              ) : null}
            </div>
            {contact.isPrimary ? <Badge tone="info">Primary contact</Badge> : null}
          </div>
          <ul className="mt-2">
            {contact.email ? (
              <li>
                <span className="sr-only">Email: </span>
                <a className={linkClass} href={`mailto:${contact.email}`}>
                  {contact.email}
                </a>
              </li>
            ) : null}
            {contact.workPhone ? (
              <li>
                <span className="text-sm text-slate-600 dark:text-slate-300">Work </span>
                <a className={linkClass} href={tel(contact.workPhone)}>
                  {contact.workPhone}
                </a>
              </li>
            ) : null}
            {contact.mobilePhone ? (
              <li>
                <span className="text-sm text-slate-600 dark:text-slate-300">Mobile </span>
                <a className={linkClass} href={tel(contact.mobilePhone)}>
                  {contact.mobilePhone}
                </a>
              </li>
            ) : null}
          </ul>
        </li>
      ))}
    </ul>
  )
}
