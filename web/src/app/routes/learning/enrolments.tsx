import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../../components/layout/page.tsx'
import { paths } from '../../../config/paths.ts'
import { enrolmentQueries } from '../../../features/learning/api/enrolment-queries.ts'
import { EnrolmentList } from '../../../features/learning/components/enrolment-list.tsx'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(enrolmentQueries.list())
  return null
}

export default function EnrolmentsRoute() {
  const { data } = useSuspenseQuery(enrolmentQueries.list())
  return (
    <Page
      title="Enrolments"
      description="Your courses, their status and how far through them you are."
    >
      <EnrolmentList
        enrolments={data.items}
        getHref={(enrolment) => paths.learning.enrolment.getHref(enrolment.id)}
      />
    </Page>
  )
}
