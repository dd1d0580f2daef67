import { useQuery } from '@tanstack/react-query'
import type { Event, TraineeDetail } from '@vettrak-portal/contracts'
import type { ReactNode } from 'react'
import { Badge } from '../../../components/ui/badge.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { ErrorBanner } from '../../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../../components/ui/skeleton.tsx'
import { formatDate, formatTime } from '../../../lib/format.ts'
import { employerQueries, type Site } from '../api/employer-queries.ts'
import { statusTone } from './trainee-table.tsx'

/** The contract's status in words: VETtrak's name for it, never a bare code. */
export function contractStatusLabel(status: string | undefined): string {
  const text = status?.trim()
  return text && !/^-?\d+$/.test(text) ? text : 'Status not recorded'
}

/**
 * A trainee's training contract (number, status, dates) and the visits still to come (when the
 * RTO's VETtrak offers employer events).
 */
export function TraineeContract({ contractId, site }: { contractId: number; site: Site }) {
  const trainee = useQuery(employerQueries.trainee(contractId, site))
  if (trainee.isPending)
    return (
      <Card title="Training contract" aria-label="Training contract">
        <SkeletonLines lines={4} label="Loading the training contract" />
      </Card>
    )
  if (trainee.isError)
    return (
      <ErrorBanner
        title="The training contract could not be loaded"
        message={trainee.error.message}
        onRetry={() => void trainee.refetch()}
        isRetrying={trainee.isFetching}
      />
    )
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <ContractCard trainee={trainee.data} />
      {trainee.data.upcoming ? <UpcomingVisits events={trainee.data.upcoming} /> : null}
    </div>
  )
}

function ContractCard({ trainee }: { trainee: TraineeDetail }) {
  const status = contractStatusLabel(trainee.status)
  const rows: Array<[string, ReactNode]> = [
    ['Contract number', trainee.contractCode ?? 'Not recorded'],
    ['Status', <Badge tone={statusTone(trainee.status)}>{status}</Badge>],
    ['Type', trainee.contractType ?? 'Not recorded'],
    ['Start date', trainee.startDate ? formatDate(trainee.startDate) : 'Not recorded'],
    ['End date', trainee.endDate ? formatDate(trainee.endDate) : 'Not recorded'],
  ]
  return (
    <Card title="Training contract" aria-label="Training contract">
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        {rows.map(([term, value]) => (
          <div key={term} className="contents">
            <dt className="text-slate-700 dark:text-slate-300">{term}</dt>
            <dd className="font-medium text-slate-900 dark:text-slate-100">{value}</dd>
          </div>
        ))}
      </dl>
    </Card>
  )
}

function UpcomingVisits({ events }: { events: Event[] }) {
  return (
    <Card title="Upcoming visits" aria-label="Upcoming visits">
      {events.length === 0 ? (
        <EmptyState title="No upcoming visits">
          Nothing is booked for this contract from now on.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200 dark:divide-slate-700">
          {events.map((event) => (
            <li key={event.id} className="py-2">
              <p className="font-medium text-slate-900 dark:text-slate-100">
                {event.name ?? 'Visit'}
              </p>
              <p className="text-sm text-slate-700 dark:text-slate-300">
                {formatDate(event.start, 'long')}, {formatTime(event.start)}
                {event.finish ? ` to ${formatTime(event.finish)}` : ''}
              </p>
              {event.description ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">{event.description}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  )
}
