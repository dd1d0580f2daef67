/**
 * @module
 * `/api/verify`: anyone, signed in or not, may check a parchment (VerifyAward, run with the service
 * account). Each address may ask a limited number of times per window, counted before VETtrak is
 * asked, so checks fired together cannot pass a count made before any of them. The answer holds
 * only the qualification's code, name and date, never who holds it or anything else VETtrak
 * returns; every claim that does not match answers the same body by the same path, and every
 * answer waits out the same minimum time, so neither shape nor timing tells which part was wrong.
 */
import { apiRouteSchemas as routes, type Verification } from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { AppError } from '../errors.ts'
import { validJson } from '../middleware/validate.ts'
import type { AttemptCounter } from '../security/attempt-counter.ts'
import { clientAddress } from '../security/client-address.ts'

export interface VerifyRouteDeps {
  vettrak: Pick<VettrakClient, 'verifyAward'>
  /** Checks per client address and window. */
  counter: AttemptCounter
  /** Every answer (issued or no match) is sent no sooner than this after the request came in. */
  minimumAnswerMs: number
  /** Epoch milliseconds. */
  now: () => number
  sleep?: (ms: number) => Promise<void>
}

const NO_MATCH: Verification = { result: 'no-match' }

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** The public verification route. */
export function verifyRoutes(deps: VerifyRouteDeps) {
  const sleep = deps.sleep ?? defaultSleep
  return new Hono<AppEnv>().post('/', async (c) => {
    const started = deps.now()
    const claim = await validJson(c, routes.verifyAward.body)
    const taken = await deps.counter.take(`verify:${clientAddress(c)}`)
    if (!taken.allowed)
      throw new AppError('RATE_LIMITED', 'Too many checks from here. Please wait and try again.', {
        retryAfter: taken.retryAfterSeconds,
      })
    let answer: Verification
    try {
      const award = await deps.vettrak.verifyAward(claim)
      answer =
        award === undefined
          ? NO_MATCH
          : {
              result: 'issued',
              qualificationCode: award.qualificationCode,
              qualificationName: award.qualificationName,
              issuedOn: award.recordedDate?.slice(0, 10),
            }
    } catch (error) {
      // VETtrak did not judge the claim: it does not count against the address.
      await taken.giveBack()
      throw error
    }
    const wait = deps.minimumAnswerMs - (deps.now() - started)
    if (wait > 0) await sleep(wait)
    return c.json(answer)
  })
}
