import { NavLink } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { cn } from '../../../lib/cn.ts'

const items = [
  { to: paths.home.getHref(), label: 'Overview', end: true },
  { to: paths.learning.enrolments.getHref(), label: 'Enrolments' },
  { to: paths.learning.contracts.getHref(), label: 'Contracts' },
  { to: paths.learning.events.getHref(), label: 'Events' },
  { to: paths.learning.invoices.getHref(), label: 'Invoices' },
  { to: paths.learning.certificates.getHref(), label: 'Certificates' },
]

/** The pages of My learning; scrolls sideways on narrow screens rather than wrapping. */
export function LearningNav() {
  return (
    <nav
      aria-label="My learning"
      className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 dark:border-slate-700 print:hidden"
    >
      <ul className="flex min-w-max gap-1">
        {items.map((item) => (
          <li key={item.to}>
            <NavLink
              to={item.to}
              end={item.end ?? false}
              className={({ isActive }) =>
                cn(
                  '-mb-px flex min-h-11 items-center border-b-4 px-3 font-medium whitespace-nowrap focus-ring',
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
