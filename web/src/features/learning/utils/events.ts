import type { Event } from '@vettrak-portal/contracts'

/**
 * Upcoming events (not yet finished, soonest first) and past ones (latest first). `now` is a
 * zone-less local date-time, so the comparison is a plain string comparison, as VETtrak's are.
 */
export function splitEvents(events: Event[], now: string): { upcoming: Event[]; past: Event[] } {
  const upcoming: Event[] = []
  const past: Event[] = []
  for (const event of events) (isUpcoming(event, now) ? upcoming : past).push(event)
  upcoming.sort((a, b) => a.start.localeCompare(b.start))
  past.sort((a, b) => b.start.localeCompare(a.start))
  return { upcoming, past }
}

/** Not finished by `now` (one with no finish is over once it starts). */
export function isUpcoming(event: Event, now: string): boolean {
  return (event.finish ?? event.start) >= now
}

/** The events starting on a calendar day (`YYYY-MM-DD`), in order. */
export function eventsOn(events: Event[], day: string): Event[] {
  return events
    .filter((event) => event.start.slice(0, 10) === day)
    .sort((a, b) => a.start.localeCompare(b.start))
}
