import type { ReactNode } from 'react'

/** What to show when a list has nothing in it: say so, and what to do next. */
export function EmptyState({
  title,
  children,
  action,
}: {
  title: string
  children?: ReactNode
  action?: ReactNode
}) {
  return (
    <div className="rounded-xl border border-dashed border-slate-300 px-6 py-10 text-center dark:border-slate-600">
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="mx-auto mb-3 size-10 text-slate-400"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      >
        <path
          d="M3 7.5 12 3l9 4.5v9L12 21l-9-4.5v-9Zm0 0 9 4.5m0 0 9-4.5M12 12v9"
          strokeLinejoin="round"
        />
      </svg>
      <p className="font-semibold text-slate-900 dark:text-slate-100">{title}</p>
      {children ? <div className="mt-1 text-slate-600 dark:text-slate-300">{children}</div> : null}
      {action ? <div className="mt-4">{action}</div> : null}
    </div>
  )
}
