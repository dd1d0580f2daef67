import { useQueryClient, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useSearchParams } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { paths } from '../../../config/paths.ts'
import { cn } from '../../../lib/cn.ts'
import { metaQueries } from '../../../features/auth/api/session-queries.ts'
import { eventQueries } from '../../../features/learning/api/event-queries.ts'
import { EventCalendar } from '../../../features/learning/components/event-calendar.tsx'
import { EventList } from '../../../features/learning/components/event-list.tsx'
import { splitEvents } from '../../../features/learning/utils/events.ts'
import { env } from '../../../config/env.ts'
import { nowLocal } from '../../../features/learning/utils/local-time.ts'

export const clientLoader = (queryClient: QueryClient) => async () => {
  await queryClient.ensureQueryData(eventQueries.list())
  return null
}

export default function EventsRoute() {
  const { data } = useSuspenseQuery(eventQueries.list())
  const [params] = useSearchParams()
  const view = params.get('view') === 'calendar' ? 'calendar' : 'list'
  const now = nowLocal()
  const { upcoming } = splitEvents(data.items, now)
  const feedsKept = useQueryClient().getQueryData(metaQueries.current().queryKey)?.calendarFeeds

  return (
    <Page
      title="Events"
      description="Your classes, assessments and workplace visits."
      actions={
        upcoming.length ? (
          <div className="flex flex-wrap gap-2 print:hidden">
            {/* The BFF writes the file, in the RTO's time zone; the account page subscribes. */}
            <a
              href={`${env.API_BASE_URL}/api/feeds/events.ics`}
              download="my-events.ics"
              className="inline-flex min-h-11 items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 font-medium text-slate-900 hover:bg-slate-50 focus-ring dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700"
            >
              <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
                <path d="M9.25 3h1.5v8.2l2.7-2.7 1.06 1.06L10 14.07 5.49 9.56 6.55 8.5l2.7 2.7V3ZM4 15.5h12V17H4v-1.5Z" />
              </svg>
              Download my events (.ics)
            </a>
            {feedsKept ? (
              <Link
                to={paths.account.getHref()}
                className="inline-flex min-h-11 items-center px-2 font-medium text-brand-800 underline focus-ring dark:text-brand-200"
              >
                Subscribe so it stays up to date
              </Link>
            ) : null}
          </div>
        ) : null
      }
    >
      <nav aria-label="Event views" className="mb-6 print:hidden">
        <ul className="inline-flex rounded-lg border border-slate-400 p-0.5 dark:border-slate-500">
          {(['list', 'calendar'] as const).map((option) => (
            <li key={option}>
              <Link
                to={paths.learning.events.getHref(option)}
                aria-current={view === option ? 'true' : undefined}
                className={cn(
                  'flex min-h-10 items-center rounded-md px-4 font-medium focus-ring',
                  view === option
                    ? 'bg-brand-700 text-white dark:bg-brand-300 dark:text-slate-950'
                    : 'text-slate-800 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
                )}
              >
                {option === 'list' ? 'List' : 'Calendar'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {view === 'calendar' ? (
        <EventCalendar events={data.items} />
      ) : (
        <EventList events={data.items} now={now} />
      )}
    </Page>
  )
}
