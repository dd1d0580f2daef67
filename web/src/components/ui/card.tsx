import type { ComponentProps, ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

/** A bordered panel; with `title` it is a labelled section. */
export function Card({
  title,
  actions,
  className,
  children,
  ...props
}: Omit<ComponentProps<'section'>, 'title'> & { title?: ReactNode; actions?: ReactNode }) {
  return (
    <section
      className={cn(
        'rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6 dark:border-slate-700 dark:bg-slate-900 print:border-slate-400 print:shadow-none',
        className,
      )}
      {...props}
    >
      {title || actions ? (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
          {title ? (
            <h2 className="text-lg font-semibold text-slate-900 dark:text-slate-100">{title}</h2>
          ) : null}
          {actions}
        </div>
      ) : null}
      {children}
    </section>
  )
}
