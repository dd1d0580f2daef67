/**
 * @module
 * RTO local time. VETtrak's dates are zone-less local values (`YYYY-MM-DDTHH:mm:ss`), so the
 * simulator keeps every date as such a string and never passes one through a JS `Date` in the
 * server's own zone. A request date carrying a zone is converted to the RTO's local time.
 */

const XSD_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:\d{2})?$/

const formatters = new Map<string, Intl.DateTimeFormat>()

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

/** True when the runtime knows the IANA time zone. */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone)
    return true
  } catch {
    return false
  }
}

/** The local `YYYY-MM-DDTHH:mm:ss` in `timeZone` of an instant (epoch milliseconds). */
export function localDateTime(epochMs: number, timeZone: string): string {
  const parts: Record<string, string> = {}
  for (const part of formatterFor(timeZone).formatToParts(epochMs)) parts[part.type] = part.value
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}`
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * Reads an `xsd:dateTime` (or a bare date) as RTO local time: zone-less values are taken as local,
 * zoned ones converted to `timeZone`; fractions of a second are dropped. `undefined` if invalid.
 */
export function parseXsdDateTime(text: string, timeZone: string): string | undefined {
  const match = XSD_DATE_TIME.exec(text.trim())
  if (match === null) return undefined
  const [, y, mo, d, h = '00', mi = '00', s = '00', , zone] = match
  const year = Number(y)
  const month = Number(mo)
  const day = Number(d)
  const hour = Number(h)
  const minute = Number(mi)
  const second = Number(s)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  if (hour > 23 || minute > 59 || second > 59) return undefined
  const local = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`
  if (zone === undefined) return local
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)))
  const epoch = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000
  return localDateTime(epoch, timeZone)
}
