import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { EmployeeTable } from '../../../features/employer/components/trainee-table.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.employees(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function EmployeesRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.employees(site))
  return (
    <Page title="Employees" description="People VETtrak records as working for these sites.">
      {data.items.length === 0 ? (
        <EmptyState title="No employees">No employees are linked to these sites.</EmptyState>
      ) : (
        <EmployeeTable employees={data.items} />
      )}
    </Page>
  )
}
