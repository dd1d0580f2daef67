/**
 * @module
 * Decides, per SOAP request, what the fault spec does to it: the delay before answering, and which
 * failure (if any) replaces the answer. The first failure entry that covers the operation and wins
 * its draw applies. Draws come from two streams forked from the seed's generator, one for failures and
 * one for jitter, so a run with the same seed and the same requests fails the same requests.
 */
import type { OperationName } from '@vettrak-portal/vettrak-api'
import { createRandom, type Random } from '../seed/random.ts'
import type { FaultKind, FaultSpec } from './fault-spec.ts'

export interface FaultDecision {
  delayMs: number
  failure: FaultKind | undefined
}

export class FaultPlan {
  #spec: FaultSpec = {}
  readonly #failureRandom: Random
  readonly #jitterRandom: Random

  constructor(seed: number, spec: FaultSpec = {}) {
    const random = createRandom(seed)
    this.#failureRandom = random.fork('faults:failure')
    this.#jitterRandom = random.fork('faults:jitter')
    this.#spec = spec
  }

  /** The spec in force. */
  get spec(): FaultSpec {
    return this.#spec
  }

  /** Replaces the spec (already validated). */
  set(spec: FaultSpec): void {
    this.#spec = spec
  }

  clear(): void {
    this.#spec = {}
  }

  /** What happens to one request for `operation` (undefined when the body could not be read). */
  decide(operation: OperationName | undefined): FaultDecision {
    const { latencyMs = 0, jitterMs = 0, failures = [] } = this.#spec
    const delayMs = latencyMs + (jitterMs > 0 ? this.#jitterRandom.next() * jitterMs : 0)
    for (const failure of failures) {
      if (
        failure.operations !== undefined &&
        (operation === undefined || !failure.operations.includes(operation))
      )
        continue
      const rate = failure.rate ?? 1
      if (rate >= 1 || (rate > 0 && this.#failureRandom.next() < rate))
        return { delayMs, failure: failure.kind }
    }
    return { delayMs, failure: undefined }
  }
}
