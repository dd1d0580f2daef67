import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'
import type { Site } from '../api/employer-queries.ts'

const items = [
  { label: 'Overview', href: paths.employer.root.getHref, end: true },
  { label: 'Trainees', href: paths.employer.trainees.getHref, end: false },
  { label: 'Employees', href: paths.employer.employees.getHref, end: true },
  { label: 'Enrolments', href: paths.employer.enrolments.getHref, end: true },
  { label: 'Invoices', href: paths.employer.invoices.getHref, end: true },
  { label: 'Events', href: paths.employer.events.getHref, end: true },
  { label: 'Classes', href: paths.employer.occurrences.getHref, end: true },
  { label: 'Contacts', href: paths.employer.contacts.getHref, end: true },
] as const

/** The employer area's pages; each link keeps the chosen site. */
export function EmployerNav({ site }: { site: Site }) {
  return (
    <SubNav
      label="Employer"
      items={items.map((item) => ({ to: item.href(site), label: item.label, end: item.end }))}
    />
  )
}
