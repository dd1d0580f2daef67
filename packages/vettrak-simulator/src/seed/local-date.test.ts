import { describe, expect, it } from 'vitest'
import {
  addDays,
  addMonths,
  at,
  dateOf,
  dayOfWeek,
  daysBetween,
  isLocalDate,
  isLocalDateTime,
  localDateIn,
  onWeekday,
  startOfDay,
} from './local-date.ts'

describe('addDays', () => {
  it.each([
    ['2026-11-23', 5, '2026-11-28'],
    ['2026-11-23', 0, '2026-11-23'],
    ['2026-11-23', -23, '2026-10-31'],
    ['2026-01-31', 1, '2026-02-01'],
    ['2026-12-31', 1, '2027-01-01'],
    ['2027-01-01', -1, '2026-12-31'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2028-02-29', 1, '2028-03-01'],
    ['2027-02-28', 1, '2027-03-01'],
    ['2100-02-28', 1, '2100-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2026-04-05', 1, '2026-04-06'], // the end of daylight saving in Sydney changes nothing
    ['2026-10-04', 1, '2026-10-05'], // nor does its start
    ['2026-03-15', 365, '2027-03-15'],
    ['2024-03-15', 365, '2025-03-15'],
    ['2024-01-01', 366, '2025-01-01'],
    ['0001-01-01', 1, '0001-01-02'],
    ['0099-12-31', 1, '0100-01-01'],
  ])('%s plus %i days is %s', (date, days, expected) => {
    expect(addDays(date, days)).toBe(expected)
  })

  it('refuses dates that are not real and fractional days', () => {
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError)
    expect(() => addDays('2026-11-23T09:00:00', 1)).toThrow(RangeError)
    expect(() => addDays('2026-11-23', 0.5)).toThrow(RangeError)
  })
})

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-23', 2, '2027-01-23'],
    ['2026-01-15', -1, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2028-02-29', 12, '2029-02-28'],
    ['2026-11-23', 36, '2029-11-23'],
  ])('%s plus %i months is %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected)
  })
})

describe('daysBetween and dayOfWeek', () => {
  it.each([
    ['2026-11-23', '2026-11-28', 5],
    ['2026-11-28', '2026-11-23', -5],
    ['2028-02-01', '2028-03-01', 29],
    ['2027-02-01', '2027-03-01', 28],
    ['2026-01-01', '2027-01-01', 365],
    ['2028-01-01', '2029-01-01', 366],
  ])('from %s to %s is %i days', (from, to, expected) => {
    expect(daysBetween(from, to)).toBe(expected)
  })

  it.each([
    ['1970-01-01', 4],
    ['2026-11-23', 1],
    ['2026-11-28', 6],
    ['2026-11-29', 0],
    ['2000-02-29', 2],
    ['1969-12-31', 3],
  ])('%s falls on day %i of the week (0 is Sunday)', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected)
  })

  it.each([
    ['2026-11-27', '2026-11-27'],
    ['2026-11-28', '2026-11-30'],
    ['2026-11-29', '2026-11-30'],
    ['2026-12-31', '2026-12-31'],
    ['2027-01-02', '2027-01-04'],
  ])('a class planned for %s is held on %s', (date, expected) => {
    expect(onWeekday(date)).toBe(expected)
  })
})

describe('at, startOfDay and dateOf', () => {
  it.each([
    ['2026-11-23', '09:30', '2026-11-23T09:30:00'],
    ['2026-11-23', '9:30', null],
    ['2026-11-23', '23:59:59', '2026-11-23T23:59:59'],
    ['2026-11-23', '00:00', '2026-11-23T00:00:00'],
    ['2026-11-23', '24:00', null],
    ['2026-11-23', '12:60', null],
    ['2026-02-29', '09:00', null],
  ])('%s at %s is %s', (date, time, expected) => {
    if (expected === null) expect(() => at(date, time)).toThrow(RangeError)
    else expect(at(date, time)).toBe(expected)
  })

  it('gives midnight and takes the date back out', () => {
    expect(startOfDay('2028-02-29')).toBe('2028-02-29T00:00:00')
    expect(dateOf('2028-02-29T17:45:00')).toBe('2028-02-29')
  })
})

describe('validation', () => {
  it.each([
    ['2026-11-23', true],
    ['2028-02-29', true],
    ['2026-02-29', false],
    ['2100-02-29', false],
    ['2026-13-01', false],
    ['2026-00-10', false],
    ['2026-11-31', false],
    ['2026-1-23', false],
    ['26-11-23', false],
    ['2026/11/23', false],
  ])('%s is a local date: %s', (value, expected) => {
    expect(isLocalDate(value)).toBe(expected)
  })

  it.each([
    ['2026-11-23T09:30:00', true],
    ['0001-01-01T00:00:00', true],
    ['2026-11-23T24:00:00', false],
    ['2026-11-23T09:30:00Z', false],
    ['2026-11-23T09:30:00+11:00', false],
    ['2026-11-23T09:30', false],
    ['2026-11-23 09:30:00', false],
    ['2026-02-30T09:30:00', false],
  ])('%s is a zone-less local date-time: %s', (value, expected) => {
    expect(isLocalDateTime(value)).toBe(expected)
  })
})

describe('localDateIn', () => {
  it('reads the calendar date in the RTO zone, whatever the host zone', () => {
    const instant = new Date(Date.UTC(2026, 10, 23, 14, 30)) // 01:30 on the 24th in Sydney (AEDT)
    expect(localDateIn('Australia/Sydney', instant)).toBe('2026-11-24')
    expect(localDateIn('Australia/Perth', instant)).toBe('2026-11-23')
    expect(localDateIn('UTC', instant)).toBe('2026-11-23')
  })
})
