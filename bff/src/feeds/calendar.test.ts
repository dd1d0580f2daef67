import ICAL from 'ical.js'
import { describe, expect, it } from 'vitest'
import { toCalendar } from './calendar.ts'

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
