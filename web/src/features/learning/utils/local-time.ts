import { parseLocal } from '../../../lib/format.ts'

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** Now where the user is, as a zone-less `YYYY-MM-DDTHH:mm:ss` to compare with VETtrak's. */
export function nowLocal(now: Date = new Date()): string {
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`
  )
}

/** `YYYY-MM-DD` moved by whole days (calendar arithmetic, no zone involved). */
export function addDays(date: string, days: number): string {
  const parts = parseLocal(date)
  if (!parts) return date
  return fromUtc(new Date(Date.UTC(parts.year, parts.month - 1, parts.day + days)))
}

/** `YYYY-MM-DD` moved by whole months, the day kept where the month has it (31 Jan + 1 → 28 Feb). */
export function addMonths(date: string, months: number): string {
  const parts = parseLocal(date)
  if (!parts) return date
  const first = new Date(Date.UTC(parts.year, parts.month - 1 + months, 1))
  const day = Math.min(parts.day, daysInMonth(first.getUTCFullYear(), first.getUTCMonth() + 1))
  return fromUtc(new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), day)))
}

/** Days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 0 for Monday to 6 for Sunday (Australian calendars start the week on Monday). */
export function weekdayIndex(date: string): number {
  const parts = parseLocal(date)
  if (!parts) return 0
  return (new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay() + 6) % 7
}

/** The weeks of a month, Monday first; days outside the month are null. */
export function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = `${year}-${pad(month)}-01`
  const cells: (string | null)[] = Array.from({ length: weekdayIndex(first) }, () => null)
  for (let day = 1; day <= daysInMonth(year, month); day++)
    cells.push(`${year}-${pad(month)}-${pad(day)}`)
  while (cells.length % 7 !== 0) cells.push(null)
  const weeks: (string | null)[][] = []
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7))
  return weeks
}

function fromUtc(date: Date): string {
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`
}
