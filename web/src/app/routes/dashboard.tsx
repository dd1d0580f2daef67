import { useSuspenseQuery } from '@tanstack/react-query'
import { Page } from '../../components/layout/page.tsx'
import { Card } from '../../components/ui/card.tsx'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { sessionQueries } from '../../features/auth/api/session-queries.ts'

export default function DashboardRoute() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const greeting = session.user.givenName ? `Welcome, ${session.user.givenName}` : 'Welcome'
  return (
    <Page title="My learning" description={greeting}>
      <div className="grid gap-4 md:grid-cols-2">
        <Card title="Enrolments">
          <EmptyState title="Your courses will appear here">
            Enrolments, results and progress are on their way to this page.
          </EmptyState>
        </Card>
        <Card title="Invoices">
          <EmptyState title="Your invoices will appear here" />
        </Card>
      </div>
    </Page>
  )
}
