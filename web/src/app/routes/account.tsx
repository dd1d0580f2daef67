import { useSuspenseQuery } from '@tanstack/react-query'
import { Page } from '../../components/layout/page.tsx'
import { Card } from '../../components/ui/card.tsx'
import { sessionQueries } from '../../features/auth/api/session-queries.ts'
import { formatName } from '../../lib/format.ts'

export default function AccountRoute() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const { user } = session
  return (
    <Page title="Account">
      <Card title="Your details">
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700 dark:text-slate-300">Name</dt>
          <dd>{formatName(user, '—')}</dd>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Email</dt>
          <dd>{user.email ?? '—'}</dd>
          <dt className="font-medium text-slate-700 dark:text-slate-300">Client code</dt>
          <dd className="font-mono">{user.clientCode}</dd>
        </dl>
      </Card>
    </Page>
  )
}
