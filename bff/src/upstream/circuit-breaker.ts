/**
 * @module
 * A per-process circuit breaker. After `failureThreshold` consecutive failures that say VETtrak is
 * unwell it opens, and calls fail fast for `coolDownMs`; then it is half-open and lets one probe
 * through: success closes it, failure opens it for another cool-down. Calls that arrive while the
 * probe is out wait for its outcome rather than failing: a page that reads several things at once
 * (a big employer's contacts, site by site) must not fail after VETtrak is back merely because one
 * of its reads happened to be the probe. Any answer from VETtrak (even "wrong password" or "no
 * records") counts as VETtrak being well.
 */
import { CircuitOpenError } from './circuit-open-error.ts'

export type CircuitState = 'closed' | 'open' | 'half-open'

export interface CircuitBreakerOptions {
  failureThreshold: number
  coolDownMs: number
  /** Which errors count as VETtrak being unwell. */
  isFailure: (error: unknown) => boolean
  /** Epoch milliseconds; injectable so tests pass the cool-down without waiting. */
  now?: () => number
  /** Told of every change of state. */
  onStateChange?: (state: CircuitState) => void
}

export type CircuitBreaker = ReturnType<typeof createCircuitBreaker>

/** Creates a closed breaker. */
export function createCircuitBreaker(options: CircuitBreakerOptions) {
  const now = options.now ?? Date.now
  let failures = 0
  let openedAt: number | undefined
  /** Settles (never rejects) when the half-open probe in flight has its answer. */
  let probe: Promise<void> | undefined

  const coolingDown = () => openedAt !== undefined && now() - openedAt < options.coolDownMs

  const state = (): CircuitState =>
    openedAt === undefined ? 'closed' : coolingDown() ? 'open' : 'half-open'

  const transition = (next: () => void) => {
    const before = state()
    next()
    const after = state()
    if (after !== before) options.onStateChange?.(after)
  }

  const retryAfterSeconds = () =>
    openedAt === undefined
      ? 0
      : Math.max(1, Math.ceil((openedAt + options.coolDownMs - now()) / 1000))

  const succeeded = () =>
    transition(() => {
      failures = 0
      openedAt = undefined
    })

  const failed = (wasProbe: boolean) =>
    transition(() => {
      failures++
      if (wasProbe || failures >= options.failureThreshold) openedAt = now()
    })

  /**
   * Runs `call` unless the circuit is open; while a half-open probe is in flight, waits for it
   * and then runs (it closed) or refuses (it opened again). A `background` call (nobody is
   * waiting for it) runs only while the circuit is closed and its failures do not count: it
   * must never be the probe, nor open the circuit on the people waiting for their own calls.
   */
  async function run<T>(
    operation: CircuitOpenError['operation'],
    call: () => Promise<T>,
    { background = false } = {},
  ): Promise<T> {
    const current = state()
    if (current === 'open' || (current === 'half-open' && background))
      throw new CircuitOpenError(operation, retryAfterSeconds())
    if (current === 'half-open' && probe) {
      // Closed: runs. Open again: refused. Still half-open (the probe was aborted): probes.
      await probe
      return run(operation, call, { background })
    }
    const isProbe = current === 'half-open'
    let probeSettled = () => {}
    if (isProbe) probe = new Promise<void>((resolve) => (probeSettled = resolve))
    try {
      const result = await call()
      succeeded()
      return result
    } catch (error) {
      if (options.isFailure(error)) {
        if (!background) failed(isProbe)
      } else if (!(error instanceof Error && error.name === 'AbortError')) succeeded()
      throw error
    } finally {
      if (isProbe) {
        probe = undefined
        probeSettled()
      }
    }
  }

  return {
    /** The state now (open turns half-open by itself when the cool-down has passed). */
    state,
    /** Seconds until the next probe may go through; 0 when closed. */
    retryAfterSeconds,
    run,
  }
}
