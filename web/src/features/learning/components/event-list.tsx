import type { Event } from '@vettrak-portal/contracts'
import { useId } from 'react'
import { Badge } from '../../../components/ui/badge.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { formatDate, formatRelativeDays, formatTime, parseLocal } from '../../../lib/format.ts'
import { splitEvents } from '../utils/events.ts'
import { nowLocal } from '../utils/local-time.ts'
import { LocationName, locationText } from '../../../components/ui/location-name.tsx'

const monthShort = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
]

/** Events split into upcoming (soonest first) and past (latest first). */
export function EventList({
  events,
  now = nowLocal(),
  headingLevel = 2,
  emptyMessages = {},
}: {
  events: Event[]
  /** Now as `YYYY-MM-DDTHH:mm:ss` in the RTO's time; the browser's clock unless given. */
  now?: string
  headingLevel?: 2 | 3
  /** What the empty states say (another person's events: say whose). */
  emptyMessages?: { upcoming?: string; past?: string }
}) {
  const upcomingId = useId()
  const pastId = useId()
  const { upcoming, past } = splitEvents(events, now)
  const Heading = `h${headingLevel}` as const
  const today = now.slice(0, 10)
  return (
    <div className="space-y-8">
      <section aria-labelledby={upcomingId} className="space-y-3">
        <Heading id={upcomingId} className="text-xl font-semibold">
          Upcoming{' '}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            ({upcoming.length})
          </span>
        </Heading>
        {upcoming.length ? (
          <EventItems events={upcoming} today={today} />
        ) : (
          <EmptyState title="No upcoming events">
            {emptyMessages.upcoming ??
              'Nothing is booked for you from now on. New classes and assessments appear here when your training organisation schedules them.'}
          </EmptyState>
        )}
      </section>
      <section aria-labelledby={pastId} className="space-y-3">
        <Heading id={pastId} className="text-xl font-semibold">
          Past{' '}
          <span className="font-normal text-slate-600 dark:text-slate-400">({past.length})</span>
        </Heading>
        {past.length ? (
          <EventItems events={past} today={today} />
        ) : (
          <EmptyState title="No past events">
            {emptyMessages.past ?? 'Events you have been to will be listed here.'}
          </EmptyState>
        )}
      </section>
    </div>
  )
}

/** A list of events, each with its date, time, description and how far away it is. */
export function EventItems({
  events,
  today,
  showRelative = true,
}: {
  events: Event[]
  /** `YYYY-MM-DD`, for "in 3 days". */
  today: string
  showRelative?: boolean
}) {
  return (
    <ul className="divide-y divide-slate-200 overflow-hidden rounded-xl border border-slate-200 bg-white dark:divide-slate-700 dark:border-slate-700 dark:bg-slate-900">
      {events.map((event) => {
        const parts = parseLocal(event.start)
        return (
          <li key={event.id} className="flex items-start gap-4 p-4">
            <div
              aria-hidden="true"
              className="flex w-14 shrink-0 flex-col items-center justify-center rounded-lg bg-brand-50 py-1.5 text-brand-900 dark:bg-brand-900/50 dark:text-brand-100"
            >
              <span className="text-xs font-semibold uppercase">
                {parts ? monthShort[parts.month - 1] : ''}
              </span>
              <span className="text-xl leading-tight font-bold">{parts?.day}</span>
            </div>
            <div className="min-w-0 flex-1 space-y-0.5">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <p className="font-semibold text-slate-900 dark:text-white">
                  {event.name ?? 'Event'}
                </p>
                {event.complete ? <Badge tone="success">Completed</Badge> : null}
              </div>
              <p className="text-slate-800 dark:text-slate-200">
                <time dateTime={event.start}>
                  {formatDate(event.start, 'long')}, {timeRange(event)}
                </time>
                {showRelative ? (
                  <span className="text-slate-600 dark:text-slate-400">
                    {' '}
                    · {formatRelativeDays(event.start, today)}
                  </span>
                ) : null}
              </p>
              {event.description ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">{event.description}</p>
              ) : null}
              {event.courseName || locationText(event) ? (
                <p className="text-sm text-slate-600 dark:text-slate-400">
                  {event.courseName}
                  {event.courseName && locationText(event) ? ' · ' : null}
                  <LocationName item={event} />
                </p>
              ) : null}
            </div>
          </li>
        )
      })}
    </ul>
  )
}

/** `9:30 am – 3:30 pm`, or the start alone. */
export function timeRange(event: Event): string {
  if (!event.finish) return formatTime(event.start)
  const sameDay = event.finish.slice(0, 10) === event.start.slice(0, 10)
  return sameDay
    ? `${formatTime(event.start)} – ${formatTime(event.finish)}`
    : `${formatTime(event.start)} – ${formatDate(event.finish)} ${formatTime(event.finish)}`
}
