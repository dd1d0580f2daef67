import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'

const items = [
  { to: paths.home.getHref(), label: 'Overview', end: true },
  { to: paths.learning.enrolments.getHref(), label: 'Enrolments' },
  { to: paths.learning.contracts.getHref(), label: 'Contracts' },
  { to: paths.learning.events.getHref(), label: 'Events' },
  { to: paths.learning.invoices.getHref(), label: 'Invoices' },
  { to: paths.learning.certificates.getHref(), label: 'Certificates' },
]

/** The pages of My learning. */
export function LearningNav() {
  return <SubNav label="My learning" items={items} />
}
