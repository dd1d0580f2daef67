/**
 * @module
 * iCalendar (RFC 5545) text of VETtrak events, with `ical-generator`. VETtrak's times carry no
 * zone and mean the RTO's wall clock, so each is written with the RTO's TZID and a VTIMEZONE for
 * it: calendar apps then show it right wherever the person is. The process's own zone plays no
 * part (the times go through `TZDate`, which reads them in the RTO's zone).
 */
import { createHash } from 'node:crypto'
import { TZDate } from '@date-fns/tz'
import type { Event, Occurrence } from '@vettrak-portal/contracts'
import ical from 'ical-generator'
import { tzlib_get_ical_block } from 'timezones-ical-library'

/** One calendar entry: timed (`YYYY-MM-DDTHH:mm:ss`) or, with `allDay`, whole days. */
export interface CalendarEntry {
  uid: string
  summary: string
  start: string
  end?: string | undefined
  allDay?: boolean
  description?: string | undefined
  location?: string | undefined
}

export interface CalendarOptions {
  /** X-WR-CALNAME, the calendar's name in apps that show one. */
  name: string
  /** The RTO's IANA zone. */
  timeZone: string
  /** DTSTAMP (UTC). */
  now: Date
}

/** The zone's canonical IANA name (`Australia/Canberra` is `Australia/Sydney`). */
function canonicalZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-AU', { timeZone }).resolvedOptions().timeZone
}

/** The VTIMEZONE of `timeZone`, from `timezones-ical-library` (its data is in the code: no files). */
export function vtimezone(timeZone: string): string {
  const block = tzlib_get_ical_block(timeZone)
  const text = Array.isArray(block) ? block[0] : undefined
  if (!text) throw new Error(`No VTIMEZONE is known for ${timeZone}`)
  return text
}

/** A zone-less VETtrak date-time read as a wall-clock time in `timeZone`. */
function wallClock(value: string, timeZone: string): TZDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(value)
  if (!match) throw new Error(`Not a local date-time: ${value}`)
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0))
  return new TZDate(
    year ?? 0,
    (month ?? 1) - 1,
    day ?? 1,
    hour ?? 0,
    minute ?? 0,
    second ?? 0,
    timeZone,
  )
}

/** The next day of a `YYYY-MM-DD…` value (an all-day DTEND is exclusive). */
function dayAfter(value: string, timeZone: string): TZDate {
  const date = wallClock(value.slice(0, 10), timeZone)
  date.setDate(date.getDate() + 1)
  return date
}

/** The `.ics` text of `entries`. */
export function toCalendar(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const timeZone = canonicalZone(options.timeZone)
  const calendar = ical({
    name: options.name,
    prodId: { company: 'vettrak-portal', product: 'calendar', language: 'EN' },
    // Each event names the zone; the generator adds its VTIMEZONE. No calendar-wide zone, so
    // DTSTAMP stays in UTC as RFC 5545 requires.
    timezone: { name: null, generator: vtimezone },
  })
  for (const entry of entries) {
    const start = wallClock(entry.start, timeZone)
    const end = entry.allDay
      ? dayAfter(entry.end ?? entry.start, timeZone)
      : entry.end && entry.end > entry.start
        ? wallClock(entry.end, timeZone)
        : undefined
    calendar.createEvent({
      id: entry.uid,
      start,
      ...(end && { end }),
      allDay: entry.allDay ?? false,
      timezone: timeZone,
      stamp: options.now,
      summary: entry.summary,
      ...(entry.description && { description: entry.description }),
      ...(entry.location && { location: entry.location }),
    })
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator leaves it off.
  const text = calendar.toString()
  return text.endsWith('\r\n') ? text : `${text}\r\n`
}

/** A weak ETag for a calendar of `entries`: the same entries give the same tag, whatever `now`. */
export function calendarEtag(entries: readonly CalendarEntry[], options: CalendarOptions): string {
  const digest = createHash('sha256')
    .update(JSON.stringify([options.name, options.timeZone, entries]))
    .digest('base64url')
  return `W/"${digest.slice(0, 27)}"`
}

/** A location as a calendar app shows it: its name, or VETtrak's code when no name is known. */
const placeOf = (item: { location?: string; locationName?: string }) =>
  item.locationName ?? item.location

/**
 * An event as a calendar entry; UIDs are stable so apps update rather than duplicate. VETtrak
 * names events by their type ("Class", "Assessment due") and keeps what it really is in the
 * description ("Dementia support workshop"), or only in the enrolment it belongs to: the title
 * says both, the description the course.
 */
export function eventEntry(event: Event, uidDomain: string): CalendarEntry {
  const kind = event.name?.trim() || 'Event'
  const detail = event.description?.trim()
  const course = event.courseName?.trim()
  const what = detail || course
  const summary =
    what && what.toLocaleLowerCase('en-AU') !== kind.toLocaleLowerCase('en-AU')
      ? `${kind}: ${what}`
      : kind
  return {
    uid: `vettrak-event-${event.id}@${uidDomain}`,
    summary,
    start: event.start,
    end: event.finish,
    description: detail && course && detail !== course ? course : undefined,
    location: placeOf(event),
  }
}

/** A class (occurrence) as whole days from its start to its end; none without a start date. */
export function occurrenceEntry(
  occurrence: Occurrence,
  uidDomain: string,
): CalendarEntry | undefined {
  if (!occurrence.startDate) return undefined
  const title = occurrence.programmeName ?? occurrence.code ?? 'Class'
  return {
    uid: `vettrak-occurrence-${occurrence.id}@${uidDomain}`,
    summary: `Class: ${title}`,
    start: occurrence.startDate,
    end: occurrence.endDate,
    allDay: true,
    description: occurrence.code ? `Class ${occurrence.code}` : undefined,
    location: placeOf(occurrence),
  }
}
