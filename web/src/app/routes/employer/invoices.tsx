import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export default function InvoicesRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.invoices(site))
  return (
    <Page title="Invoices">
      {data.items.length === 0 ? <EmptyState title="No invoices" /> : <p>{data.items.length}</p>}
    </Page>
  )
}

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.invoices(await resolveSite(queryClient, request)),
    )
    return null
  }
