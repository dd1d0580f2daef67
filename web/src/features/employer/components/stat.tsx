import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Skeleton } from '../../../components/ui/skeleton.tsx'

/** One figure of the overview, linking to the page behind it. */
export function Stat({
  label,
  value,
  detail,
  href,
  isLoading = false,
}: {
  label: string
  value: ReactNode
  detail?: ReactNode
  href: string
  isLoading?: boolean
}) {
  return (
    <Link
      to={href}
      className="block rounded-xl border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600 focus-ring dark:border-slate-700 dark:bg-slate-900 dark:hover:border-brand-300"
    >
      <span className="block text-sm font-medium text-slate-600 dark:text-slate-300">{label}</span>
      {isLoading ? (
        <>
          <Skeleton className="mt-2 h-8 w-24" />
          <span className="sr-only">Loading</span>
        </>
      ) : (
        <span className="mt-1 block text-2xl font-bold text-slate-900 tabular-nums sm:text-3xl dark:text-white">
          {value}
        </span>
      )}
      {detail && !isLoading ? (
        <span className="mt-1 block text-sm text-slate-700 dark:text-slate-300">{detail}</span>
      ) : null}
    </Link>
  )
}
