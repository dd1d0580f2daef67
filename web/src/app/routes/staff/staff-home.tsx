import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'

export default function StaffHomeRoute() {
  return (
    <Page title="Staff" description="Find a learner by name, client code or email.">
      <EmptyState title="Coming soon">This part of the portal is being built.</EmptyState>
    </Page>
  )
}
