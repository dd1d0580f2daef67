/**
 * @module
 * The RTO's calendar. VETtrak's dates are zone-less local times at the RTO, so "today" is taken in
 * the RTO's time zone, never in the server's; dates stay `YYYY-MM-DD` strings throughout.
 */

/** The RTO's zone when none is configured. */
export const DEFAULT_RTO_TIME_ZONE = 'Australia/Sydney'

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-AU', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function partsAt(nowMs: number, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(nowMs)
  return (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? ''
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** Today's date at the RTO (`YYYY-MM-DD`) at the instant `nowMs`. */
export function rtoToday(nowMs: number, timeZone: string): string {
  const part = partsAt(nowMs, timeZone)
  return `${part('year')}-${part('month')}-${part('day')}`
}

/** The RTO's local time at the instant `nowMs`, as VETtrak writes it (`YYYY-MM-DDTHH:mm:ss`). */
export function rtoNow(nowMs: number, timeZone: string): string {
  const part = partsAt(nowMs, timeZone)
  return `${rtoToday(nowMs, timeZone)}T${part('hour')}:${part('minute')}:${part('second')}`
}

/** `date` moved by whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  const target = year + years
  const leap = (target % 4 === 0 && target % 100 !== 0) || target % 400 === 0
  const clampedDay = month === 2 && day === 29 && !leap ? 28 : day
  return `${String(target).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(clampedDay).padStart(2, '0')}`
}

/** Years before and after the RTO's today that a list shows when the request names no dates. */
export interface YearsAround {
  back: number
  ahead: number
}

/** Invoices, for learners and employers alike: ten years back, two ahead. */
export const INVOICE_YEARS: YearsAround = { back: 10, ahead: 2 }

/**
 * The whole days to ask VETtrak for: `from`/`to` when given, else the window around `today`;
 * undefined when one end given lies beyond the default of the other, so nothing can match.
 */
export function dateWindow(
  query: { from?: string | undefined; to?: string | undefined },
  today: string,
  years: YearsAround,
): { startDate: string; endDate: string } | undefined {
  const from = query.from ?? addYears(today, -years.back)
  const to = query.to ?? addYears(today, years.ahead)
  if (from > to) return undefined
  return { startDate: `${from}T00:00:00`, endDate: `${to}T23:59:59` }
}
