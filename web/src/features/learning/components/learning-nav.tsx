import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'

const items = [
  { to: paths.learning.enrolments.getHref(), label: 'Enrolments' },
  { to: paths.learning.contracts.getHref(), label: 'Contracts' },
  { to: paths.learning.events.getHref(), label: 'Events' },
  { to: paths.learning.invoices.getHref(), label: 'Invoices' },
  { to: paths.learning.certificates.getHref(), label: 'Certificates' },
]

/**
 * The pages of My learning. Its overview is the home page, except for someone acting for an
 * employer (see `paths.learning.overview`).
 */
export function LearningNav({ actingForEmployer }: { actingForEmployer: boolean }) {
  const overview = paths.learning.overview.getHref(actingForEmployer)
  return (
    <SubNav
      label="My learning"
      items={[{ to: overview, label: 'Overview', end: true }, ...items]}
    />
  )
}
