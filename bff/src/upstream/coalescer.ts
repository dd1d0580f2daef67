/**
 * @module
 * Single-flight: identical calls made while one is in flight share its answer, so a burst of the
 * same read makes one VETtrak call.
 */

/** Shares one in-flight promise per key. */
export function createCoalescer() {
  const inFlight = new Map<string, Promise<unknown>>()
  return {
    /** Joins the call in flight under `key`, or starts `call`. */
    run<T>(key: string, call: () => Promise<T>): Promise<T> {
      const existing = inFlight.get(key)
      if (existing) return existing as Promise<T>
      const started = call().finally(() => inFlight.delete(key))
      inFlight.set(key, started)
      return started
    },
    /** How many distinct calls are in flight. */
    get size() {
      return inFlight.size
    },
  }
}

/** A stable key for a call: the function's name and its input with object keys sorted. */
export function callKey(name: string, input: unknown): string {
  return `${name}:${JSON.stringify(input, (_key, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  )}`
}
