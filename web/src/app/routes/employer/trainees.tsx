import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { TraineeTable } from '../../../features/employer/components/trainee-table.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.trainees(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function TraineesRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.trainees(site))
  return (
    <Page title="Trainees" description="Apprentices and trainees under a training contract.">
      {data.items.length === 0 ? (
        <EmptyState title="No trainees">No trainees are linked to these sites.</EmptyState>
      ) : (
        <TraineeTable trainees={data.items} site={site} />
      )}
    </Page>
  )
}
