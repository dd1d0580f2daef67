import type { ReactNode } from 'react'
import { env } from '../../config/env.ts'
import { PortalMark } from './app-shell.tsx'
import { useFocusOnNavigate } from './use-focus-on-navigate.ts'

/** The frame of pages before the portal proper: sign-in, choosing an employer. */
export function AuthLayout({ title, children }: { title: string; children: ReactNode }) {
  useFocusOnNavigate('main')
  return (
    <div className="flex min-h-dvh flex-col items-center px-4 py-8 sm:justify-center sm:py-12">
      <title>{`${title} · ${env.APP_NAME}`}</title>
      <main id="main" tabIndex={-1} className="w-full max-w-md focus:outline-none">
        <div className="mb-6 flex items-center justify-center gap-2 text-xl font-bold">
          <PortalMark className="size-10" />
          <span>{env.APP_NAME}</span>
        </div>
        <div className="rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8 dark:border-slate-700 dark:bg-slate-900">
          <h1 tabIndex={-1} data-page-heading="" className="mb-6 text-2xl font-bold tracking-tight">
            {title}
          </h1>
          {children}
        </div>
      </main>
    </div>
  )
}
