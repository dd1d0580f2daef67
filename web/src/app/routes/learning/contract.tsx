import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { contractQueries } from '../../../features/learning/api/contract-queries.ts'
import { ContractDetails } from '../../../features/learning/components/contract-list.tsx'
import { enrolmentName } from '../../../features/learning/components/enrolment-list.tsx'
import { EnrolmentStatusBadge } from '../../../features/learning/components/status-badges.tsx'
import { UnitSummary, UnitTable } from '../../../features/learning/components/unit-table.tsx'
import { notFound, recordId } from './record-id.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const id = recordId(params)
    const [list] = await Promise.all([
      queryClient.ensureQueryData(contractQueries.list()),
      queryClient.ensureQueryData(contractQueries.units(id)),
    ])
    if (!list.items.some((contract) => contract.id === id)) notFound()
    return null
  }

export default function ContractRoute() {
  const id = Number(useParams().id)
  const { data: list } = useSuspenseQuery(contractQueries.list())
  const { data: units } = useSuspenseQuery(contractQueries.units(id))
  const contract = list.items.find((item) => item.id === id)
  if (!contract) return null
  const name = enrolmentName(contract)
  return (
    <Page
      title={name}
      description={
        <span className="flex flex-wrap items-center gap-2">
          {contract.contractType ?? 'Contract'}
          {contract.employerName ? ` with ${contract.employerName}` : ''}
          <EnrolmentStatusBadge status={contract.status} />
        </span>
      }
    >
      <p className="mb-4 print:hidden">
        <Link
          to={paths.learning.contracts.getHref()}
          className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-200"
        >
          <span aria-hidden="true">← </span>All contracts
        </Link>
      </p>
      <div className="space-y-6">
        <Card title="Contract" aria-label="Contract">
          <div className="grid gap-6 md:grid-cols-2">
            <ContractDetails contract={contract} />
            <UnitSummary units={units.items} />
          </div>
        </Card>
        <UnitTable units={units.items} caption={`Units of ${name}`} />
      </div>
    </Page>
  )
}
