import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../../components/layout/page.tsx'
import { awardQueries } from '../../../features/learning/api/award-queries.ts'
import { AwardList } from '../../../features/learning/components/award-list.tsx'
import { sessionQueries } from '../../../features/auth/api/session-queries.ts'
import { useFeatures } from '../../../features/auth/hooks/use-features.ts'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(awardQueries.list())
  return null
}

export default function CertificatesRoute() {
  const { data } = useSuspenseQuery(awardQueries.list())
  const { data: session } = useQuery(sessionQueries.current())
  const { certificateVerification } = useFeatures()
  const { givenName, surname } = session?.user ?? {}
  const holder =
    certificateVerification && givenName && surname ? { givenName, surname } : undefined
  return (
    <Page
      title="Certificates"
      description="Qualifications and statements of attainment your training organisation has issued you."
    >
      <AwardList awards={data.items} holder={holder} />
    </Page>
  )
}
