import { RouteError } from '../../components/errors/route-error.tsx'
import { Spinner } from '../../components/ui/spinner.tsx'

/** Shown while the first page's data loads. */
export function HydrateFallback() {
  return (
    <div className="flex min-h-dvh items-center justify-center text-brand-700 dark:text-brand-300">
      <Spinner label="Loading the portal" className="size-8" />
    </div>
  )
}

/** An error above the app shell (e.g. the session check failing because VETtrak is down). */
export function RootError() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-12">
      <RouteError />
    </main>
  )
}
