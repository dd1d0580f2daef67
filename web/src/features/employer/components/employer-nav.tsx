import type { FeatureName, Features } from '@vettrak-portal/contracts'
import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'
import type { Site } from '../api/employer-queries.ts'

const items = [
  { label: 'Overview', href: paths.employer.root.getHref, end: true, feature: 'employer' },
  { label: 'Trainees', href: paths.employer.trainees.getHref, end: false, feature: 'trainees' },
  { label: 'Employees', href: paths.employer.employees.getHref, end: true, feature: 'employees' },
  {
    label: 'Enrolments',
    href: paths.employer.enrolments.getHref,
    end: true,
    feature: 'employerEnrolments',
  },
  {
    label: 'Invoices',
    href: paths.employer.invoices.getHref,
    end: true,
    feature: 'employerInvoices',
  },
  { label: 'Events', href: paths.employer.events.getHref, end: true, feature: 'employerEvents' },
  { label: 'Classes', href: paths.employer.occurrences.getHref, end: true, feature: 'occurrences' },
  {
    label: 'Contacts',
    href: paths.employer.contacts.getHref,
    end: true,
    feature: 'employerContacts',
  },
] as const satisfies readonly { label: string; href: unknown; end: boolean; feature: FeatureName }[]

/** The employer area's pages this RTO's VETtrak offers; each link keeps the chosen site. */
export function EmployerNav({ site, features }: { site: Site; features: Features }) {
  return (
    <SubNav
      label="Employer"
      items={items
        .filter((item) => features[item.feature])
        .map((item) => ({ to: item.href(site), label: item.label, end: item.end }))}
    />
  )
}
