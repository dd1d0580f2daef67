import type { Enrolment } from '@vettrak-portal/contracts'
import { Badge } from '../../../components/ui/badge.tsx'
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx'
import { formatDate, formatName } from '../../../lib/format.ts'
import { statusTone } from './trainee-table.tsx'

/** Enrolments linked to the employer: who, in what, how far through, and when. */
export function EnrolmentTable({ enrolments }: { enrolments: readonly Enrolment[] }) {
  return (
    <Table caption="Enrolments" captionHidden>
      <THead>
        <Tr>
          <Th>Learner</Th>
          <Th>Qualification or course</Th>
          <Th>Status</Th>
          <Th>Progress</Th>
          <Th>Dates</Th>
        </Tr>
      </THead>
      <TBody>
        {enrolments.map((enrolment) => {
          const progress = enrolment.progress
          return (
            <Tr key={enrolment.id}>
              <Td>
                <span className="font-medium">
                  {enrolment.learner
                    ? formatName(enrolment.learner, enrolment.learner.clientCode)
                    : '—'}
                </span>
                {enrolment.learner ? (
                  <span className="block text-sm text-slate-600 dark:text-slate-300">
                    {enrolment.learner.clientCode}
                  </span>
                ) : null}
              </Td>
              <Td className="min-w-56">
                <span className="font-medium">{enrolment.qualificationCode ?? enrolment.code}</span>{' '}
                {enrolment.qualificationName}
                {enrolment.location ? (
                  <span className="block text-sm text-slate-600 dark:text-slate-300">
                    {enrolment.location}
                  </span>
                ) : null}
              </Td>
              <Td>
                {enrolment.status ? (
                  <Badge tone={statusTone(enrolment.status)}>{enrolment.status}</Badge>
                ) : null}
              </Td>
              <Td className="whitespace-nowrap tabular-nums">
                {progress && progress.total > 0 ? (
                  <>
                    <progress
                      value={progress.achieved}
                      max={progress.total}
                      aria-label={`Units achieved by ${formatName(enrolment.learner ?? {}, 'the learner')}`}
                      className="mr-2 h-2 w-20 align-middle accent-brand-700"
                    />
                    {progress.achieved} of {progress.total}
                  </>
                ) : (
                  '—'
                )}
              </Td>
              <Td className="whitespace-nowrap">
                {enrolment.startDate ? formatDate(enrolment.startDate) : '—'}
                {' to '}
                {enrolment.endDate ? formatDate(enrolment.endDate) : '—'}
              </Td>
            </Tr>
          )
        })}
      </TBody>
    </Table>
  )
}
