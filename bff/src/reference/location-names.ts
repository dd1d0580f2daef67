/**
 * @module
 * The RTO's location names (GetLocations), read once with the service account and kept for a
 * while: they are reference data of the whole RTO, the same for every user. Names only add to an
 * answer: while the feature is off (the WSDL lacks GetLocations) nothing is read, and a failed read
 * gives no names (the portal shows codes) and is tried again a little later.
 */
import type { Location } from '@vettrak-portal/vettrak-client'

/** Location code → name. */
export type LocationNameMap = ReadonlyMap<string, string>

export const NO_LOCATION_NAMES: LocationNameMap = new Map()

export interface LocationNames {
  /** The names; never rejects (empty when they cannot be had). */
  names(): Promise<LocationNameMap>
}

/** The names `locations` holds, or none when there is no holder (a test, a tool). */
export const locationNamesOf = (locations: LocationNames | undefined): Promise<LocationNameMap> =>
  locations?.names() ?? Promise.resolve(NO_LOCATION_NAMES)

export interface LocationNamesOptions {
  /** Reads the list from VETtrak (the service account's GetLocations). */
  load: () => Promise<Location[]>
  /** Whether the WSDL offers GetLocations (the `locationNames` feature). */
  isOn: () => boolean
  /** Epoch milliseconds. */
  now: () => number
  /** How long a list read is kept. */
  ttlMs: number
  /** How soon a failed read is tried again. */
  retryMs: number
  /** Told of a failed read (for the log). */
  onError?: (error: unknown) => void
}

/** Locations change when an RTO opens a campus: an hour is fresh enough. */
export const DEFAULT_LOCATION_NAMES = { ttlMs: 60 * 60_000, retryMs: 60_000 }

/** The name map of a list: codes without a (non-blank) name are left out. */
export function toLocationNameMap(locations: readonly Location[]): LocationNameMap {
  const names = new Map<string, string>()
  for (const { code, name } of locations) {
    const trimmed = name?.trim()
    if (code && trimmed) names.set(code, trimmed)
  }
  return names
}

/** Creates the holder; nothing is read until the first `names()`. */
export function createLocationNames(options: LocationNamesOptions): LocationNames {
  let held: { expiresAt: number; names: Promise<LocationNameMap> } | undefined

  return {
    names() {
      if (!options.isOn()) return Promise.resolve(NO_LOCATION_NAMES)
      const now = options.now()
      if (held && held.expiresAt > now) return held.names
      const entry = {
        expiresAt: now + options.ttlMs,
        names: options.load().then(toLocationNameMap, (error: unknown) => {
          options.onError?.(error)
          entry.expiresAt = options.now() + options.retryMs
          return NO_LOCATION_NAMES
        }),
      }
      held = entry
      return entry.names
    },
  }
}
