import { describe, expect, it } from 'vitest'
import {
  formatCountdown,
  formatDate,
  formatDateTime,
  formatDuration,
  formatMoney,
  formatRelativeDays,
  formatTime,
  parseLocal,
} from './format.ts'

// The suite runs under TZ=UTC and TZ=Australia/Sydney: none of these may move with the zone.
describe('formatMoney', () => {
  it.each([
    [0, '$0.00'],
    [1234.5, '$1,234.50'],
    [-20, '-$20.00'],
    [0.005, '$0.01'],
    [1_000_000, '$1,000,000.00'],
  ])('%s is %s', (amount, expected) => {
    expect(formatMoney(amount)).toBe(expected)
  })
})

describe('dates from VETtrak are shown as the RTO wrote them, in any browser zone', () => {
  it.each([
    ['2026-03-05', '5 Mar 2026'],
    ['2026-03-05T00:00:00', '5 Mar 2026'],
    // Midnight and late evening: the days a zone conversion would shift.
    ['2026-12-31T23:59:59', '31 Dec 2026'],
    ['2026-01-01T00:30:00', '1 Jan 2026'],
    // The night Sydney's clocks go back and forward.
    ['2026-04-05T02:30:00', '5 Apr 2026'],
    ['2026-10-04T02:30:00', '4 Oct 2026'],
    ['2024-02-29', '29 Feb 2024'],
  ])('%s is %s', (value, expected) => {
    expect(formatDate(value)).toBe(expected)
  })

  it.each([
    ['2026-03-05T09:30:00', '9:30 am'],
    ['2026-03-05T00:05:00', '12:05 am'],
    ['2026-03-05T12:00:00', '12:00 pm'],
    ['2026-10-04T02:30:00', '2:30 am'],
    ['2026-03-05T17:45:10', '5:45 pm'],
  ])('the time of %s is %s', (value, expected) => {
    expect(formatTime(value)).toBe(expected)
  })

  it.each([
    ['2026-03-05T09:30:00', '5 Mar 2026, 9:30 am'],
    ['2026-12-31T23:59:00', '31 Dec 2026, 11:59 pm'],
  ])('the date-time %s is %s', (value, expected) => {
    expect(formatDateTime(value)).toBe(expected)
  })

  it('the long form names the weekday', () => {
    expect(formatDate('2026-03-05', 'long')).toBe('Thursday 5 March 2026')
  })

  it.each(['', 'soon', '2026-02-30', '2026-13-01', '05/03/2026'])(
    '%j is not a date and is shown as it came',
    (value) => {
      expect(parseLocal(value)).toBeNull()
      expect(formatDate(value)).toBe(value)
    },
  )
})

describe('formatRelativeDays', () => {
  it.each([
    ['2026-03-05', 'today'],
    ['2026-03-06', 'tomorrow'],
    ['2026-03-04', 'yesterday'],
    ['2026-03-08', 'in 3 days'],
    ['2026-03-02T23:59:00', '3 days ago'],
    ['2026-03-26', 'in 3 weeks'],
    ['2026-06-05', 'in 3 months'],
    ['2028-03-05', 'in 2 years'],
    // Across the start of daylight saving (4 October in Sydney) a day is still a day.
    ['2026-10-07', 'in 7 months'],
  ])('%s seen on 5 March 2026 is "%s"', (value, expected) => {
    expect(formatRelativeDays(value, '2026-03-05')).toBe(expected)
  })

  it('counts calendar days across daylight-saving changes', () => {
    expect(formatRelativeDays('2026-10-05', '2026-10-03')).toBe('in 2 days')
    expect(formatRelativeDays('2026-04-06', '2026-04-04')).toBe('in 2 days')
  })
})

describe('durations and countdowns', () => {
  it.each([
    [1, '1 second'],
    [45, '45 seconds'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
    [3600, '1 hour'],
    [7201, '3 hours'],
  ])('a wait of %s s reads "%s"', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected)
  })

  it.each([
    [125, '2:05'],
    [60, '1:00'],
    [59, '59 s'],
    [0, '0 s'],
    [-3, '0 s'],
  ])('a countdown of %s s shows %s', (seconds, expected) => {
    expect(formatCountdown(seconds)).toBe(expected)
  })
})
