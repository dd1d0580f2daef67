import { NavLink } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { cn } from '../../../lib/cn.ts'
import type { Site } from '../api/employer-queries.ts'

const items = [
  { label: 'Overview', href: paths.employer.root.getHref, end: true },
  { label: 'Trainees', href: paths.employer.trainees.getHref, end: false },
  { label: 'Employees', href: paths.employer.employees.getHref, end: true },
  { label: 'Enrolments', href: paths.employer.enrolments.getHref, end: true },
  { label: 'Invoices', href: paths.employer.invoices.getHref, end: true },
  { label: 'Events', href: paths.employer.events.getHref, end: true },
  { label: 'Classes', href: paths.employer.occurrences.getHref, end: true },
  { label: 'Contacts', href: paths.employer.contacts.getHref, end: true },
] as const

/** The employer area's pages; each link keeps the chosen site. */
export function EmployerNav({ site }: { site: Site }) {
  return (
    <nav aria-label="Employer" className="-mx-4 mb-4 overflow-x-auto px-4 print:hidden">
      <ul className="flex min-w-max gap-1 border-b border-slate-200 dark:border-slate-700">
        {items.map((item) => (
          <li key={item.label}>
            <NavLink
              to={item.href(site)}
              end={item.end}
              className={({ isActive }) =>
                cn(
                  '-mb-px inline-flex min-h-11 items-center border-b-2 px-3 font-medium focus-ring',
                  isActive
                    ? 'border-brand-700 text-brand-800 dark:border-brand-300 dark:text-brand-200'
                    : 'border-transparent text-slate-700 hover:border-slate-400 hover:text-slate-900 dark:text-slate-300 dark:hover:text-white',
                )
              }
            >
              {item.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}
