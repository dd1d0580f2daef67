/**
 * @module
 * Slows password guessing: after repeated failed sign-ins for one username, or from one client
 * address, further attempts are refused for a while. Failures are counted in a sliding window.
 */

export interface LoginThrottleOptions {
  /** Failures allowed per username within the window. */
  perUsername: number
  /** Failures allowed per client address within the window (several people may share one). */
  perAddress: number
  windowSeconds: number
  /** Epoch seconds. */
  now: () => number
}

export const DEFAULT_LOGIN_THROTTLE = { perUsername: 5, perAddress: 30, windowSeconds: 15 * 60 }

/** Creates a throttle; `check` returns seconds to wait (0 when an attempt may go ahead). */
export function createLoginThrottle(options: LoginThrottleOptions) {
  const failures = new Map<string, number[]>()

  const recent = (key: string) => {
    const cutoff = options.now() - options.windowSeconds
    const times = (failures.get(key) ?? []).filter((t) => t > cutoff)
    if (times.length) failures.set(key, times)
    else failures.delete(key)
    return times
  }

  const waitFor = (key: string, limit: number) => {
    const times = recent(key)
    if (times.length < limit) return 0
    const oldest = times[times.length - limit] ?? options.now()
    return Math.max(1, Math.ceil(oldest + options.windowSeconds - options.now()))
  }

  const keys = (username: string, address: string) =>
    [`u:${username.trim().toLowerCase()}`, `a:${address}`] as const

  return {
    check(username: string, address: string): number {
      const [user, addr] = keys(username, address)
      return Math.max(waitFor(user, options.perUsername), waitFor(addr, options.perAddress))
    },
    recordFailure(username: string, address: string) {
      if (failures.size > 50_000) failures.clear() // a flood of distinct keys must not exhaust memory
      for (const key of keys(username, address)) failures.set(key, [...recent(key), options.now()])
    },
    recordSuccess(username: string) {
      failures.delete(keys(username, '')[0])
    },
    /** How many usernames and addresses have recent failures. */
    get size() {
      return failures.size
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
