import type { Event } from '@vettrak-portal/contracts'
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { cn } from '../../../lib/cn.ts'
import { formatDate, parseLocal, todayLocal } from '../../../lib/format.ts'
import { eventsOn } from '../utils/events.ts'
import { addDays, addMonths, monthWeeks, weekdayIndex } from '../utils/local-time.ts'
import { EventItems } from './event-list.tsx'

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const weekdays = [
  ['Mon', 'Monday'],
  ['Tue', 'Tuesday'],
  ['Wed', 'Wednesday'],
  ['Thu', 'Thursday'],
  ['Fri', 'Friday'],
  ['Sat', 'Saturday'],
  ['Sun', 'Sunday'],
] as const

/**
 * A month of events as a grid the keyboard can move through (arrows by day and week, Home/End
 * for the week, Page Up/Down by month, with Shift by year); choosing a day lists its events.
 */
export function EventCalendar({
  events,
  today = todayLocal(),
}: {
  events: Event[]
  /** `YYYY-MM-DD`; the browser's date unless given. */
  today?: string
}) {
  const [focused, setFocused] = useState(today)
  const [selected, setSelected] = useState(today)
  const moveFocus = useRef(false)
  const grid = useRef<HTMLTableElement>(null)
  const headingId = useId()
  const dayListId = useId()

  const parts = parseLocal(focused)
  const year = parts?.year ?? 2000
  const month = parts?.month ?? 1
  const weeks = monthWeeks(year, month)
  const counts = new Map<string, number>()
  for (const event of events) {
    const day = event.start.slice(0, 10)
    counts.set(day, (counts.get(day) ?? 0) + 1)
  }

  useEffect(() => {
    if (!moveFocus.current) return
    moveFocus.current = false
    grid.current?.querySelector<HTMLElement>(`[data-day="${focused}"]`)?.focus()
  }, [focused])

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, day: string) => {
    const next = nextDay(event, day)
    if (!next) return
    event.preventDefault()
    moveFocus.current = true
    setFocused(next)
  }

  const selectedEvents = eventsOn(events, selected)
  return (
    <div className="space-y-6">
      <div className="rounded-xl border border-slate-200 bg-white p-3 sm:p-5 dark:border-slate-700 dark:bg-slate-900">
        <div className="mb-3 flex items-center justify-between gap-2">
          <Button variant="secondary" size="sm" onClick={() => setFocused(addMonths(focused, -1))}>
            <span aria-hidden="true">‹</span> Previous<span className="sr-only"> month</span>
          </Button>
          <h2 id={headingId} aria-live="polite" className="text-lg font-semibold">
            {monthNames[month - 1]} {year}
          </h2>
          <Button variant="secondary" size="sm" onClick={() => setFocused(addMonths(focused, 1))}>
            Next<span className="sr-only"> month</span> <span aria-hidden="true">›</span>
          </Button>
        </div>
        <table ref={grid} role="grid" aria-labelledby={headingId} className="w-full table-fixed">
          <thead>
            <tr>
              {weekdays.map(([short, long]) => (
                <th
                  key={short}
                  scope="col"
                  abbr={long}
                  className="pb-2 text-center text-xs font-semibold text-slate-700 sm:text-sm dark:text-slate-300"
                >
                  {short}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {weeks.map((week, w) => (
              <tr key={w}>
                {week.map((day, d) => {
                  if (!day) return <td key={`blank-${d}`} />
                  const count = counts.get(day) ?? 0
                  const isToday = day === today
                  const isSelected = day === selected
                  return (
                    <td key={day} role="gridcell" aria-selected={isSelected} className="p-0.5">
                      <button
                        type="button"
                        data-day={day}
                        tabIndex={day === focused ? 0 : -1}
                        aria-current={isToday ? 'date' : undefined}
                        aria-controls={dayListId}
                        onClick={() => {
                          setSelected(day)
                          setFocused(day)
                        }}
                        onKeyDown={(event) => onKeyDown(event, day)}
                        className={cn(
                          'relative flex h-11 w-full flex-col items-center justify-center rounded-lg text-sm tabular-nums focus-ring sm:h-14 sm:text-base',
                          isSelected
                            ? 'bg-brand-700 font-semibold text-white dark:bg-brand-300 dark:text-slate-950'
                            : 'text-slate-900 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800',
                          isToday && !isSelected
                            ? 'font-bold ring-2 ring-brand-700 ring-inset dark:ring-brand-300'
                            : null,
                        )}
                      >
                        <span aria-hidden="true">{Number(day.slice(8))}</span>
                        <span className="sr-only">
                          {formatDate(day, 'long')}
                          {isToday ? ', today' : ''}
                          {count ? `, ${count} ${count === 1 ? 'event' : 'events'}` : ''}
                        </span>
                        {count ? (
                          <span
                            aria-hidden="true"
                            className={cn(
                              'absolute bottom-1 size-1.5 rounded-full sm:size-2',
                              isSelected
                                ? 'bg-white dark:bg-slate-950'
                                : 'bg-brand-700 dark:bg-brand-300',
                            )}
                          />
                        ) : null}
                      </button>
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
        <p className="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
          <span className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="size-2 rounded-full bg-brand-700 dark:bg-brand-300"
            />
            A day with events
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span
              aria-hidden="true"
              className="size-4 rounded ring-2 ring-brand-700 ring-inset dark:ring-brand-300"
            />
            Today
          </span>
          <span>Use the arrow keys to move between days.</span>
        </p>
      </div>
      <section id={dayListId} aria-labelledby={`${dayListId}-heading`} className="space-y-3">
        <h2 id={`${dayListId}-heading`} className="text-lg font-semibold">
          {formatDate(selected, 'long')}
        </h2>
        <p role="status" className="text-slate-700 dark:text-slate-300">
          {selectedEvents.length === 0
            ? 'No events on this day.'
            : `${selectedEvents.length} ${selectedEvents.length === 1 ? 'event' : 'events'} on ${formatDate(selected, 'long')}.`}
        </p>
        {selectedEvents.length ? (
          <EventItems events={selectedEvents} today={today} showRelative={false} />
        ) : null}
      </section>
    </div>
  )
}

function nextDay(event: KeyboardEvent, day: string): string | null {
  switch (event.key) {
    case 'ArrowLeft':
      return addDays(day, -1)
    case 'ArrowRight':
      return addDays(day, 1)
    case 'ArrowUp':
      return addDays(day, -7)
    case 'ArrowDown':
      return addDays(day, 7)
    case 'Home':
      return addDays(day, -weekdayIndex(day))
    case 'End':
      return addDays(day, 6 - weekdayIndex(day))
    case 'PageUp':
      return addMonths(day, event.shiftKey ? -12 : -1)
    case 'PageDown':
      return addMonths(day, event.shiftKey ? 12 : 1)
    default:
      return null
  }
}
