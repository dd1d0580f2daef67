import type { FeatureName, Features } from '@vettrak-portal/contracts'
import { SubNav } from '../../../components/layout/sub-nav.tsx'
import { paths } from '../../../config/paths.ts'

const items: { to: string; label: string; end?: boolean; feature?: FeatureName }[] = [
  { to: paths.home.getHref(), label: 'Overview', end: true },
  { to: paths.learning.enrolments.getHref(), label: 'Enrolments', feature: 'enrolments' },
  { to: paths.learning.contracts.getHref(), label: 'Contracts', feature: 'contracts' },
  { to: paths.learning.events.getHref(), label: 'Events', feature: 'events' },
  { to: paths.learning.invoices.getHref(), label: 'Invoices', feature: 'invoices' },
  { to: paths.learning.certificates.getHref(), label: 'Certificates', feature: 'certificates' },
]

/** The pages of My learning that this RTO's VETtrak offers. */
export function LearningNav({ features }: { features: Features }) {
  const offered = items.filter((item) => item.feature === undefined || features[item.feature])
  return <SubNav label="My learning" items={offered} />
}
