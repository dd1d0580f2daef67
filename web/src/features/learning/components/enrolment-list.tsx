import type { Enrolment } from '@vettrak-portal/contracts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { formatDate, formatMoney } from '../../../lib/format.ts'
import { DetailList, dateRange } from './detail-list.tsx'
import { EnrolmentProgress } from './enrolment-progress.tsx'
import { RecordCardHeader } from './record-card-header.tsx'
import { EnrolmentStatusBadge } from './status-badges.tsx'
import { locationValue } from '../../../components/ui/location-name.tsx'

/** A learner's enrolments as cards: course, status, dates, delivery, progress. */
export function EnrolmentList({
  enrolments,
  getHref,
  headingLevel = 2,
  emptyMessage = 'There are no courses recorded for you in VETtrak yet.',
}: {
  enrolments: Enrolment[]
  /** Where a course's name links to (its units); no links without it. */
  getHref?: (enrolment: Enrolment) => string
  headingLevel?: 2 | 3
  /** What the empty state says (another person's records: say whose). */
  emptyMessage?: string
}) {
  if (enrolments.length === 0) return <EmptyState title="No enrolments">{emptyMessage}</EmptyState>
  return (
    <ul className="grid gap-4 lg:grid-cols-2">
      {enrolments.map((enrolment) => {
        const name = enrolmentName(enrolment)
        const href = getHref?.(enrolment)
        return (
          <li
            key={enrolment.id}
            className="flex flex-col gap-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5 dark:border-slate-700 dark:bg-slate-900 print:break-inside-avoid"
          >
            <RecordCardHeader
              name={name}
              code={enrolment.qualificationCode}
              href={href}
              headingLevel={headingLevel}
              badge={<EnrolmentStatusBadge status={enrolment.status} state={enrolment.state} />}
            />
            <DetailList
              items={[
                ['Dates', dateRange(enrolment.startDate, enrolment.endDate, formatDate)],
                ['Delivery', enrolment.deliveryModes.join(', ')],
                ['Location', locationValue(enrolment)],
                ['Employer', enrolment.employerName],
                [
                  'Fees',
                  enrolment.amount === undefined || enrolment.amount <= 0
                    ? undefined
                    : enrolment.amountPaid === undefined
                      ? formatMoney(enrolment.amount)
                      : `${formatMoney(enrolment.amountPaid)} paid of ${formatMoney(enrolment.amount)}`,
                ],
              ]}
            />
            {enrolment.progress ? (
              <EnrolmentProgress progress={enrolment.progress} label={`Progress: ${name}`} />
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/** The course's name for headings: its qualification, else its code. */
export function enrolmentName(record: {
  qualificationName?: string | undefined
  qualificationCode?: string | undefined
  code?: string | undefined
}): string {
  return record.qualificationName ?? record.qualificationCode ?? record.code ?? 'Course'
}
