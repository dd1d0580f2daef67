import { useQuery } from '@tanstack/react-query'
import { Button } from '../../../components/ui/button.tsx'
import { sessionQueries } from '../api/session-queries.ts'

/**
 * Says why a contact's employer pages are missing when VETtrak could not list their employers at
 * sign-in. The session is read again every minute while that lasts (and on "Try again"); the pages
 * appear as soon as VETtrak answers.
 */
export function EmployerLinksNotice() {
  const { data: session, refetch, isFetching } = useQuery(sessionQueries.current())
  if (!session?.employersUnavailable) return null
  return (
    <div
      role="status"
      className="mb-4 flex flex-wrap items-center gap-3 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        <strong>Employer pages are not available yet:</strong> VETtrak could not say which employers
        you act for. They will appear here when it does.
      </p>
      <Button
        variant="secondary"
        size="sm"
        isPending={isFetching}
        pendingLabel="Checking…"
        onClick={() => void refetch()}
      >
        Try again
      </Button>
    </div>
  )
}
