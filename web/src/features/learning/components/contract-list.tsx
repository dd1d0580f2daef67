import type { Contract } from '@vettrak-portal/contracts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { formatDate } from '../../../lib/format.ts'
import { DetailList, dateRange } from './detail-list.tsx'
import { enrolmentName } from './enrolment-list.tsx'
import { RecordCardHeader } from './record-card-header.tsx'
import { EnrolmentStatusBadge } from './status-badges.tsx'

/** Traineeship and apprenticeship contracts as cards: employer, type, dates, status. */
export function ContractList({
  contracts,
  getHref,
  headingLevel = 2,
  emptyMessage = 'You have no traineeship or apprenticeship contracts recorded in VETtrak.',
}: {
  contracts: Contract[]
  /** Where a contract's name links to (its units); no links without it. */
  getHref?: (contract: Contract) => string
  headingLevel?: 2 | 3
  emptyMessage?: string
}) {
  if (contracts.length === 0) return <EmptyState title="No contracts">{emptyMessage}</EmptyState>
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {contracts.map((contract) => {
        const href = getHref?.(contract)
        const name = enrolmentName(contract)
        return (
          <li
            key={contract.id}
            className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900"
          >
            <RecordCardHeader
              name={name}
              code={contract.qualificationCode}
              href={href}
              headingLevel={headingLevel}
              badge={<EnrolmentStatusBadge status={contract.status} />}
            />
            <ContractDetails contract={contract} />
          </li>
        )
      })}
    </ul>
  )
}

/** A contract's particulars: employer, type, number, state, dates, status. */
export function ContractDetails({ contract }: { contract: Contract }) {
  return (
    <DetailList
      items={[
        ['Employer', contract.employerName],
        ['Type', contract.contractType],
        ['Contract number', contract.code],
        ['State', contract.state],
        ['Dates', dateRange(contract.startDate, contract.endDate, formatDate)],
        ['Status', contract.status],
      ]}
    />
  )
}
