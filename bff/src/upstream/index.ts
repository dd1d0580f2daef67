/**
 * @module
 * The resilient face of the VETtrak client the routes use: the same functions, plus retries of
 * transient read failures, a circuit breaker, coalescing of identical reads in flight, and a short
 * per-user cache of list reads. Routes cannot tell the difference.
 */
import { VettrakAbortedError, type VettrakClient } from '@vettrak-portal/vettrak-client'
import { createCircuitBreaker, type CircuitState } from './circuit-breaker.ts'
import { type CircuitOpenError } from './circuit-open-error.ts'
import { callKey, createCoalescer } from './coalescer.ts'
import { currentUserKey, inBackground } from './request-scope.ts'
import { withRetry } from './retry.ts'
import { isTransient, isUpstreamTrouble } from './transient.ts'
import { createUserCache } from './user-cache.ts'

export { CircuitOpenError } from './circuit-open-error.ts'
export { requestScope, runAsUser, runInBackground } from './request-scope.ts'
export type { CircuitState } from './circuit-breaker.ts'

/** Tuning of the upstream layer; every clock and dice is injectable. */
export interface UpstreamOptions {
  /** Retries of a read after a transient failure (default 2). */
  retries?: number
  baseDelayMs?: number
  maxDelayMs?: number
  /** Consecutive failures that open the circuit (default 5). */
  breakerThreshold?: number
  breakerCoolDownMs?: number
  /** How long a user's list reads are kept (default 30 s; 0 turns the cache off). */
  cacheTtlMs?: number
  cacheMaxEntries?: number
  /** Epoch milliseconds, for the breaker's cool-down and the cache's TTL. */
  now?: () => number
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  onCircuitChange?: (state: CircuitState) => void
}

/** The client as the routes see it, plus the breaker's state for `/readyz`. */
export type Upstream = VettrakClient & {
  circuit: { state: () => CircuitState; retryAfterSeconds: () => number }
  /** Entries in the per-user read cache and calls in flight (for diagnostics). */
  sizes: { cachedReads: () => number }
  /** Drops a user's cached reads (their session ended). */
  forgetUser: (userKey: string) => void
}

type Operation = CircuitOpenError['operation']
type AnyCall = (input: unknown, options?: { signal?: AbortSignal }) => Promise<unknown>

/** Never retried: a sign-in attempt (a retry could count twice towards a lock-out) and writes. */
const NOT_READS = new Set(['validateClient', 'updateClientUsernamePassword'])
const CLEARS_USER_CACHE = new Set(['updateClientUsernamePassword'])
const PASS_THROUGH = new Set(['ready', 'close', 'service'])
/** Staff search keeps the accessible-clients list (thousands of people) in its own cache. */
const NOT_CACHED = new Set(['getAccessibleClients'])

const operationOf = (name: string) => (name[0]?.toUpperCase() + name.slice(1)) as Operation

/** Settles with `shared`, unless the caller's own signal aborts first (the shared call goes on). */
function abortable<T>(shared: Promise<T>, signal: AbortSignal | undefined, operation: Operation) {
  if (!signal) return shared
  const aborted = () => new VettrakAbortedError(`${operation}: aborted`, { operation })
  if (signal.aborted) return Promise.reject(aborted())
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(aborted())
    signal.addEventListener('abort', onAbort, { once: true })
    shared.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** Wraps the client with retries, a circuit breaker, coalescing and a per-user cache. */
export function createUpstream(vettrak: VettrakClient, options: UpstreamOptions = {}): Upstream {
  const breaker = createCircuitBreaker({
    failureThreshold: options.breakerThreshold ?? 5,
    coolDownMs: options.breakerCoolDownMs ?? 15_000,
    isFailure: isUpstreamTrouble,
    now: options.now,
    onStateChange: options.onCircuitChange,
  })
  const coalescer = createCoalescer()
  const cache = createUserCache({
    ttlMs: options.cacheTtlMs ?? 30_000,
    maxEntries: options.cacheMaxEntries ?? 5_000,
    now: options.now,
  })
  const retry = {
    retries: options.retries ?? 2,
    baseDelayMs: options.baseDelayMs ?? 50,
    maxDelayMs: options.maxDelayMs ?? 400,
    shouldRetry: isTransient,
    random: options.random,
    sleep: options.sleep,
  }

  const read = (name: string, call: AnyCall): AnyCall => {
    const operation = operationOf(name)
    return async (input, callOptions) => {
      const userKey = currentUserKey()
      const key = callKey(name, input)
      if (userKey !== undefined) {
        const hit = cache.get(userKey, key)
        if (hit !== undefined) return hit
      }
      // The shared call runs without any one caller's signal: one caller giving up must not
      // fail the others. The client's own timeout still bounds it.
      const background = inBackground()
      const shared = coalescer.run(key, () =>
        withRetry(() => breaker.run(operation, () => call(input), { background }), retry),
      )
      const result = await abortable(shared, callOptions?.signal, operation)
      if (userKey !== undefined && Array.isArray(result) && !NOT_CACHED.has(name))
        cache.set(userKey, key, result)
      return result
    }
  }

  const guarded = (name: string, call: AnyCall): AnyCall => {
    const operation = operationOf(name)
    return async (input, callOptions) => {
      const userKey = currentUserKey()
      try {
        return await breaker.run(operation, () => call(input, callOptions))
      } finally {
        if (userKey !== undefined && CLEARS_USER_CACHE.has(name)) cache.clearUser(userKey)
      }
    }
  }

  const wrapped: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(vettrak)) {
    if (PASS_THROUGH.has(name) || typeof value !== 'function') wrapped[name] = value
    else if (name.startsWith('get') && !NOT_READS.has(name))
      wrapped[name] = read(name, value as AnyCall)
    else wrapped[name] = guarded(name, value as AnyCall)
  }
  wrapped.circuit = { state: breaker.state, retryAfterSeconds: breaker.retryAfterSeconds }
  wrapped.sizes = { cachedReads: () => cache.size }
  wrapped.forgetUser = (userKey: string) => cache.clearUser(userKey)
  // Built key by key from the client, so it has every function the client has.
  return wrapped as unknown as Upstream
}
