/**
 * @module
 * Pure helpers on zone-less local dates (`YYYY-MM-DD`) and date-times (`YYYY-MM-DDTHH:mm:ss`), the
 * form VETtrak writes on the wire. The arithmetic runs in UTC on the date parts only, so the
 * host's time zone never changes an answer.
 */

/** A calendar date, `YYYY-MM-DD`. */
export type LocalDate = string
/** A wall-clock date and time with no zone, `YYYY-MM-DDTHH:mm:ss`. */
export type LocalDateTime = string

/** What .NET writes for an unset `DateTime` value. */
export const UNKNOWN_DATE_TIME: LocalDateTime = '0001-01-01T00:00:00'

const TIME_PATTERN = /^(\d{2}):(\d{2})(?::(\d{2}))?$/

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

const daysInMonth = (year: number, month: number) => {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

const isValidParts = (year: number, month: number, day: number) =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)

// Character-level checks: the seed validates hundreds of thousands of dates, and regular
// expressions plus number parsing were a large share of building a store.
const digitsAt = (value: string, from: number, count: number): number => {
  let result = 0
  for (let i = from; i < from + count; i++) {
    const digit = value.charCodeAt(i) - 48
    if (digit < 0 || digit > 9) return -1
    result = result * 10 + digit
  }
  return result
}

const isDatePart = (value: string) =>
  value.charCodeAt(4) === 45 &&
  value.charCodeAt(7) === 45 &&
  isValidParts(digitsAt(value, 0, 4), digitsAt(value, 5, 2), digitsAt(value, 8, 2))

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(value: string): boolean {
  return value.length === 10 && isDatePart(value)
}

/** True for a real zone-less date-time written `YYYY-MM-DDTHH:mm:ss`. */
export function isLocalDateTime(value: string): boolean {
  if (value.length !== 19 || !isDatePart(value) || value.charCodeAt(10) !== 84) return false
  if (value.charCodeAt(13) !== 58 || value.charCodeAt(16) !== 58) return false
  const hours = digitsAt(value, 11, 2)
  const minutes = digitsAt(value, 14, 2)
  const seconds = digitsAt(value, 17, 2)
  return hours >= 0 && hours < 24 && minutes >= 0 && minutes < 60 && seconds >= 0 && seconds < 60
}

const parseDate = (date: LocalDate) => {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: '${date}'`)
  return { year: digitsAt(date, 0, 4), month: digitsAt(date, 5, 2), day: digitsAt(date, 8, 2) }
}

const dayNumbers = new Map<LocalDate, number>()

/** Days since 1970-01-01 (negative before), through UTC date parts. */
const toDayNumber = (date: LocalDate) => {
  const known = dayNumbers.get(date)
  if (known !== undefined) return known
  const { year, month, day } = parseDate(date)
  const utc = new Date(0)
  // setUTCFullYear, unlike Date.UTC, does not map years 0-99 onto 1900-1999.
  utc.setUTCFullYear(year, month - 1, day)
  const dayNumber = Math.round(utc.getTime() / 86_400_000)
  if (dayNumbers.size > 100_000) dayNumbers.clear()
  dayNumbers.set(date, dayNumber)
  return dayNumber
}

const dates = new Map<number, LocalDate>()

const fromDayNumber = (dayNumber: number): LocalDate => {
  const known = dates.get(dayNumber)
  if (known !== undefined) return known
  const utc = new Date(dayNumber * 86_400_000)
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`
  if (dates.size > 100_000) dates.clear()
  dates.set(dayNumber, date)
  return date
}

/** The date `days` after `date` (negative for before). */
export function addDays(date: LocalDate, days: number): LocalDate {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`)
  return fromDayNumber(toDayNumber(date) + days)
}

/** The same day of the month `months` later, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(date: LocalDate, months: number): LocalDate {
  if (!Number.isInteger(months)) throw new RangeError(`addMonths needs whole months, got ${months}`)
  const { year, month, day } = parseDate(date)
  const index = year * 12 + (month - 1) + months
  const targetYear = Math.floor(index / 12)
  const targetMonth = (index % 12) + 1
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth))
  return `${pad(targetYear, 4)}-${pad(targetMonth)}-${pad(targetDay)}`
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

/** The day of the week, 0 Sunday to 6 Saturday. */
export function dayOfWeek(date: LocalDate): number {
  // Day 0, 1970-01-01, was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

/** The date itself on a weekday, else the following Monday. */
export function onWeekday(date: LocalDate): LocalDate {
  const day = dayOfWeek(date)
  return day === 6 ? addDays(date, 2) : day === 0 ? addDays(date, 1) : date
}

/** The date-time of `date` at a wall-clock time `HH:mm` or `HH:mm:ss`. */
export function at(date: LocalDate, time: string): LocalDateTime {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: '${date}'`)
  if (time.length === 5 && isLocalDateTime(`${date}T${time}:00`)) return `${date}T${time}:00`
  const match = TIME_PATTERN.exec(time)
  const [hours, minutes, seconds] = [
    Number(match?.[1]),
    Number(match?.[2]),
    Number(match?.[3] ?? 0),
  ]
  if (match === null || hours > 23 || minutes > 59 || seconds > 59) {
    throw new RangeError(`Not a wall-clock time: '${time}'`)
  }
  return `${date}T${pad(hours)}:${pad(minutes)}:${pad(seconds)}`
}

/** Midnight at the start of `date`. */
export function startOfDay(date: LocalDate): LocalDateTime {
  if (!isLocalDate(date)) throw new RangeError(`Not a local date: '${date}'`)
  return `${date}T00:00:00`
}

/** The date part of a local date-time. */
export function dateOf(dateTime: LocalDateTime): LocalDate {
  const date = dateTime.slice(0, 10)
  parseDate(date)
  return date
}

/** The calendar date it is in `timeZone` at `instant` (for a default reference date; never used by the seed). */
export function localDateIn(timeZone: string, instant: Date): LocalDate {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant)
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${part('year')}-${part('month')}-${part('day')}`
}
