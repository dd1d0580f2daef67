import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../../components/layout/page.tsx'
import { awardQueries } from '../../../features/learning/api/award-queries.ts'
import { AwardList } from '../../../features/learning/components/award-list.tsx'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(awardQueries.list())
  return null
}

export default function CertificatesRoute() {
  const { data } = useSuspenseQuery(awardQueries.list())
  return (
    <Page
      title="Certificates"
      description="Qualifications and statements of attainment your training organisation has issued you."
    >
      <AwardList awards={data.items} />
    </Page>
  )
}
