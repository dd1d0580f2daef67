import type { Occurrence } from '@vettrak-portal/contracts'
import { Badge } from '../../../components/ui/badge.tsx'
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx'
import { formatDate } from '../../../lib/format.ts'
import { LocationName } from '../../../components/ui/location-name.tsx'

/** Classes the employer's people are booked into, with places left and taken. */
export function OccurrenceTable({ occurrences }: { occurrences: readonly Occurrence[] }) {
  return (
    <Table caption="Classes" captionHidden>
      <THead>
        <Tr>
          <Th>Class</Th>
          <Th>Dates</Th>
          <Th>Location</Th>
          <Th className="text-right">Enrolled</Th>
          <Th className="text-right">Places left</Th>
        </Tr>
      </THead>
      <TBody>
        {occurrences.map((o) => (
          <Tr key={o.id}>
            <Td className="min-w-56">
              <span className="font-medium">{o.programmeName ?? o.programmeCode ?? o.code}</span>
              <span className="block text-sm text-slate-600 dark:text-slate-300">
                {[o.code, o.programmeCode].filter(Boolean).join(' · ')}
              </span>
            </Td>
            <Td className="whitespace-nowrap">
              {o.startDate ? formatDate(o.startDate) : '—'} to{' '}
              {o.endDate ? formatDate(o.endDate) : '—'}
            </Td>
            <Td>{o.location || o.locationName ? <LocationName item={o} /> : '—'}</Td>
            <Td numeric>{o.enrolled ?? '—'}</Td>
            <Td numeric>
              {o.vacancies === undefined ? (
                '—'
              ) : o.vacancies > 0 ? (
                o.vacancies
              ) : (
                <Badge tone="warning">Full</Badge>
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  )
}
