import type { Contract } from '@vettrak-portal/contracts'
import { Link } from 'react-router'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { formatDate } from '../../../lib/format.ts'
import { DetailList, dateRange } from './detail-list.tsx'
import { enrolmentName } from './enrolment-list.tsx'
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
  const Heading = `h${headingLevel}` as const
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
            <div className="flex flex-wrap items-start justify-between gap-2">
              <div className="min-w-0">
                <Heading className="text-lg font-semibold text-slate-900 dark:text-white">
                  {href ? (
                    <Link
                      to={href}
                      className="text-brand-800 underline underline-offset-4 hover:text-brand-900 dark:text-brand-200 dark:hover:text-white"
                    >
                      {name}
                    </Link>
                  ) : (
                    name
                  )}
                </Heading>
                {contract.qualificationCode ? (
                  <p className="font-mono text-sm text-slate-700 dark:text-slate-300">
                    {contract.qualificationCode}
                  </p>
                ) : null}
              </div>
              <EnrolmentStatusBadge status={contract.status} />
            </div>
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
