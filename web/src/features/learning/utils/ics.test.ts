import type { Event } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { buildEvent } from '../../../testing/data-generators.ts'
import { escapeText, foldLine, localStamp, toIcs } from './ics.ts'

const now = new Date(Date.UTC(2026, 10, 23, 5, 6, 7))
const octets = (line: string) => new TextEncoder().encode(line).length

describe('escaping text', () => {
  it.each([
    ['plain words', 'Dementia support workshop', 'Dementia support workshop'],
    ['commas', 'Bring pen, paper', 'Bring pen\\, paper'],
    ['semicolons', 'Room 2; level 3', 'Room 2\\; level 3'],
    ['backslashes', 'C:\\notes', 'C:\\\\notes'],
    ['LF newlines', 'Line one\nLine two', 'Line one\\nLine two'],
    ['CRLF newlines', 'Line one\r\nLine two', 'Line one\\nLine two'],
    ['all at once', 'a\\b;c,d\ne', 'a\\\\b\\;c\\,d\\ne'],
  ])('%s', (_name, input, expected) => {
    expect(escapeText(input)).toBe(expected)
  })
})

describe('folding lines', () => {
  it.each([
    ['a short line stays whole', 'SUMMARY:Class', ['SUMMARY:Class']],
    ['exactly 75 octets stays whole', 'X'.repeat(75), ['X'.repeat(75)]],
    ['76 octets folds once', 'X'.repeat(76), ['X'.repeat(75), ' X']],
    [
      'a long line folds every 75 octets, the leading space counted',
      'X'.repeat(75 + 74 + 10),
      ['X'.repeat(75), ' ' + 'X'.repeat(74), ' ' + 'X'.repeat(10)],
    ],
  ])('%s', (_name, input, expected) => {
    expect(foldLine(input).split('\r\n')).toEqual(expected)
  })

  it('never splits a multi-byte character', () => {
    const line = 'SUMMARY:' + 'é'.repeat(40) + '🎓'.repeat(5)
    const parts = foldLine(line).split('\r\n')
    expect(parts.length).toBeGreaterThan(1)
    for (const part of parts) {
      expect(octets(part)).toBeLessThanOrEqual(75)
      expect(part).not.toContain('\uFFFD')
    }
    expect(parts.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line)
  })
})

describe('local date-times', () => {
  it.each([
    ['2026-11-26T09:30:00', '20261126T093000'],
    ['2027-01-01T00:00:00', '20270101T000000'],
    ['2026-04-05T02:30:00', '20260405T023000'],
  ])('%s is written as %s whatever the machine’s zone', (input, expected) => {
    expect(localStamp(input)).toBe(expected)
  })
})

describe('a calendar of events', () => {
  const events: Event[] = [
    buildEvent({
      id: 50005,
      name: 'Class',
      start: '2026-11-26T09:30:00',
      finish: '2026-11-26T15:30:00',
      description: 'Dementia support workshop, room 2; bring ID',
    }),
    buildEvent({
      id: 50007,
      name: 'Assessment due',
      start: '2026-12-08T17:00:00',
      finish: undefined,
    }),
  ]
  const ics = toIcs(events, { now, uidDomain: 'portal.example.edu.au', calendarName: 'My classes' })
  const lines = ics.split('\r\n')

  it('uses CRLF line endings throughout and ends with one', () => {
    expect(ics.endsWith('\r\n')).toBe(true)
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
  })

  it('is a VCALENDAR of one VEVENT per event, with a VTIMEZONE for the TZID', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR')
    expect(lines).toContain('VERSION:2.0')
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2)
    expect(lines).toContain('TZID:Australia/Sydney')
    expect(lines.at(-2)).toBe('END:VCALENDAR')
    expect(lines).toContain('X-WR-CALNAME:My classes')
  })

  it('writes the RTO’s wall-clock times with the zone, a UTC stamp and a unique UID', () => {
    expect(lines).toContain('DTSTART;TZID=Australia/Sydney:20261126T093000')
    expect(lines).toContain('DTEND;TZID=Australia/Sydney:20261126T153000')
    expect(lines).toContain('DTSTART;TZID=Australia/Sydney:20261208T170000')
    expect(lines.filter((l) => l.startsWith('DTEND'))).toHaveLength(1)
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T050607Z')).toHaveLength(2)
    expect(lines).toContain('UID:vettrak-event-50005@portal.example.edu.au')
    expect(lines).toContain('SUMMARY:Assessment due')
  })

  it('escapes descriptions', () => {
    expect(lines).toContain('DESCRIPTION:Dementia support workshop\\, room 2\\; bring ID')
  })

  it('names an unnamed event "Event"', () => {
    const text = toIcs([buildEvent({ name: undefined })], { now })
    expect(text).toContain('\r\nSUMMARY:Event\r\n')
  })

  it('a zone without daylight saving gets a VTIMEZONE with no DAYLIGHT part', () => {
    const text = toIcs(events, { now, timeZone: 'Australia/Brisbane' })
    expect(text).toContain('DTSTART;TZID=Australia/Brisbane:20261126T093000')
    expect(text).not.toContain('BEGIN:DAYLIGHT')
  })

  it('no events: an empty but valid calendar', () => {
    expect(toIcs([], { now }).split('\r\n')).toEqual([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//vettrak-portal//Learner events//EN',
      'CALSCALE:GREGORIAN',
      'METHOD:PUBLISH',
      'END:VCALENDAR',
      '',
    ])
  })

  it('folds a long description', () => {
    const text = toIcs([buildEvent({ description: 'word, '.repeat(40) })], { now })
    for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75)
    expect(text).toMatch(/\r\n [^\r\n]/)
  })
})
