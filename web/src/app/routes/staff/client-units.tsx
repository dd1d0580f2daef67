import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useLocation, useParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { paths } from '../../../config/paths.ts'
import { ContractDetails } from '../../../features/learning/components/contract-list.tsx'
import { enrolmentName } from '../../../features/learning/components/enrolment-list.tsx'
import { UnitSummary, UnitTable } from '../../../features/learning/components/unit-table.tsx'
import { staffQueries } from '../../../features/staff/api/staff-queries.ts'
import { formatName } from '../../../lib/format.ts'

type Kind = 'enrolments' | 'contracts'

function recordOf(pathname: string, params: Record<string, string | undefined>) {
  const id = Number(params.id)
  if (!Number.isInteger(id) || id <= 0) throw new Response('Not found', { status: 404 })
  const kind: Kind = pathname.includes('/contracts/') ? 'contracts' : 'enrolments'
  return { code: params.code ?? '', id, kind }
}

const unitsQuery = (code: string, id: number, kind: Kind) =>
  kind === 'contracts'
    ? staffQueries.contractUnits(code, id)
    : staffQueries.enrolmentUnits(code, id)

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request, params }: LoaderFunctionArgs) => {
    const { code, id, kind } = recordOf(new URL(request.url).pathname, params)
    void queryClient.prefetchQuery(staffQueries.profile(code))
    if (kind === 'contracts') void queryClient.prefetchQuery(staffQueries.contracts(code))
    else void queryClient.prefetchQuery(staffQueries.enrolments(code))
    await queryClient.ensureQueryData(unitsQuery(code, id, kind))
    return null
  }

/** The units of one of a client's enrolments or contracts. */
export default function ClientUnitsRoute() {
  const { pathname } = useLocation()
  const { code, id, kind } = recordOf(pathname, useParams())
  const { data: units } = useSuspenseQuery(unitsQuery(code, id, kind))
  const profile = useQuery(staffQueries.profile(code))
  const enrolments = useQuery({ ...staffQueries.enrolments(code), enabled: kind === 'enrolments' })
  const contracts = useQuery({ ...staffQueries.contracts(code), enabled: kind === 'contracts' })
  const record =
    kind === 'contracts'
      ? contracts.data?.items.find((c) => c.id === id)
      : enrolments.data?.items.find((e) => e.id === id)
  const contract = kind === 'contracts' ? contracts.data?.items.find((c) => c.id === id) : undefined
  const who = profile.data ? formatName(profile.data, code) : code
  const title = record ? enrolmentName(record) : kind === 'contracts' ? 'Contract' : 'Enrolment'

  return (
    <Page
      title={title}
      description={`${who} · ${code}`}
      actions={
        <Link
          to={`${paths.staff.client.getHref(code)}#${kind}`}
          className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200"
        >
          Back to {who}
        </Link>
      }
    >
      <div className="space-y-6">
        {contract ? (
          <Card title="Contract">
            <ContractDetails contract={contract} />
          </Card>
        ) : null}
        {units.items.length === 0 ? (
          <EmptyState title="No units yet">
            No units are recorded for this {kind.slice(0, -1)}.
          </EmptyState>
        ) : (
          <>
            <UnitSummary units={units.items} />
            <UnitTable units={units.items} caption="Units" />
          </>
        )}
      </div>
    </Page>
  )
}
