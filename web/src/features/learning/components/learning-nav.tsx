import type { FeatureName, Features } from '@vettrak-portal/contracts'
import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'

const items: { to: string; label: string; feature: FeatureName }[] = [
  { to: paths.learning.enrolments.getHref(), label: 'Enrolments', feature: 'enrolments' },
  { to: paths.learning.contracts.getHref(), label: 'Contracts', feature: 'contracts' },
  { to: paths.learning.events.getHref(), label: 'Events', feature: 'events' },
  { to: paths.learning.invoices.getHref(), label: 'Invoices', feature: 'invoices' },
  { to: paths.learning.certificates.getHref(), label: 'Certificates', feature: 'certificates' },
]

/**
 * The pages of My learning that this RTO's VETtrak offers. Its overview is the home page, except
 * for someone acting for an employer (see `paths.learning.overview`).
 */
export function LearningNav({
  features,
  actingForEmployer,
}: {
  features: Features
  actingForEmployer: boolean
}) {
  const overview = paths.learning.overview.getHref(actingForEmployer)
  const offered = items.filter((item) => features[item.feature])
  return (
    <SubNav
      label="My learning"
      items={[{ to: overview, label: 'Overview', end: true }, ...offered]}
    />
  )
}
