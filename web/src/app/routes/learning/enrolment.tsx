import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { enrolmentQueries } from '../../../features/learning/api/enrolment-queries.ts'
import { DetailList, dateRange } from '../../../features/learning/components/detail-list.tsx'
import { enrolmentName } from '../../../features/learning/components/enrolment-list.tsx'
import { EnrolmentStatusBadge } from '../../../features/learning/components/status-badges.tsx'
import { UnitSummary, UnitTable } from '../../../features/learning/components/unit-table.tsx'
import { formatDate } from '../../../lib/format.ts'
import { notFound, recordId } from './record-id.ts'
import { locationValue } from '../../../components/ui/location-name.tsx'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = recordId(params)
    const [list] = await Promise.all([
      queryClient.ensureQueryData(enrolmentQueries.list()),
      queryClient.ensureQueryData(enrolmentQueries.units(id)),
    ])
    if (!list.items.some((enrolment) => enrolment.id === id)) notFound()
    return null
  }

export default function EnrolmentRoute() {
  const id = Number(useParams().id)
  const { data: list } = useSuspenseQuery(enrolmentQueries.list())
  const { data: units } = useSuspenseQuery(enrolmentQueries.units(id))
  const enrolment = list.items.find((item) => item.id === id)
  if (!enrolment) return null
  const name = enrolmentName(enrolment)
  return (
    <Page
      title={name}
      description={
        <span className="flex flex-wrap items-center gap-2">
          {enrolment.qualificationCode ? (
            <span className="font-mono">{enrolment.qualificationCode}</span>
          ) : null}
          <EnrolmentStatusBadge status={enrolment.status} state={enrolment.state} />
        </span>
      }
    >
      <p className="mb-4 print:hidden">
        <Link
          to={paths.learning.enrolments.getHref()}
          className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-200"
        >
          <span aria-hidden="true">← </span>All enrolments
        </Link>
      </p>
      <div className="space-y-6">
        <Card title="Summary" aria-label="Summary">
          <div className="grid gap-6 md:grid-cols-2">
            <UnitSummary units={units.items} />
            <DetailList
              items={[
                ['Dates', dateRange(enrolment.startDate, enrolment.endDate, formatDate)],
                ['Delivery', enrolment.deliveryModes.join(', ')],
                ['Location', locationValue(enrolment)],
                ['Employer', enrolment.employerName],
              ]}
            />
          </div>
        </Card>
        <UnitTable units={units.items} caption={`Units of ${name}`} />
      </div>
    </Page>
  )
}
