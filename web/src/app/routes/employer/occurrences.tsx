import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { OccurrenceTable } from '../../../features/employer/components/occurrence-table.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.occurrences(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function OccurrencesRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.occurrences(site))
  const classes = [...data.items].sort((a, b) =>
    (a.startDate ?? '').localeCompare(b.startDate ?? ''),
  )
  return (
    <Page
      title="Classes"
      description="Classes your people are booked into, a year either side of today."
    >
      {classes.length === 0 ? (
        <EmptyState title="No classes">Nobody from these sites is booked into a class.</EmptyState>
      ) : (
        <OccurrenceTable occurrences={classes} />
      )}
    </Page>
  )
}
