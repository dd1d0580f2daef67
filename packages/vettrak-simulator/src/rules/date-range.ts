/**
 * @module
 * Date-range filters over zone-less local date-times. `YYYY-MM-DDTHH:mm:ss` strings sort in time
 * order, so comparisons are plain string comparisons and no zone is ever involved.
 */

/** Whether a date-time lies in `[start, end]` (both ends included; time of day matters). */
export function within(value: string, start: string, end: string): boolean {
  const at = value.length === 10 ? `${value}T00:00:00` : value
  return at >= start && at <= end
}

/** Whether the period `[from, to]` overlaps `[start, end]`. */
export function overlaps(from: string, to: string, start: string, end: string): boolean {
  const a = from.length === 10 ? `${from}T00:00:00` : from
  const b = to.length === 10 ? `${to}T23:59:59` : to
  return a <= end && b >= start
}
