import type { Employee, Trainee } from '@vettrak-portal/contracts'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx'
import { paths } from '../../../config/paths.ts'
import { formatDate, formatName } from '../../../lib/format.ts'
import type { Site } from '../api/employer-queries.ts'
import {
  DATE_SORT_WORDS,
  RosterTable,
  type RosterColumn,
  type RosterFilter,
} from './roster-table.tsx'

const Nowrap = ({ children }: { children: string }) => (
  <span className="whitespace-nowrap">{children}</span>
)

const dateOf = (value: string | undefined) => value?.slice(0, 10)

/** A status's badge colour; the word is always shown. */
export function statusTone(status: string | undefined): BadgeTone {
  const s = (status ?? '').toLowerCase()
  if (/complet|achiev/.test(s)) return 'success'
  if (/cancel|withdr|terminat|expir/.test(s)) return 'danger'
  if (/suspend|hold|pending|defer/.test(s)) return 'warning'
  if (/active|current|progress|registered|commenc/.test(s)) return 'info'
  return 'neutral'
}

const traineeName = (t: Trainee) => [t.surname, t.givenName].filter(Boolean).join(', ')
const qualification = (t: Trainee) =>
  [t.qualificationCode, t.qualificationName].filter(Boolean).join(' ') || undefined

const traineeFilters: RosterFilter<Trainee>[] = [
  { id: 'site-name', label: 'Filter by site', value: (t) => t.employerName },
  { id: 'status', label: 'Filter by status', value: (t) => t.status },
]

/** The trainees of the chosen sites: virtualised, searchable, sortable, exportable. */
export function TraineeTable({ trainees, site }: { trainees: readonly Trainee[]; site: Site }) {
  const columns = useMemo(() => traineeColumns(site), [site])
  return (
    <RosterTable
      rows={trainees}
      columns={columns}
      filters={traineeFilters}
      caption="Trainees"
      noun="trainees"
      searchLabel="Search by name, client code, qualification or site"
      fileName="trainees.csv"
      rowKey={(t) => String(t.contractId)}
      rowHref={(t) => paths.employer.trainee.getHref(t.contractId, site)}
      initialSort={{ columnId: 'name', direction: 'ascending' }}
    />
  )
}

function traineeColumns(site: Site): RosterColumn<Trainee>[] {
  return [
    {
      id: 'name',
      header: 'Name',
      width: '11rem',
      value: traineeName,
      render: (t) => (
        <Link
          to={paths.employer.trainee.getHref(t.contractId, site)}
          tabIndex={-1}
          className="font-medium text-brand-800 underline underline-offset-2 hover:no-underline dark:text-brand-200"
        >
          {formatName(t, 'Unnamed trainee')}
        </Link>
      ),
    },
    { id: 'code', header: 'Client code', width: '7.5rem', value: (t) => t.clientCode },
    {
      id: 'qualification',
      header: 'Qualification',
      width: '16rem',
      value: qualification,
      render: (t) => (
        <>
          <span className="font-medium">{t.qualificationCode}</span>{' '}
          <span className="text-slate-700 dark:text-slate-300">{t.qualificationName}</span>
        </>
      ),
    },
    { id: 'site', header: 'Site', width: '10rem', value: (t) => t.employerName },
    {
      id: 'status',
      header: 'Status',
      width: '7.5rem',
      value: (t) => t.status,
      render: (t) => (t.status ? <Badge tone={statusTone(t.status)}>{t.status}</Badge> : null),
    },
    {
      id: 'start',
      header: 'Start',
      width: '7rem',
      searchable: false,
      sortWords: DATE_SORT_WORDS,
      value: (t) => dateOf(t.startDate),
      render: (t) => (t.startDate ? <Nowrap>{formatDate(t.startDate)}</Nowrap> : null),
    },
    {
      id: 'end',
      header: 'Ends',
      width: '7rem',
      searchable: false,
      sortWords: DATE_SORT_WORDS,
      value: (t) => dateOf(t.endDate),
      render: (t) => (t.endDate ? <Nowrap>{formatDate(t.endDate)}</Nowrap> : null),
    },
  ]
}

const employeeName = (e: Employee) => [e.surname, e.givenName].filter(Boolean).join(', ')

const employeeFilters: RosterFilter<Employee>[] = [
  { id: 'site-name', label: 'Filter by site', value: (e) => e.employerName },
]

const employeeColumns: RosterColumn<Employee>[] = [
  {
    id: 'name',
    header: 'Name',
    width: '11rem',
    value: employeeName,
    render: (e) => <span className="font-medium">{formatName(e, 'Unnamed employee')}</span>,
  },
  { id: 'code', header: 'Client code', width: '7.5rem', value: (e) => e.clientCode },
  { id: 'position', header: 'Position', width: '11rem', value: (e) => e.position },
  { id: 'site', header: 'Site', width: '10rem', value: (e) => e.employerName },
  {
    id: 'email',
    header: 'Email',
    width: '16rem',
    value: (e) => e.email,
    render: (e) =>
      e.email ? (
        <a
          href={`mailto:${e.email}`}
          className="break-all text-brand-800 underline underline-offset-2 dark:text-brand-200"
        >
          {e.email}
        </a>
      ) : null,
  },
  {
    id: 'commenced',
    header: 'Commenced',
    width: '8rem',
    searchable: false,
    sortWords: DATE_SORT_WORDS,
    value: (e) => dateOf(e.commenced),
    render: (e) => (e.commenced ? <Nowrap>{formatDate(e.commenced)}</Nowrap> : null),
  },
]

/** The employees of the chosen sites, as the trainees. */
export function EmployeeTable({ employees }: { employees: readonly Employee[] }) {
  return (
    <RosterTable
      rows={employees}
      columns={employeeColumns}
      filters={employeeFilters}
      caption="Employees"
      noun="employees"
      searchLabel="Search by name, client code, position or site"
      fileName="employees.csv"
      rowKey={(e) => e.clientCode}
      initialSort={{ columnId: 'name', direction: 'ascending' }}
    />
  )
}
