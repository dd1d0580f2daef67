/**
 * @module
 * The resilient face of the VETtrak client the routes use: the same functions, plus retries of
 * transient read failures, a circuit breaker, coalescing of identical reads in flight, and a short
 * per-user cache of list reads. Routes cannot tell the difference.
 */
import {
  VettrakAbortedError,
  type CallOptions,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import { createCircuitBreaker, type CircuitState } from './circuit-breaker.ts'
import { type CircuitOpenError } from './circuit-open-error.ts'
import { callKey, createCoalescer } from './coalescer.ts'
import { currentUserKey, inBackground } from './request-scope.ts'
import { POLICIES, type Policy } from './policies.ts'
import { withRetry } from './retry.ts'
import { isTransient, isUpstreamTrouble } from './transient.ts'
import { MB } from '../store/session-cache.ts'
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
  /** Most bytes (of JSON) the cache holds across users (default 64 MB). */
  cacheMaxBytes?: number
  /** Epoch milliseconds, for the breaker's cool-down and the cache's TTL. */
  now?: () => number
  random?: () => number
  sleep?: (ms: number) => Promise<void>
  onCircuitChange?: (state: CircuitState) => void
}

/** The client as the routes see it, plus the breaker's state for `/readyz`. */
export type Upstream = VettrakClient & {
  circuit: { state: () => CircuitState; retryAfterSeconds: () => number }
  /** Entries in the per-user read cache, and their bytes (for diagnostics). */
  sizes: { cachedReads: () => number; cachedReadBytes: () => number }
  /** Drops a user's cached reads (their session ended). */
  forgetSession: (userKey: string) => void
}

/** The per-user read cache's byte bound by default: a big employer's trainees are ~1.8 MB. */
export const DEFAULT_READ_CACHE_BYTES = 64 * MB

type Operation = CircuitOpenError['operation']
/**
 * A client function as the wrappers hold it. Declared as a method so that each function's own
 * input type fits (method parameters are compared both ways); the policy table's type guarantees
 * that only VETtrak calls get a policy other than `pass`.
 */
type AnyCall = { call(this: void, input: unknown, options?: CallOptions): unknown }['call']

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
    maxBytes: options.cacheMaxBytes ?? DEFAULT_READ_CACHE_BYTES,
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

  const retried = (name: string, call: AnyCall, cached: boolean): AnyCall => {
    const operation = operationOf(name)
    return async (input, callOptions) => {
      const userKey = currentUserKey()
      const key = callKey(name, input)
      if (cached && userKey !== undefined) {
        const hit = cache.get(userKey, key)
        if (hit !== undefined) return hit
      }
      // The shared call runs without any one caller's signal: one caller giving up must not
      // fail the others. The client's own timeout still bounds it.
      const background = inBackground()
      const shared = coalescer.run(key, () =>
        withRetry(
          () => breaker.run(operation, () => Promise.resolve(call(input)), { background }),
          retry,
        ),
      )
      const result = await abortable(shared, callOptions?.signal, operation)
      if (cached && userKey !== undefined && Array.isArray(result)) cache.set(userKey, key, result)
      return result
    }
  }

  const guarded = (name: string, call: AnyCall, clearsUserCache: boolean): AnyCall => {
    const operation = operationOf(name)
    return async (input, callOptions) => {
      const userKey = currentUserKey()
      try {
        return await breaker.run(operation, () => Promise.resolve(call(input, callOptions)))
      } finally {
        if (clearsUserCache && userKey !== undefined) cache.forgetSession(userKey)
      }
    }
  }

  const wrappers: Record<Exclude<Policy, 'pass'>, (name: string, call: AnyCall) => AnyCall> = {
    read: (name, call) => retried(name, call, true),
    uncached: (name, call) => retried(name, call, false),
    once: (name, call) => guarded(name, call, false),
    write: (name, call) => guarded(name, call, true),
  }

  const policyOf = new Map<string, Policy>(Object.entries(POLICIES))
  const wrapped: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(vettrak)) {
    const policy = policyOf.get(name)
    // The table's type makes this unreachable; it stays loud rather than guessing.
    if (policy === undefined) throw new Error(`No upstream policy for the client's ${name}`)
    wrapped[name] =
      policy === 'pass' || typeof member !== 'function' ? member : wrappers[policy](name, member)
  }
  const extras: Omit<Upstream, keyof VettrakClient> = {
    circuit: { state: breaker.state, retryAfterSeconds: breaker.retryAfterSeconds },
    sizes: { cachedReads: () => cache.size, cachedReadBytes: () => cache.bytes },
    forgetSession: (userKey: string) => cache.forgetSession(userKey),
  }
  // The one cast: `wrapped` was built key by key from POLICIES, whose type holds it to exactly the
  // client's keys, and each wrapper takes the input and answers with what the function it wraps does.
  return { ...(wrapped as VettrakClient), ...extras }
}
