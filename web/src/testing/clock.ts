/**
 * The one "now" of every web test. The setup pins the browser clock here (the clock still moves, so
 * timers and waits behave), and the data builders date their records relative to it, so no test
 * decides on the real date and no fixture turns into the past.
 */
import { addDays } from '../features/learning/utils/local-time.ts'

/** Today for every test: a Monday, so a week's calendar starts on it. */
export const TEST_TODAY = '2026-11-16'
export const TEST_NOW = `${TEST_TODAY}T10:00:00`

/** The instant of `TEST_NOW` in the process's own zone (the tests run in UTC and in Sydney). */
export function testNowInstant(): Date {
  return new Date(2026, 10, 16, 10, 0, 0)
}

/** A zone-less local date-time `days` from `TEST_TODAY`, at `time`, as VETtrak writes dates. */
export function daysFromToday(days: number, time = '00:00:00'): string {
  return `${addDays(TEST_TODAY, days)}T${time}`
}
