import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { eventEntry, occurrenceEntry, toCalendar } from './calendar.ts'

const now = new Date(Date.UTC(2026, 10, 16))

describe('toCalendar', () => {
  it.each(['Australia/Sydney', 'Australia/Canberra', 'Australia/Perth', 'Australia/Eucla'])(
    'writes events in %s at the wall clock VETtrak gave, with a VTIMEZONE ical.js reads',
    (zone) => {
      const text = toCalendar(
        [{ uid: 'e1@portal', summary: 'Class, with; marks', start: '2026-10-04T09:30:00' }],
        { name: 'My training', timeZone: zone, now },
      )
      const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
      const zoneComponent = calendar.getFirstSubcomponent('vtimezone')
      expect(zoneComponent).not.toBeNull()
      const tzid = String(zoneComponent?.getFirstPropertyValue('tzid'))
      // A link such as Australia/Canberra is written as its canonical zone.
      expect(tzid).toBe(zone === 'Australia/Canberra' ? 'Australia/Sydney' : zone)
      const event = calendar.getFirstSubcomponent('vevent')
      const start = event?.getFirstProperty('dtstart')
      expect(start?.getParameter('tzid')).toBe(tzid)
      expect(String(start?.getFirstValue())).toBe('2026-10-04T09:30:00')
      expect(event?.getFirstPropertyValue('summary')).toBe('Class, with; marks')
      expect(String(event?.getFirstPropertyValue('dtstamp'))).toBe('2026-11-16T00:00:00Z')
    },
  )

  it('writes a class as whole days, its end the day after its last', () => {
    const text = toCalendar(
      [
        {
          uid: 'o1@portal',
          summary: 'Class',
          start: '2026-02-02T00:00:00',
          end: '2026-02-06T00:00:00',
          allDay: true,
        },
      ],
      { name: 'Employer', timeZone: 'Australia/Sydney', now },
    )
    expect(text).toContain('DTSTART;VALUE=DATE:20260202\r\n')
    expect(text).toContain('DTEND;VALUE=DATE:20260207\r\n')
  })
})

describe('eventEntry', () => {
  const event = { id: 5, start: '2026-11-18T09:30:00', complete: false }

  it('titles an event with what it is, not only its type, and places it by name', () => {
    const entry = eventEntry(
      {
        ...event,
        name: 'Class',
        description: 'Dementia support workshop',
        courseName: 'Certificate III in Individual Support',
        location: 'PAR-WST',
        locationName: 'Parramatta campus',
      },
      'portal',
    )
    expect(entry).toMatchObject({
      uid: 'vettrak-event-5@portal',
      summary: 'Class: Dementia support workshop',
      description: 'Certificate III in Individual Support',
      location: 'Parramatta campus',
    })
  })

  it('takes the course when the event says nothing more, and the code when no name is known', () => {
    const entry = eventEntry(
      { ...event, name: 'Class', courseName: 'Provide First Aid', location: 'SYD-CBD' },
      'portal',
    )
    expect(entry).toMatchObject({ summary: 'Class: Provide First Aid', location: 'SYD-CBD' })
    expect(entry.description).toBeUndefined()
  })

  it('keeps a name that already says it all', () => {
    expect(
      eventEntry({ ...event, name: 'Induction', description: 'induction' }, 'p'),
    ).toMatchObject({ summary: 'Induction', location: undefined })
    expect(eventEntry(event, 'p').summary).toBe('Event')
  })

  it('writes the title and the location into the .ics', () => {
    const entry = eventEntry(
      { ...event, name: 'Class', description: 'Workshop', locationName: 'Parramatta campus' },
      'portal',
    )
    const text = toCalendar([entry], { name: 'My training', timeZone: 'Australia/Sydney', now })
    const vevent = new ICAL.Component(ICAL.parse(text) as unknown[]).getFirstSubcomponent('vevent')
    expect(vevent?.getFirstPropertyValue('summary')).toBe('Class: Workshop')
    expect(vevent?.getFirstPropertyValue('location')).toBe('Parramatta campus')
  })
})

describe('occurrenceEntry', () => {
  it('places a class by its location name, or its code', () => {
    const occurrence = { id: 9, startDate: '2026-02-02T00:00:00', programmeName: 'Forklift' }
    expect(
      occurrenceEntry({ ...occurrence, location: 'NCL-HUN', locationName: 'Newcastle campus' }, 'p')
        ?.location,
    ).toBe('Newcastle campus')
    expect(occurrenceEntry({ ...occurrence, location: 'NCL-HUN' }, 'p')?.location).toBe('NCL-HUN')
  })
})
