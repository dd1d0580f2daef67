import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../../components/layout/page.tsx'
import { paths } from '../../../config/paths.ts'
import { contractQueries } from '../../../features/learning/api/contract-queries.ts'
import { ContractList } from '../../../features/learning/components/contract-list.tsx'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(contractQueries.list())
  return null
}

export default function ContractsRoute() {
  const { data } = useSuspenseQuery(contractQueries.list())
  return (
    <Page title="Contracts" description="Your traineeship and apprenticeship training contracts.">
      <ContractList
        contracts={data.items}
        getHref={(contract) => paths.learning.contract.getHref(contract.id)}
      />
    </Page>
  )
}
