import type { Award } from '@vettrak-portal/contracts'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { TBody, THead, Table, Td, Th, Tr } from '../../../components/ui/table.tsx'
import { formatDate, todayLocal } from '../../../lib/format.ts'
import { AwardCheck, type AwardHolder } from './award-check.tsx'
import { AlertBadge } from './status-badges.tsx'

/**
 * Certificates and statements of attainment: qualification, number, date, expiry; with `holder`,
 * also a link and a QR code to the public check of each numbered one.
 */
export function AwardList({
  awards,
  today = todayLocal(),
  emptyMessage = 'Your certificates and statements of attainment appear here once your training organisation issues them.',
  holder,
}: {
  awards: Award[]
  /** `YYYY-MM-DD`, to mark expired ones; the browser's date unless given. */
  today?: string
  emptyMessage?: string
  /** The holder's names as printed, when anyone may check these certificates online. */
  holder?: AwardHolder | undefined
}) {
  if (awards.length === 0)
    return <EmptyState title="No certificates yet">{emptyMessage}</EmptyState>
  return (
    <Table caption="Your certificates" captionHidden stacked>
      <THead>
        <tr>
          <Th>Qualification</Th>
          <Th>Certificate number</Th>
          <Th>Issued</Th>
          <Th>Expiry</Th>
          {holder ? <Th>Check online</Th> : null}
        </tr>
      </THead>
      <TBody>
        {awards.map((award) => {
          const expired = award.expiry ? award.expiry.slice(0, 10) < today : false
          return (
            <Tr key={award.id}>
              <Td className="min-w-56">
                <span className="block font-medium text-slate-900 dark:text-white">
                  {award.qualificationName ?? award.qualificationCode ?? 'Qualification'}
                </span>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {[award.qualificationCode, award.awardType].filter(Boolean).join(' · ')}
                </span>
              </Td>
              <Td label="Certificate number" className="whitespace-nowrap">
                <span className="font-mono">{award.certificateNumber ?? '—'}</span>
              </Td>
              <Td label="Issued" className="whitespace-nowrap">
                {award.recorded ? formatDate(award.recorded) : '—'}
              </Td>
              <Td label="Expiry" className="whitespace-nowrap">
                {award.expiry ? (
                  <span className="flex flex-wrap items-center gap-2">
                    {formatDate(award.expiry)}
                    {expired ? <AlertBadge>Expired</AlertBadge> : null}
                  </span>
                ) : (
                  'No expiry date'
                )}
              </Td>
              {holder ? (
                <Td>
                  {award.certificateNumber ? (
                    <AwardCheck
                      holder={holder}
                      parchmentNumber={award.certificateNumber}
                      qualification={
                        award.qualificationName ?? award.qualificationCode ?? 'this certificate'
                      }
                    />
                  ) : (
                    '—'
                  )}
                </Td>
              ) : null}
            </Tr>
          )
        })}
      </TBody>
    </Table>
  )
}
