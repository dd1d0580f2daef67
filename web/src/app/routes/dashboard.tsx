import {
  useQuery,
  useSuspenseQuery,
  type QueryClient,
  type UseQueryResult,
} from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { Link, redirect } from 'react-router'
import { Page } from '../../components/layout/page.tsx'
import { Card } from '../../components/ui/card.tsx'
import { EmptyState } from '../../components/ui/empty-state.tsx'
import { ErrorBanner } from '../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../components/ui/skeleton.tsx'
import { paths } from '../../config/paths.ts'
import { sessionQueries } from '../../features/auth/api/session-queries.ts'
import { featuresIn, useFeatures } from '../../features/auth/hooks/use-features.ts'
import { enrolmentQueries } from '../../features/learning/api/enrolment-queries.ts'
import { eventQueries } from '../../features/learning/api/event-queries.ts'
import { invoiceQueries } from '../../features/learning/api/invoice-queries.ts'
import { enrolmentName } from '../../features/learning/components/enrolment-list.tsx'
import { EnrolmentProgress } from '../../features/learning/components/enrolment-progress.tsx'
import { EventItems } from '../../features/learning/components/event-list.tsx'
import { LearningNav } from '../../features/learning/components/learning-nav.tsx'
import { OwingSummary } from '../../features/learning/components/owing-summary.tsx'
import { splitEvents } from '../../features/learning/utils/events.ts'
import { nowLocal } from '../../features/learning/utils/local-time.ts'

const UPCOMING_SHOWN = 3
const unpaid = { status: 'unpaid' } as const

// The cards load side by side and show skeletons meanwhile: the page never waits for all three.
// A card whose feature this RTO's VETtrak does not offer is left out, and nothing is asked for it.
export function prefetchLearningOverview(queryClient: QueryClient) {
  const features = featuresIn(queryClient)
  if (features.events) void queryClient.prefetchQuery(eventQueries.list())
  if (features.enrolments) void queryClient.prefetchQuery(enrolmentQueries.list())
  if (features.invoices) void queryClient.prefetchQuery(invoiceQueries.list(unpaid))
}

/**
 * The home page: an employer contact acting for an employer starts at its overview; everyone else
 * at their own learning (which a contact reaches at `/learning`, from the main navigation).
 */
export const clientLoader = (queryClient: QueryClient) => async () => {
  // The app's own loader sends a signed-out visitor to sign-in; nothing to decide here then.
  const session = await queryClient.ensureQueryData(sessionQueries.current()).catch(() => undefined)
  if (session?.activeEmployerId) return redirect(paths.employer.root.getHref())
  prefetchLearningOverview(queryClient)
  return null
}

/** The learner's home at `/`: My learning's navigation and its overview. */
export default function DashboardRoute() {
  const features = useFeatures()
  return (
    <>
      <LearningNav features={features} actingForEmployer={false} />
      <LearningOverview />
    </>
  )
}

/** What is coming up, what is owing and the current courses, with their progress. */
export function LearningOverview() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const greeting = session.user.givenName ? `Welcome, ${session.user.givenName}` : 'Welcome'
  const features = useFeatures()
  const events = useQuery({ ...eventQueries.list(), enabled: features.events })
  const enrolments = useQuery({ ...enrolmentQueries.list(), enabled: features.enrolments })
  const invoices = useQuery({ ...invoiceQueries.list(unpaid), enabled: features.invoices })
  const now = nowLocal()

  if (!features.events && !features.enrolments && !features.invoices)
    return (
      <Page title="My learning" description={greeting}>
        <EmptyState title="Nothing to show here yet">
          Your training organisation&apos;s VETtrak does not offer events, enrolments or invoices to
          this portal. The pages in the menu show what it does offer.
        </EmptyState>
      </Page>
    )
  return (
    <Page title="My learning" description={greeting}>
      <div className="grid gap-4 md:grid-cols-2">
        {features.events ? (
          <Card
            title="Coming up"
            aria-label="Coming up"
            actions={<CardLink to={paths.learning.events.getHref()}>All events</CardLink>}
          >
            <QueryContent query={events} label="Loading your events">
              {(data) => {
                const upcoming = splitEvents(data.items, now).upcoming.slice(0, UPCOMING_SHOWN)
                return upcoming.length ? (
                  <EventItems events={upcoming} today={now.slice(0, 10)} />
                ) : (
                  <EmptyState title="No upcoming events">
                    No classes, assessments or visits are booked for you.
                  </EmptyState>
                )
              }}
            </QueryContent>
          </Card>
        ) : null}
        {features.invoices ? (
          <Card
            title="Invoices"
            aria-label="Invoices"
            actions={<CardLink to={paths.learning.invoices.getHref()}>All invoices</CardLink>}
          >
            <QueryContent query={invoices} label="Loading your invoices">
              {(data) => (
                <OwingSummary
                  invoices={data.items}
                  href={paths.learning.invoices.getHref(unpaid)}
                />
              )}
            </QueryContent>
          </Card>
        ) : null}
        {features.enrolments ? (
          <Card
            title="Current courses"
            aria-label="Current courses"
            className="md:col-span-2"
            actions={<CardLink to={paths.learning.enrolments.getHref()}>All enrolments</CardLink>}
          >
            <QueryContent query={enrolments} label="Loading your courses">
              {(data) => {
                const active = data.items.filter((enrolment) => enrolment.state === 'active')
                if (!active.length)
                  return (
                    <EmptyState title="No current courses">
                      You are not enrolled in a course right now. Past courses are under Enrolments.
                    </EmptyState>
                  )
                return (
                  <ul className="grid gap-5 md:grid-cols-2">
                    {active.map((enrolment) => (
                      <li key={enrolment.id} className="space-y-2">
                        <h3 className="font-semibold">
                          <Link
                            to={paths.learning.enrolment.getHref(enrolment.id)}
                            className="text-brand-800 underline underline-offset-4 hover:text-brand-900 dark:text-brand-200 dark:hover:text-white"
                          >
                            {enrolmentName(enrolment)}
                          </Link>
                        </h3>
                        {enrolment.progress ? (
                          <EnrolmentProgress
                            progress={enrolment.progress}
                            label={`Progress: ${enrolmentName(enrolment)}`}
                          />
                        ) : null}
                      </li>
                    ))}
                  </ul>
                )
              }}
            </QueryContent>
          </Card>
        ) : null}
      </div>
    </Page>
  )
}

function QueryContent<T>({
  query,
  label,
  children,
}: {
  query: UseQueryResult<T>
  label: string
  children: (data: T) => ReactNode
}) {
  if (query.isPending) return <SkeletonLines lines={3} label={label} />
  if (query.isError)
    return (
      <ErrorBanner
        title="This could not be loaded"
        message={query.error.message}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    )
  return <>{children(query.data)}</>
}

function CardLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link
      to={to}
      className="font-medium text-brand-800 underline underline-offset-4 hover:text-brand-900 dark:text-brand-200 dark:hover:text-white print:hidden"
    >
      {children}
    </Link>
  )
}
