import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { paths } from '../../../config/paths.ts'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { TraineeContract } from '../../../features/employer/components/trainee-contract.tsx'
import { UnitSummary, UnitTable } from '../../../features/learning/components/unit-table.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'
import { formatName } from '../../../lib/format.ts'

const contractIdOf = (value: string | undefined) => {
  const id = Number(value)
  if (!Number.isInteger(id) || id <= 0) throw new Response('Not found', { status: 404 })
  return id
}

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const contractId = contractIdOf(params.contractId)
    const site = await resolveSite(queryClient, request)
    // The contract and its visits load beside the units, with their own loading and error states.
    void queryClient.prefetchQuery(employerQueries.trainee(contractId, site))
    await queryClient.ensureQueryData(employerQueries.traineeUnits(contractId, site))
    return null
  }

export default function TraineeRoute() {
  const params = useParams()
  const contractId = contractIdOf(params.contractId)
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.traineeUnits(contractId, site))
  const { data: trainee } = useQuery(employerQueries.trainee(contractId, site))
  const title = trainee ? formatName(trainee, 'Trainee') : 'Trainee'
  return (
    <Page
      title={title}
      description={
        trainee ? (
          <>
            {[trainee.qualificationCode, trainee.qualificationName].filter(Boolean).join(' ')}
            {trainee.employerName ? ` · ${trainee.employerName}` : ''}
          </>
        ) : (
          `Training contract ${contractId}`
        )
      }
      actions={
        <Link
          to={paths.employer.trainees.getHref(site)}
          className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200"
        >
          Back to trainees
        </Link>
      }
    >
      <div className="space-y-6">
        <TraineeContract contractId={contractId} site={site} />
        {data.items.length === 0 ? (
          <EmptyState title="No units yet">
            No units are recorded for this training contract.
          </EmptyState>
        ) : (
          <>
            <UnitSummary units={data.items} />
            <UnitTable units={data.items} caption="Units of the training contract" />
          </>
        )}
      </div>
    </Page>
  )
}
