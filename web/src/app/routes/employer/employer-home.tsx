import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { metaQueries } from '../../../features/auth/api/session-queries.ts'
import { useFeatures } from '../../../features/auth/hooks/use-features.ts'
import { AttentionList } from '../../../features/employer/components/attention-list.tsx'
import { EmployerDetailsList } from '../../../features/employer/components/employer-details.tsx'
import { EmployerTree } from '../../../features/employer/components/employer-tree.tsx'
import { Stat } from '../../../features/employer/components/stat.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'
import { findSite, totalsOf } from '../../../features/employer/utils/tree.ts'
import { formatDateTime, formatMoney, formatRelativeDays, todayLocal } from '../../../lib/format.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const site = await resolveSite(queryClient, request)
    // The figures load after the page shows; the details are needed for its title.
    void queryClient.prefetchQuery(employerQueries.enrolments(site))
    void queryClient.prefetchQuery(employerQueries.invoices(site, 'unpaid'))
    void queryClient.prefetchQuery(employerQueries.events(site))
    // The app's loader asks for the features at the same time (loaders run side by side): wait
    // for that answer rather than guess, so a feature this VETtrak lacks is never asked for.
    const meta = await queryClient.ensureQueryData(metaQueries.current()).catch(() => undefined)
    if (meta?.features.trainees !== false)
      void queryClient.prefetchQuery(employerQueries.attention(site))
    // The tree's counts are this page's own (the area's frame needs only the sites).
    await Promise.all([
      queryClient.ensureQueryData(employerQueries.details(site)),
      queryClient.ensureQueryData(employerQueries.tree()),
    ])
    return null
  }

const count = (n: number) => n.toLocaleString('en-AU')

export default function EmployerHomeRoute() {
  const [site, setSite] = useSite()
  const features = useFeatures()
  const { data: tree } = useSuspenseQuery(employerQueries.tree())
  const { data: details } = useSuspenseQuery(employerQueries.details(site))
  const enrolments = useQuery(employerQueries.enrolments(site))
  const invoices = useQuery(employerQueries.invoices(site, 'unpaid'))
  const events = useQuery(employerQueries.events(site))

  const scope = (site ? findSite(tree, site) : undefined) ?? tree
  const totals = totalsOf(scope)
  const today = todayLocal()
  const active = enrolments.data?.items.filter((e) => e.state === 'active').length ?? 0
  const owing = invoices.data?.items.reduce((sum, invoice) => sum + (invoice.owing ?? 0), 0) ?? 0
  const overdue = invoices.data?.items.filter((invoice) => invoice.overdue) ?? []
  const upcoming = (events.data?.items ?? [])
    .filter((event) => event.start.slice(0, 10) >= today)
    .sort((a, b) => a.start.localeCompare(b.start))

  return (
    <Page
      title={details.name ?? 'Employer'}
      description={
        <>
          Your trainees and employees, their progress, and invoices. Your own courses are under{' '}
          <Link
            to={paths.learning.overview.getHref(true)}
            className="font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200"
          >
            My learning
          </Link>
          .
        </>
      }
    >
      <h2 className="sr-only">At a glance</h2>
      <div className="mb-6 grid grid-cols-1 gap-4 min-[420px]:grid-cols-2 lg:grid-cols-5">
        <Stat
          label="Trainees"
          value={count(totals.trainees)}
          href={paths.employer.trainees.getHref(site)}
        />
        <Stat
          label="Employees"
          value={count(totals.employees)}
          href={paths.employer.employees.getHref(site)}
        />
        <Stat
          label="Active enrolments"
          value={enrolments.isError ? 'Not available' : count(active)}
          isLoading={enrolments.isPending}
          href={paths.employer.enrolments.getHref(site)}
        />
        <Stat
          label="Amount owing"
          value={invoices.isError ? 'Not available' : formatMoney(owing)}
          detail={overdue.length > 0 ? `${overdue.length} overdue` : undefined}
          isLoading={invoices.isPending}
          href={paths.employer.invoices.getHref(site)}
        />
        <Stat
          label="Upcoming events"
          value={events.isError ? 'Not available' : count(upcoming.length)}
          isLoading={events.isPending}
          href={paths.employer.events.getHref(site)}
        />
      </div>

      <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <Card title="Sites">
          <p className="mb-3 text-sm text-slate-700 dark:text-slate-300">
            Choose a site to show only its people and records and those of the sites under it. Each
            site&apos;s counts include the sites under it, as choosing it shows.
          </p>
          <EmployerTree
            root={tree}
            selectedId={scope.id}
            onChoose={(id) => setSite(id === tree.id ? null : id)}
          />
        </Card>
        <div className="space-y-6">
          {features.trainees ? <AttentionList site={site} /> : null}
          <Card title="Details">
            <EmployerDetailsList details={details} />
          </Card>
          <Card
            title="Coming up"
            actions={
              <Link
                to={paths.employer.events.getHref(site)}
                className="text-sm font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200"
              >
                All events
              </Link>
            }
          >
            {events.isPending ? (
              <p className="text-slate-700 dark:text-slate-300">Loading events…</p>
            ) : upcoming.length === 0 ? (
              <p className="text-slate-700 dark:text-slate-300">Nothing booked.</p>
            ) : (
              <ul className="divide-y divide-slate-200 dark:divide-slate-700">
                {upcoming.slice(0, 5).map((event) => (
                  <li key={event.id} className="py-2">
                    <p className="font-medium">{event.name ?? 'Event'}</p>
                    <p className="text-sm text-slate-700 dark:text-slate-300">
                      {formatDateTime(event.start)} ({formatRelativeDays(event.start, today)})
                    </p>
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      </div>
    </Page>
  )
}
