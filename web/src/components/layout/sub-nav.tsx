import { NavLink } from 'react-router'
import { cn } from '../../lib/cn.ts'

export interface SubNavItem {
  to: string
  label: string
  /** Only highlight on an exact match. */
  end?: boolean
}

/** An area's own pages as tabs; scrolls sideways on narrow screens rather than wrapping. */
export function SubNav({ label, items }: { label: string; items: readonly SubNavItem[] }) {
  return (
    <nav
      aria-label={label}
      className="-mx-4 mb-6 overflow-x-auto border-b border-slate-200 px-4 dark:border-slate-700 print:hidden"
    >
      <ul className="flex min-w-max gap-1">
        {items.map((item) => (
          <li key={item.label}>
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
