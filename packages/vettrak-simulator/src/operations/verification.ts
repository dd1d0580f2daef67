/**
 * @module
 * VerifyAward (Protected): the one award whose parchment number and holder's given name and surname
 * all match. No match, or more than one, is Status -4 with the same message, so the answer says
 * nothing about which part was wrong.
 */
import { Status, type Wire } from '@vettrak-portal/vettrak-api'
import { Messages } from '../rules/statuses.ts'
import type { Handler, Handlers } from './context.ts'
import { failureResult } from './failure-result.ts'

/** VETtrak's database compares text without regard to case or surrounding spaces. */
const same = (a: string | undefined, b: string) =>
  a !== undefined && a.trim().toLowerCase() === b.trim().toLowerCase()

export const verifyAward: Handler<'VerifyAward'> = ({ request, caller, services: { store } }) => {
  const matches: Wire<'TQucl'>[] = []
  if (request.parchmentNumber.trim() !== '')
    for (const [clientCode, awards] of store.awardsByClient) {
      const holder = store.clients.get(clientCode)
      if (!same(holder?.Clie_Given, request.givenName)) continue
      if (!same(holder?.Clie_Surname, request.surname)) continue
      for (const award of awards)
        if (
          same(award.Qucl_Cert, request.parchmentNumber) &&
          !store.unverifiableAwards.has(award.Qucl_ID)
        )
          matches.push(award)
    }
  const [award] = matches
  if (award === undefined || matches.length > 1)
    return failureResult('VerifyAward', Status.NoRecords, Messages.noMatchingAward)
  return { Auth: caller.auth, Award: award }
}

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const verificationHandlers = {
  VerifyAward: verifyAward,
} satisfies Handlers
