/**
 * @module
 * A VETtrak location code with the name people know it by: the code stays (the SPA shows it on
 * hover), the name is added when the RTO's list has one.
 */
import type { LocationNameMap } from '../reference/location-names.ts'

/** `location` (the code) and `locationName`, each only when there is one. */
export function locationOf(
  code: string | undefined,
  names: LocationNameMap,
): { location?: string; locationName?: string } {
  const trimmed = code?.trim()
  if (!trimmed) return {}
  const name = names.get(trimmed)
  return name === undefined ? { location: trimmed } : { location: trimmed, locationName: name }
}
