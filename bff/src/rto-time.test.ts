import { describe, expect, it } from 'vitest'
import {
  DEFAULT_RTO_TIME_ZONE,
  addYears,
  dateWindow,
  isTimeZone,
  rtoNow,
  rtoToday,
} from './rto-time.ts'

describe('rtoToday', () => {
  it('is already tomorrow in Sydney while it is still yesterday in UTC', () => {
    const instant = Date.UTC(2026, 2, 9, 14, 30) // 10 March 01:30 in Sydney (AEDT)
    expect(rtoToday(instant, 'Australia/Sydney')).toBe('2026-03-10')
    expect(rtoToday(instant, 'UTC')).toBe('2026-03-09')
  })

  it('follows the zone it is given, not the server’s', () => {
    const instant = Date.UTC(2026, 6, 1, 23, 0)
    expect(rtoToday(instant, 'Australia/Perth')).toBe('2026-07-02')
    expect(rtoToday(instant, DEFAULT_RTO_TIME_ZONE)).toBe('2026-07-02')
    expect(rtoToday(instant, 'America/Los_Angeles')).toBe('2026-07-01')
  })
})

describe('rtoNow', () => {
  it('is the wall-clock time at the RTO, as VETtrak writes its zone-less times', () => {
    const instant = Date.UTC(2026, 2, 9, 14, 30, 5) // 10 March 01:30:05 in Sydney (AEDT)
    expect(rtoNow(instant, 'Australia/Sydney')).toBe('2026-03-10T01:30:05')
    expect(rtoNow(instant, 'UTC')).toBe('2026-03-09T14:30:05')
  })

  it('writes midnight as 00, not 24', () => {
    expect(rtoNow(Date.UTC(2026, 6, 1, 14, 0, 0), 'Australia/Brisbane')).toBe('2026-07-02T00:00:00')
  })
})

describe('isTimeZone', () => {
  it('knows IANA zones and refuses made-up ones', () => {
    expect(isTimeZone('Australia/Adelaide')).toBe(true)
    expect(isTimeZone('Australia/Nowhere')).toBe(false)
  })
})

describe('addYears', () => {
  it.each([
    ['2026-03-10', -10, '2016-03-10'],
    ['2026-03-10', 2, '2028-03-10'],
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
  ])('%s moved by %i years is %s', (date, years, expected) => {
    expect(addYears(date, years)).toBe(expected)
  })
})

describe('dateWindow', () => {
  const years = { back: 1, ahead: 2 }
  it.each([
    [{}, { startDate: '2025-11-23T00:00:00', endDate: '2028-11-23T23:59:59' }],
    [{ from: '2026-01-01' }, { startDate: '2026-01-01T00:00:00', endDate: '2028-11-23T23:59:59' }],
    [{ to: '2026-01-31' }, { startDate: '2025-11-23T00:00:00', endDate: '2026-01-31T23:59:59' }],
    [{ from: '2029-01-01' }, undefined],
    [{ to: '2020-01-01' }, undefined],
  ])('%j around 2026-11-23 asks for %j', (query, expected) => {
    expect(dateWindow(query, '2026-11-23', years)).toEqual(expected)
  })
})
