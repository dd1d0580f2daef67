import type { ReactNode } from 'react'
import { useBrand } from './brand.tsx'

/**
 * A page's title (the tab's too) and heading. After each navigation the main region, named by the
 * heading, takes focus, so a screen reader announces the new page (see `useFocusOnNavigate`).
 */
export function Page({
  title,
  description,
  actions,
  children,
}: {
  title: string
  description?: ReactNode
  actions?: ReactNode
  children?: ReactNode
}) {
  const brand = useBrand()
  return (
    <>
      <title>{`${title} · ${brand.name}`}</title>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1
            tabIndex={-1}
            data-page-heading=""
            className="text-2xl font-bold tracking-tight text-slate-900 sm:text-3xl dark:text-white"
          >
            {title}
          </h1>
          {description ? (
            <div className="mt-1 text-slate-700 dark:text-slate-300">{description}</div>
          ) : null}
        </div>
        {actions ? <div className="flex flex-wrap gap-2 print:hidden">{actions}</div> : null}
      </div>
      {children}
    </>
  )
}
