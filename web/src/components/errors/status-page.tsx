import type { ReactNode } from 'react'
import { Link } from 'react-router'
import { Page } from '../layout/page.tsx'

/** A full page that explains a refusal or a missing page and offers a way on. */
export function StatusPage({
  status,
  title,
  children,
}: {
  status: number
  title: string
  children: ReactNode
}) {
  return (
    <Page title={title}>
      <div className="max-w-prose space-y-4 text-slate-800 dark:text-slate-200">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase dark:text-brand-300">
          Error {status}
        </p>
        {children}
        <p>
          <Link
            to="/"
            className="font-semibold text-brand-700 underline underline-offset-4 hover:text-brand-900 dark:text-brand-300 dark:hover:text-brand-100"
          >
            Go to My learning
          </Link>
        </p>
      </div>
    </Page>
  )
}

export function ForbiddenPage() {
  return (
    <StatusPage status={403} title="You do not have access to this page">
      <p>
        Your account cannot open this part of the portal. If you think it should, contact your
        training organisation and ask them to check your access in VETtrak.
      </p>
    </StatusPage>
  )
}

export function NotFoundPage() {
  return (
    <StatusPage status={404} title="Page not found">
      <p>There is no page at this address. Check the address, or start again from My learning.</p>
    </StatusPage>
  )
}

/** A page of a feature this RTO's VETtrak does not offer (the BFF said `FEATURE_UNAVAILABLE`). */
export function FeatureUnavailablePage() {
  return (
    <StatusPage status={404} title="Not offered by your training organisation">
      <p>
        This part of the portal is not offered by your training organisation&apos;s VETtrak. If you
        need this information, contact your training organisation.
      </p>
    </StatusPage>
  )
}
