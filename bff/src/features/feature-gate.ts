/**
 * @module
 * Which portal features this RTO's VETtrak offers, decided from its WSDL (the doctor's model and
 * `portalFeatures`, so the BFF and `pnpm run doctor` agree). Read at start-up and again when
 * `/readyz` finds the answer old. If the WSDL cannot be read, nothing is turned off on a guess:
 * every feature stays on (or the last answer stands) and `/readyz` says the list is unverified.
 */
import { allFeaturesOn, type FeatureName, type Features } from '@vettrak-portal/contracts'
import {
  featureAvailability,
  requiredFeatures,
  type WsdlModel,
} from '@vettrak-portal/vettrak-client'

/** What is known about the features. */
export type FeatureState =
  | {
      /** The WSDL has not been read (yet, or ever): every feature is on. */
      source: 'unverified'
      features: Features
      /** Why the last read failed, if one did. */
      error?: string
    }
  | {
      source: 'wsdl'
      features: Features
      /** Per feature that is off, the operations the WSDL lacks. */
      missing: Partial<Record<FeatureName, string[]>>
      /** Epoch milliseconds of the read. */
      readAt: number
      /** The last re-read failed; this answer is the one before. */
      error?: string
    }

export interface FeatureGateOptions {
  readModel: () => Promise<WsdlModel>
  /** Epoch milliseconds. */
  now: () => number
  /** How long a read is trusted before `/readyz` reads the WSDL again (default 5 minutes). */
  refreshMs?: number
  /** How soon a failed read is tried again (default 30 s). */
  retryMs?: number
  /** Told of each new state (for the log). */
  onChange?: (state: FeatureState, previous: FeatureState) => void
}

export type FeatureGate = ReturnType<typeof createFeatureGate>

/** Creates the gate; every feature is on until `refresh()` has read the WSDL. */
export function createFeatureGate(options: FeatureGateOptions) {
  const refreshMs = options.refreshMs ?? 5 * 60_000
  const retryMs = options.retryMs ?? 30_000
  let state: FeatureState = { source: 'unverified', features: allFeaturesOn() }
  let attemptedAt: number | undefined
  let inFlight: Promise<FeatureState> | undefined

  const read = async (): Promise<FeatureState> => {
    attemptedAt = options.now()
    const previous = state
    try {
      const availability = featureAvailability(await options.readModel())
      const features = allFeaturesOn()
      const missing: Partial<Record<FeatureName, string[]>> = {}
      for (const { feature, available, missing: lacking } of availability) {
        features[feature] = available
        if (!available) missing[feature] = lacking
      }
      state = { source: 'wsdl', features, missing, readAt: attemptedAt }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      state = { ...previous, error: reason }
    }
    if (JSON.stringify(state) !== JSON.stringify(previous)) options.onChange?.(state, previous)
    return state
  }

  const gate = {
    /** Reads the WSDL now (one read at a time) and returns the new state. */
    refresh(): Promise<FeatureState> {
      inFlight ??= read().finally(() => {
        inFlight = undefined
      })
      return inFlight
    },
    /** Reads the WSDL again if the last read is old, or failed a while ago. */
    async refreshIfDue(): Promise<FeatureState> {
      if (inFlight) return inFlight
      const due =
        attemptedAt === undefined ||
        options.now() - attemptedAt >=
          (state.error === undefined && state.source === 'wsdl' ? refreshMs : retryMs)
      return due ? gate.refresh() : state
    },
    state: (): FeatureState => state,
    isOn: (feature: FeatureName): boolean => state.features[feature],
    /** The required features (sign-in) the WSDL is known not to offer. */
    requiredOff: (): FeatureName[] =>
      requiredFeatures.filter((feature) => !state.features[feature]),
  }
  return gate
}
