/**
 * @module
 * Retries with "full jitter" backoff: before attempt n (n ≥ 1) wait a random time in
 * [0, min(cap, base · 2^(n-1))), so clients that failed together do not come back together.
 */

export interface RetryOptions {
  /** Further attempts after the first (0 turns retrying off). */
  retries: number
  baseDelayMs: number
  maxDelayMs: number
  /** Which errors are worth another attempt. */
  shouldRetry: (error: unknown) => boolean
  /** [0, 1); injectable for tests. */
  random?: () => number
  /** Waits `ms`; injectable so tests do not wait. */
  sleep?: (ms: number) => Promise<void>
}

const realSleep = (ms: number) =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, ms).unref()
  })

/** The wait before retry number `attempt` (1-based) with full jitter. */
export function backoffDelay(
  attempt: number,
  options: Pick<RetryOptions, 'baseDelayMs' | 'maxDelayMs'>,
  random: () => number,
): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1))
  return Math.floor(random() * ceiling)
}

/** Runs `call`, retrying it while `shouldRetry` says so and retries are left. */
export async function withRetry<T>(call: () => Promise<T>, options: RetryOptions): Promise<T> {
  const random = options.random ?? Math.random
  const sleep = options.sleep ?? realSleep
  for (let attempt = 0; ; attempt++) {
    try {
      return await call()
    } catch (error) {
      if (attempt >= options.retries || !options.shouldRetry(error)) throw error
      await sleep(backoffDelay(attempt + 1, options, random))
    }
  }
}
