/**
 * Formatting for people in Australia. VETtrak's date-times carry no zone and mean the RTO's local
 * time, so they are split into parts and formatted as UTC: the browser's zone never shifts them.
 */

const money = new Intl.NumberFormat('en-AU', { style: 'currency', currency: 'AUD' })

/** `$1,234.50`; negative amounts (credits) as `-$20.00`. */
export function formatMoney(amount: number | undefined): string {
  return amount === undefined ? '—' : money.format(amount)
}

export interface LocalParts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?$/

/** The parts of `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm[:ss]`, or null when it is neither. */
export function parseLocal(value: string): LocalParts | null {
  const match = LOCAL_PATTERN.exec(value)
  if (!match) return null
  const [, year, month, day, hour = '0', minute = '0', second = '0'] = match
  const parts = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second),
  }
  const check = new Date(toUtcMs(parts))
  if (check.getUTCMonth() !== parts.month - 1 || check.getUTCDate() !== parts.day) return null
  return parts
}

function toUtcMs(p: LocalParts): number {
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second)
}

const dateFormat = new Intl.DateTimeFormat('en-AU', {
  timeZone: 'UTC',
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})
const longDateFormat = new Intl.DateTimeFormat('en-AU', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
})
const timeFormat = new Intl.DateTimeFormat('en-AU', {
  timeZone: 'UTC',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})

/** `5 Mar 2026` (or `Thursday 5 March 2026` with `long`); the input unchanged if not a date. */
export function formatDate(value: string, style: 'short' | 'long' = 'short'): string {
  const parts = parseLocal(value)
  if (!parts) return value
  const format = style === 'long' ? longDateFormat : dateFormat
  return format.format(toUtcMs(parts)).replace(/,/g, '')
}

/** `9:30 am`. */
export function formatTime(value: string): string {
  const parts = parseLocal(value)
  if (!parts) return value
  return timeFormat
    .format(toUtcMs(parts))
    .replace(/\u202f|\s/g, ' ')
    .toLowerCase()
}

/** `5 Mar 2026, 9:30 am`. */
export function formatDateTime(value: string): string {
  const parts = parseLocal(value)
  if (!parts) return value
  return `${formatDate(value)}, ${formatTime(value)}`
}

/** Today's calendar date where the user is, as `YYYY-MM-DD`. */
export function todayLocal(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}

const relative = new Intl.RelativeTimeFormat('en-AU', { numeric: 'auto' })
const DAY_MS = 86_400_000

/** `today`, `tomorrow`, `in 3 days`, `2 weeks ago`, `in 4 months`: calendar days from `today`. */
export function formatRelativeDays(value: string, today: string = todayLocal()): string {
  const target = parseLocal(value.slice(0, 10))
  const base = parseLocal(today.slice(0, 10))
  if (!target || !base) return value
  const days = Math.round((toUtcMs(target) - toUtcMs(base)) / DAY_MS)
  const size = Math.abs(days)
  if (size < 14) return relative.format(days, 'day')
  if (size < 60) return relative.format(Math.trunc(days / 7), 'week')
  if (size < 365) return relative.format(Math.trunc(days / 30), 'month')
  return relative.format(Math.trunc(days / 365), 'year')
}

/** `1 minute 05 seconds` style countdown text, for screen readers and the idle warning. */
export function formatCountdown(totalSeconds: number): string {
  const seconds = Math.max(0, Math.ceil(totalSeconds))
  const minutes = Math.floor(seconds / 60)
  const rest = seconds % 60
  return minutes > 0 ? `${minutes}:${String(rest).padStart(2, '0')}` : `${rest} s`
}

/** A person's name from optional parts: `Ava Nguyen`, or the fallback. */
export function formatName(
  person: { givenName?: string | undefined; surname?: string | undefined },
  fallback = '',
): string {
  return [person.givenName, person.surname].filter(Boolean).join(' ') || fallback
}

/** `45 seconds`, `1 minute`, `15 minutes`, `2 hours`: a wait, rounded up to a whole unit. */
export function formatDuration(totalSeconds: number): string {
  const seconds = Math.max(1, Math.ceil(totalSeconds))
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`
  if (seconds < 60) return plural(seconds, 'second')
  if (seconds < 3600) return plural(Math.ceil(seconds / 60), 'minute')
  return plural(Math.ceil(seconds / 3600), 'hour')
}
