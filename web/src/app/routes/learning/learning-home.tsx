import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'

export default function LearningHomeRoute() {
  return (
    <Page
      title="My learning"
      description="Enrolments, results, timetable, invoices and certificates."
    >
      <EmptyState title="Coming soon">This part of the portal is being built.</EmptyState>
    </Page>
  )
}
