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
  return `${name}:${flatKey(input) ?? JSON.stringify(input, sortedKeys)}`
}

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0)

function sortedKeys(_key: string, value: unknown): unknown {
  return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
    ? Object.fromEntries(Object.entries(value).sort(byName))
    : value
}

/**
 * The same text as `JSON.stringify(input, sortedKeys)` for the usual input, an object of strings,
 * numbers and booleans, without the copies; undefined for anything else.
 */
function flatKey(input: unknown): string | undefined {
  if (!input || typeof input !== 'object' || Object.getPrototypeOf(input) !== Object.prototype)
    return undefined
  const entries = Object.entries(input).sort(byName)
  let text = '{'
  for (const [key, value] of entries) {
    const type = typeof value
    if (type !== 'string' && type !== 'number' && type !== 'boolean') return undefined
    text += `${text.length > 1 ? ',' : ''}${JSON.stringify(key)}:${JSON.stringify(value)}`
  }
  return `${text}}`
}
