import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'

export default function EmployerHomeRoute() {
  return (
    <Page title="Employer" description="Your trainees and employees, their progress, and invoices.">
      <EmptyState title="Coming soon">This part of the portal is being built.</EmptyState>
    </Page>
  )
}
