/**
 * @module
 * Is VETtrak usable? The WSDL must be loaded and VETtrak must answer a cheap call: a sign-in with
 * an empty username and password, which VETtrak refuses (-1) without touching any account, so
 * probing can never lock anyone out. It goes through the circuit breaker, so while the circuit is
 * open the answer is "no" without a call, and when half-open the probe is the breaker's probe too.
 * Answers are reused for a few seconds so a busy load balancer does not become VETtrak's load.
 * It also re-reads the WSDL's features when they are due, and is not ready while VETtrak is known
 * not to offer sign-in (ValidateClient, GetClientDetails).
 */
import { InvalidCredentialsError } from '@vettrak-portal/vettrak-client'
import type { FeatureName } from '@vettrak-portal/contracts'
import type { FeatureGate } from '../features/feature-gate.ts'
import { CircuitOpenError } from './circuit-open-error.ts'
import type { Upstream } from './index.ts'

/** What `/readyz` says about the features: from the WSDL, or unverified (all on) and why. */
export interface FeatureReadiness {
  source: 'wsdl' | 'unverified'
  off: FeatureName[]
  error?: string
}

export type Readiness = { features?: FeatureReadiness } & (
  | { ready: true }
  | {
      ready: false
      reason: 'circuit-open' | 'unreachable' | 'sign-in-not-offered'
      retryAfterSeconds: number
    }
)

export interface ReadinessProbeOptions {
  vettrak: Upstream
  /** Which features VETtrak offers; re-read when due on each probe. */
  features?: FeatureGate
  /** Epoch milliseconds. */
  now?: () => number
  /** How long an answer is reused (default 5 s). */
  reuseMs?: number
}

const RETRY_AFTER_SECONDS = 5
/** An operator has to change VETtrak (or point at another) before sign-in comes back. */
const SIGN_IN_RETRY_AFTER_SECONDS = 60

/** Creates the probe; `check()` never throws. */
export function createReadinessProbe(options: ReadinessProbeOptions) {
  const now = options.now ?? Date.now
  const reuseMs = options.reuseMs ?? 5_000
  let last: { at: number; readiness: Readiness } | undefined
  let inFlight: Promise<Readiness> | undefined

  const probe = async (): Promise<Readiness> => {
    const readiness = await probeVettrak()
    if (!options.features) return readiness
    const state = await options.features.refreshIfDue()
    const features: FeatureReadiness = {
      source: state.source,
      off: (Object.keys(state.features) as FeatureName[]).filter((name) => !state.features[name]),
      ...(state.error !== undefined && { error: state.error }),
    }
    if (readiness.ready && options.features.requiredOff().length > 0)
      return {
        ready: false,
        reason: 'sign-in-not-offered',
        retryAfterSeconds: SIGN_IN_RETRY_AFTER_SECONDS,
        features,
      }
    return { ...readiness, features }
  }

  const probeVettrak = async (): Promise<Readiness> => {
    try {
      await options.vettrak.ready()
      await options.vettrak.validateClient({ username: '', password: '' })
      return { ready: true }
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return { ready: true }
      if (error instanceof CircuitOpenError)
        return {
          ready: false,
          reason: 'circuit-open',
          retryAfterSeconds: error.retryAfterSeconds,
        }
      return { ready: false, reason: 'unreachable', retryAfterSeconds: RETRY_AFTER_SECONDS }
    }
  }

  return {
    /** Whether VETtrak is usable now. */
    async check(): Promise<Readiness> {
      if (options.vettrak.circuit.state() === 'open')
        return {
          ready: false,
          reason: 'circuit-open',
          retryAfterSeconds: options.vettrak.circuit.retryAfterSeconds(),
        }
      if (last && now() - last.at < reuseMs) return last.readiness
      inFlight ??= probe().then((readiness) => {
        last = { at: now(), readiness }
        inFlight = undefined
        return readiness
      })
      return inFlight
    },
  }
}
