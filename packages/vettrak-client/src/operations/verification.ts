/**
 * @module
 * VerifyAward: whether a parchment was issued to the person it names. VETtrak makes it Protected,
 * so it runs with the service account; anyone may ask, so the BFF rate-limits it and answers only
 * what a match shows.
 */
import { NoRecordsError } from '../errors.ts'
import type { CallOptions, Invoke } from '../invoke.ts'
import { toAward } from '../mapping/learner.ts'
import type { ServiceSession } from '../service-session.ts'
import { AwardSchema } from '../schemas/learner.ts'
import { parseDomain } from './shared.ts'

/** What a person reads off a parchment to have it checked. */
export interface AwardClaim {
  givenName: string
  surname: string
  parchmentNumber: string
}

/** The verification functions. */
export function verificationOperations(invoke: Invoke, session: ServiceSession) {
  return {
    /**
     * The one award issued under this parchment number to a person of these names, read as the
     * service account; `undefined` when none, or more than one, matches (Status -4), or VETtrak
     * answers without an award.
     */
    verifyAward(input: AwardClaim, options?: CallOptions) {
      return session.withToken('VerifyAward', async (token) => {
        try {
          const result = await invoke('VerifyAward', { token, ...input }, options)
          if (result.Award === undefined) return undefined
          return parseDomain(AwardSchema, toAward(result.Award), 'VerifyAward')
        } catch (error) {
          // "No such parchment" is an answer, not a failure.
          if (error instanceof NoRecordsError) return undefined
          throw error
        }
      })
    },
  }
}
