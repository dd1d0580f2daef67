import type { ReactNode } from 'react'
import { BrandContact, BrandMark, useBrand } from './brand.tsx'
import { PortalMark } from './app-shell.tsx'
import { useFocusOnNavigate } from './use-focus-on-navigate.ts'

/** The frame of pages before the portal proper: sign-in, choosing an employer. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  useFocusOnNavigate('main')
  const brand = useBrand()
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
      <title>{`${title} · ${brand.name}`}</title>
      <main id="main" tabIndex={-1} className="w-full max-w-md focus:outline-none">
        <div className="mb-6 flex items-center justify-center gap-2 text-xl font-bold">
          <BrandMark brand={brand} className="h-10" fallback={<PortalMark className="size-10" />} />
          <span>{brand.name}</span>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900">
          <h1 tabIndex={-1} data-page-heading="" className="mb-6 text-2xl font-bold tracking-tight">
            {title}
          </h1>
          {children}
        </div>
        <div className="mt-6 text-center text-sm text-slate-700 dark:text-slate-300">
          <BrandContact brand={brand} />
        </div>
      </main>
    </div>
  )
}
