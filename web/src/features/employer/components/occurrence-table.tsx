import type { Occurrence } from '@vettrak-portal/contracts'
import { Badge } from '../../../components/ui/badge.tsx'
import { Table, TBody, Td, Th, THead, Tr } from '../../../components/ui/table.tsx'
import { LocationName } from '../../../components/ui/location-name.tsx'
import { formatDate, formatName } from '../../../lib/format.ts'

/** Names the first few shows before "and n more". */
const NAMED = 3

/** Which of the employer's people are booked in: a few by name, then how many more. */
export function bookedSummary(booked: NonNullable<Occurrence['booked']>): string {
  if (booked.length === 0) return 'None of your people listed'
  const names = booked.slice(0, NAMED).map((person) => formatName(person, person.clientCode))
  const more = booked.length - names.length
  return more > 0 ? `${names.join(', ')} and ${more} more` : names.join(', ')
}

/** Classes the employer's people are booked into: who of them, places left and taken. */
export function OccurrenceTable({ occurrences }: { occurrences: readonly Occurrence[] }) {
  return (
    <Table caption="Classes" captionHidden>
      <THead>
        <Tr>
          <Th>Class</Th>
          <Th>Dates</Th>
          <Th>Location</Th>
          <Th>Your people</Th>
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
            <Td className="min-w-48">{o.booked ? <Booked people={o.booked} /> : '—'}</Td>
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

function Booked({ people }: { people: NonNullable<Occurrence['booked']> }) {
  return (
    <>
      {people.length > 0 ? (
        <span className="block text-sm font-medium">
          {people.length === 1 ? '1 of your people' : `${people.length} of your people`}
        </span>
      ) : null}
      <span className="text-sm text-slate-700 dark:text-slate-300">{bookedSummary(people)}</span>
    </>
  )
}
