/**
 * @module
 * The token clock: real time plus an offset that tests and the control endpoint move forward, so
 * token expiry is tested without waiting.
 */

export interface Clock {
  /** Milliseconds since the epoch, including the offset. */
  now(): number
  /** Moves the clock forward (seconds ≥ 0). */
  advance(seconds: number): void
  /** The total offset added so far, in seconds. */
  offsetSeconds(): number
}

/** A clock over `source` (default `Date.now`) that can be moved forward. */
export function createClock(source: () => number = Date.now): Clock {
  let offsetMs = 0
  return {
    now: () => source() + offsetMs,
    advance(seconds) {
      if (!Number.isFinite(seconds) || seconds < 0)
        throw new RangeError('the clock only moves forward by a finite number of seconds')
      offsetMs += seconds * 1000
    },
    offsetSeconds: () => offsetMs / 1000,
  }
}
