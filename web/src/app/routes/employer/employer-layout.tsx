import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Outlet, type LoaderFunctionArgs } from 'react-router'
import { useFeatures } from '../../../features/auth/hooks/use-features.ts'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { EmployerNav } from '../../../features/employer/components/employer-nav.tsx'
import { SiteScope } from '../../../features/employer/components/site-scope.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { requireKnownSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  ({ request }: LoaderFunctionArgs) =>
    requireKnownSite(queryClient, request)

/** The employer area's frame: its pages, and which sites they show. */
export default function EmployerLayout() {
  const { data: sites } = useSuspenseQuery(employerQueries.sites())
  const [site, setSite] = useSite()
  const features = useFeatures()
  return (
    <>
      <EmployerNav site={site} features={features} />
      <SiteScope root={sites} site={site} onChange={(next) => setSite(next)} />
      <Outlet />
    </>
  )
}
