import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'
import { EventList } from '../../../features/learning/components/event-list.tsx'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.events(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function EventsRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.events(site))
  return (
    <Page
      title="Events"
      description="Site visits, assessments and meetings for these sites, a year either side of today."
    >
      <EventList events={data.items} />
    </Page>
  )
}
