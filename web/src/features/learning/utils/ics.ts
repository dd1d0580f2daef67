import type { Event } from '@vettrak-portal/contracts'

/**
 * RFC 5545 calendars of VETtrak events. VETtrak's times carry no zone and mean the RTO's local
 * time, so each is written as that wall-clock time with the RTO's TZID and a matching VTIMEZONE:
 * calendar apps then show it right wherever the learner is.
 */

export interface IcsOptions {
  /** When the file is made (DTSTAMP, in UTC). */
  now: Date
  /** The RTO's IANA zone; one of the Australian zones below. */
  timeZone?: AustralianTimeZone
  /** Makes each UID unique to this portal: `vettrak-event-<id>@<uidDomain>`. */
  uidDomain?: string
  /** X-WR-CALNAME, the calendar's name in apps that show one. */
  calendarName?: string
}

interface ZoneRule {
  standard: { offset: string; name: string }
  daylight?: { offset: string; name: string }
}

const eastern: ZoneRule = {
  standard: { offset: '+1000', name: 'AEST' },
  daylight: { offset: '+1100', name: 'AEDT' },
}
const zones = {
  'Australia/Sydney': eastern,
  'Australia/Melbourne': eastern,
  'Australia/Hobart': eastern,
  'Australia/Canberra': eastern,
  'Australia/Brisbane': { standard: { offset: '+1000', name: 'AEST' } },
  'Australia/Adelaide': {
    standard: { offset: '+0930', name: 'ACST' },
    daylight: { offset: '+1030', name: 'ACDT' },
  },
  'Australia/Darwin': { standard: { offset: '+0930', name: 'ACST' } },
  'Australia/Perth': { standard: { offset: '+0800', name: 'AWST' } },
} satisfies Record<string, ZoneRule>

export type AustralianTimeZone = keyof typeof zones

const CRLF = '\r\n'
const MAX_OCTETS = 75
const encoder = new TextEncoder()

/** An iCalendar (`.ics`) text of `events`: CRLF line endings, folded lines, escaped text. */
export function toIcs(events: Event[], options: IcsOptions): string {
  const timeZone = options.timeZone ?? 'Australia/Sydney'
  const domain = options.uidDomain ?? 'vettrak-portal.invalid'
  const stamp = utcStamp(options.now)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//vettrak-portal//Learner events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(options.calendarName ? [`X-WR-CALNAME:${escapeText(options.calendarName)}`] : []),
    ...(events.length ? vtimezone(timeZone) : []),
  ]
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:vettrak-event-${event.id}@${domain}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;TZID=${timeZone}:${localStamp(event.start)}`,
    )
    if (event.finish && event.finish > event.start)
      lines.push(`DTEND;TZID=${timeZone}:${localStamp(event.finish)}`)
    lines.push(`SUMMARY:${escapeText(event.name?.trim() || 'Event')}`)
    if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`)
    lines.push('END:VEVENT')
  }
  lines.push('END:VCALENDAR')
  return lines.map(foldLine).join(CRLF) + CRLF
}

/** TEXT value escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/**
 * Folds a content line to 75 octets a line (RFC 5545 3.1): CRLF then a space; a UTF-8 character
 * is never split across lines.
 */
export function foldLine(line: string): string {
  const out: string[] = []
  let current = ''
  let octets = 0
  for (const char of line) {
    const size = encoder.encode(char).length
    if (octets + size > MAX_OCTETS) {
      out.push(current)
      current = ' '
      octets = 1
    }
    current += char
    octets += size
  }
  out.push(current)
  return out.join(CRLF)
}

/** `2026-11-26T09:30:00` → `20261126T093000` (a local "floating" form, used with TZID). */
export function localStamp(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value)
  if (!match) throw new Error(`Not a local date-time: ${value}`)
  const [, y, mo, d, h, mi, s = '00'] = match
  return `${y}${mo}${d}T${h}${mi}${s}`
}

function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
}

function vtimezone(timeZone: AustralianTimeZone): string[] {
  const rule: ZoneRule = zones[timeZone]
  const { standard, daylight } = rule
  if (!daylight)
    return [
      'BEGIN:VTIMEZONE',
      `TZID:${timeZone}`,
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${standard.offset}`,
      `TZOFFSETTO:${standard.offset}`,
      `TZNAME:${standard.name}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    ]
  // Daylight saving ends on the first Sunday of April at 3 am, starts on the first Sunday of
  // October at 2 am (the rule since 2008 wherever Australia has it).
  return [
    'BEGIN:VTIMEZONE',
    `TZID:${timeZone}`,
    'BEGIN:STANDARD',
    'DTSTART:19700405T030000',
    'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU',
    `TZOFFSETFROM:${daylight.offset}`,
    `TZOFFSETTO:${standard.offset}`,
    `TZNAME:${standard.name}`,
    'END:STANDARD',
    'BEGIN:DAYLIGHT',
    'DTSTART:19701004T020000',
    'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU',
    `TZOFFSETFROM:${standard.offset}`,
    `TZOFFSETTO:${daylight.offset}`,
    `TZNAME:${daylight.name}`,
    'END:DAYLIGHT',
    'END:VTIMEZONE',
  ]
}

/** Offers `text` as a file download (the browser's own save, no server round trip). */
export function downloadText(text: string, fileName: string, type = 'text/calendar') {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 0)
}
