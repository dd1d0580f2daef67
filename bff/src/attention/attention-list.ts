/**
 * @module
 * The employer's "trainees to look at" list, worked out from the employer's contracts and, for the
 * contracts the rule needs them for, their units. A big employer's list costs one unit read per
 * active trainee, so the result is kept per site and RTO day for a few minutes (the scope is
 * decided before it is asked for, so a site's list is the same whoever may see it), and a list
 * already being worked out is joined rather than started again.
 */
import type { TraineeAttention } from '@vettrak-portal/contracts'
import type { Unit, VettrakClient } from '@vettrak-portal/vettrak-client'
import { mapWithConcurrency } from '../records/map-with-concurrency.ts'
import { runAsUser } from '../upstream/request-scope.ts'
import {
  attentionReasons,
  needsUnits,
  type AttentionKind,
  type AttentionThresholds,
} from './trainee-attention.ts'

export interface AttentionListOptions {
  vettrak: Pick<VettrakClient, 'getTraineesForEmployer' | 'getUnitsForContractAsService'>
  thresholds: AttentionThresholds
  /** How long a site's list is reused (0: worked out on every request). */
  ttlMs: number
  /** Unit reads in flight at once. */
  concurrency: number
  /** Sites whose lists are kept; the oldest is dropped first. */
  maxEntries: number
  /** Epoch milliseconds. */
  now: () => number
}

const ORDER: Record<AttentionKind, number> = {
  withdrawn: 0,
  'ending-with-units-open': 1,
  'no-recent-result': 2,
}
const rank = (item: TraineeAttention) => Math.min(...item.reasons.map((r) => ORDER[r.kind]))
const nameOf = (item: TraineeAttention) => `${item.surname ?? ''} ${item.givenName ?? ''}`

/** Creates the list, with its cache. */
export function createAttentionList(options: AttentionListOptions) {
  const { vettrak, thresholds } = options
  const kept = new Map<string, { at: number; list: Promise<TraineeAttention[]> }>()

  async function workOut(employerIdentifier: string, today: string) {
    const contracts = await vettrak.getTraineesForEmployer({ employerIdentifier })
    const unitsOf = new Map<number, Unit[]>()
    const needing = contracts.filter((contract) => needsUnits(contract, today, thresholds))
    // Outside the user's scope: thousands of unit reads must not fill the per-user read cache.
    await runAsUser(undefined, () =>
      mapWithConcurrency(needing, options.concurrency, async (contract) => {
        unitsOf.set(
          contract.id,
          await vettrak.getUnitsForContractAsService({ contractId: contract.id }),
        )
      }),
    )
    const items: TraineeAttention[] = []
    for (const contract of contracts) {
      const reasons = attentionReasons(contract, unitsOf.get(contract.id), today, thresholds)
      if (reasons.length === 0) continue
      items.push({
        contractId: contract.id,
        clientCode: contract.clientCode || undefined,
        givenName: contract.givenName,
        surname: contract.surname,
        qualificationName: contract.qualificationName,
        employerId: contract.employerIdentifier,
        employerName: contract.employerName,
        reasons,
      })
    }
    return items.sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b)))
  }

  return {
    /** The site's list (the site and its descendants) on the RTO's `today`. */
    get(employerIdentifier: string, today: string): Promise<TraineeAttention[]> {
      const key = `${employerIdentifier}@${today}`
      const now = options.now()
      const hit = kept.get(key)
      if (hit && now - hit.at < options.ttlMs) return hit.list
      const list = workOut(employerIdentifier, today)
      kept.delete(key)
      kept.set(key, { at: now, list })
      list.catch(() => {
        if (kept.get(key)?.list === list) kept.delete(key)
      })
      for (const oldest of kept.keys()) {
        if (kept.size <= options.maxEntries) break
        kept.delete(oldest)
      }
      return list
    },
    get size() {
      return kept.size
    },
  }
}
