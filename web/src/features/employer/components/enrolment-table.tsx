import { useQuery } from '@tanstack/react-query'
import type { Enrolment } from '@vettrak-portal/contracts'
import { useEffect, useMemo, useState } from 'react'
import { Badge } from '../../../components/ui/badge.tsx'
import { formatDate, formatName } from '../../../lib/format.ts'
import { employerQueries, type Site } from '../api/employer-queries.ts'
import type { CsvColumn } from '../utils/csv.ts'
import {
  DATE_SORT_WORDS,
  RosterTable,
  type RosterColumn,
  type RosterFilter,
} from './roster-table.tsx'
import { statusTone } from './trainee-table.tsx'
import { LocationName, locationText } from '../../../components/ui/location-name.tsx'

/** A row that stays in view this long asks for its progress; rows scrolled past never do. */
const PROGRESS_AFTER_MS = 150

const dateOf = (value: string | undefined) => value?.slice(0, 10)
const learnerName = (e: Enrolment) =>
  [e.learner?.surname, e.learner?.givenName].filter(Boolean).join(', ') || undefined
const course = (e: Enrolment) =>
  [e.qualificationCode ?? e.code, e.qualificationName].filter(Boolean).join(' ') || undefined

const csvExtras: CsvColumn<Enrolment>[] = [
  { header: 'Client code', value: (e) => e.learner?.clientCode },
  { header: 'Location', value: locationText },
]

const enrolmentFilters: RosterFilter<Enrolment>[] = [
  { id: 'site-name', label: 'Filter by site', value: (e) => e.employerName },
  { id: 'status', label: 'Filter by status', value: (e) => e.status },
]

/**
 * The enrolments linked to the chosen sites: virtualised, searchable, sortable, filterable and
 * exportable as the trainees are. Progress is asked for as rows come into view, a screenful a
 * request, so it is neither sorted by nor exported.
 */
export function EnrolmentTable({
  enrolments,
  site,
}: {
  enrolments: readonly Enrolment[]
  site: Site
}) {
  const columns = useMemo(() => enrolmentColumns(site), [site])
  return (
    <RosterTable
      rows={enrolments}
      columns={columns}
      filters={enrolmentFilters}
      caption="Enrolments"
      noun="enrolments"
      searchLabel="Search by learner, client code, course, site or location"
      fileName="enrolments.csv"
      rowKey={(e) => String(e.id)}
      csvExtras={csvExtras}
      initialSort={{ columnId: 'learner', direction: 'ascending' }}
    />
  )
}

function enrolmentColumns(site: Site): RosterColumn<Enrolment>[] {
  return [
    {
      id: 'learner',
      header: 'Learner',
      width: '12rem',
      // The client code (and below, the location) is searched and exported as a fact of its own.
      value: learnerName,
      render: (e) => (
        <>
          <span className="block font-medium">
            {formatName(e.learner ?? {}, 'Unnamed learner')}
          </span>
          <span className="text-sm text-slate-600 dark:text-slate-300">
            {e.learner?.clientCode}
          </span>
        </>
      ),
    },
    {
      id: 'course',
      header: 'Qualification or course',
      width: '16rem',
      value: course,
      render: (e) => (
        <>
          <span className="font-medium">{e.qualificationCode ?? e.code}</span>{' '}
          <span className="text-slate-700 dark:text-slate-300">{e.qualificationName}</span>
          <LocationName item={e} className="block text-sm text-slate-600 dark:text-slate-300" />
        </>
      ),
    },
    { id: 'site', header: 'Site', width: '10rem', value: (e) => e.employerName },
    {
      id: 'status',
      header: 'Status',
      width: '7.5rem',
      value: (e) => e.status,
      render: (e) => (e.status ? <Badge tone={statusTone(e.status)}>{e.status}</Badge> : null),
    },
    {
      id: 'progress',
      header: 'Progress',
      width: '9rem',
      searchable: false,
      sortable: false,
      exported: false,
      value: () => undefined,
      render: (e) => <ProgressCell enrolment={e} site={site} />,
    },
    {
      id: 'start',
      header: 'Start',
      width: '7rem',
      searchable: false,
      sortWords: DATE_SORT_WORDS,
      value: (e) => dateOf(e.startDate),
      render: (e) => (e.startDate ? <Nowrap>{formatDate(e.startDate)}</Nowrap> : null),
    },
    {
      id: 'end',
      header: 'Ends',
      width: '7rem',
      searchable: false,
      sortWords: DATE_SORT_WORDS,
      value: (e) => dateOf(e.endDate),
      render: (e) => (e.endDate ? <Nowrap>{formatDate(e.endDate)}</Nowrap> : null),
    },
  ]
}

const Nowrap = ({ children }: { children: string }) => (
  <span className="whitespace-nowrap">{children}</span>
)

/** Units achieved of all, asked for once the row has stayed in view a moment. */
function ProgressCell({ enrolment, site }: { enrolment: Enrolment; site: Site }) {
  const [settled, setSettled] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), PROGRESS_AFTER_MS)
    return () => clearTimeout(timer)
  }, [])
  const known = enrolment.progress
  const progress = useQuery({
    ...employerQueries.enrolmentProgress(site, enrolment.id),
    enabled: settled && !known,
  })
  const value = known ?? progress.data
  if (value === undefined) {
    if (progress.isError)
      return <span className="text-slate-600 dark:text-slate-300">Not available</span>
    return (
      <span className="text-slate-600 dark:text-slate-300">
        <span aria-hidden="true">…</span>
        <span className="sr-only">Loading progress</span>
      </span>
    )
  }
  if (value === null || value.total === 0) return <span aria-label="No progress recorded">—</span>
  return (
    <span className="whitespace-nowrap tabular-nums">
      <progress
        value={value.achieved}
        max={value.total}
        aria-label={`Units achieved by ${formatName(enrolment.learner ?? {}, 'the learner')}`}
        className="mr-2 h-2 w-14 align-middle accent-brand-700"
      />
      {value.achieved} of {value.total}
    </span>
  )
}
