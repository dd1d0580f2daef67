import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { EnrolmentTable } from '../../../features/employer/components/enrolment-table.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.enrolments(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function EnrolmentsRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.enrolments(site))
  const active = data.items.filter((e) => e.state === 'active').length
  return (
    <Page
      title="Enrolments"
      description={`${data.items.length.toLocaleString('en-AU')} enrolments, ${active.toLocaleString('en-AU')} active.`}
    >
      {data.items.length === 0 ? (
        <EmptyState title="No enrolments">No enrolments are linked to these sites.</EmptyState>
      ) : (
        <EnrolmentTable enrolments={data.items} site={site} />
      )}
    </Page>
  )
}
