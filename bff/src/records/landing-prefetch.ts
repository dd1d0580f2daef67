/**
 * @module
 * The landing page's reads, started at sign-in as soon as VETtrak has said who signed in: the
 * learner's events, enrolments (with units for progress) and unpaid invoices, read with their own
 * token while their details and employers are read, and kept in the per-user cache under the new
 * session's id only. The dashboard's requests then find the answers cached, or join the calls in
 * flight, instead of starting them one round trip later. A contact with an employer active from
 * the start also has its enrolments read (the list both the employer overview and the enrolments
 * page ask for first: thousands of rows for a large employer), once the sign-in has answered, so
 * that reading and parsing them never holds up the answer. Every employer route still checks the
 * scope before it answers from the cache. Its failures are only logged: they never
 * fail the sign-in nor count towards opening the circuit breaker.
 */
import { InvoiceQuerySchema, type FeatureName } from '@vettrak-portal/contracts'
import type { ClientRef } from '@vettrak-portal/vettrak-client'
import { runInBackground, type Upstream } from '../upstream/index.ts'
import { clientRecords, type ClientRecordsDeps } from './client-records.ts'

export interface LandingPrefetchDeps extends ClientRecordsDeps {
  vettrak: Upstream
  /** Prefetches running at once; a sign-in beyond it is not prefetched (default 64). */
  maxInFlight?: number
  /** Whether this VETtrak offers a feature: a read the page will not make is not prefetched. */
  isOn?: (feature: FeatureName) => boolean
}

/** What the dashboard asks for its invoice card (`?status=unpaid`), parsed as the route does. */
const UNPAID = InvoiceQuerySchema.parse({ status: 'unpaid' })

export type LandingPrefetch = ReturnType<typeof createLandingPrefetch>

/** Creates the prefetcher; `start` never throws and its promise never rejects. */
export function createLandingPrefetch(deps: LandingPrefetchDeps) {
  const maxInFlight = deps.maxInFlight ?? 64
  let inFlight = 0

  return {
    /**
     * Reads the landing page's records of `ref` into the cache of the session `sid` is about to
     * be. `signedIn(activeEmployerId)` once the sign-in has answered, or `abandon()` (it failed),
     * which forgets them once the reads have settled.
     */
    start(sid: string, ref: ClientRef, onFailure: (error: unknown) => void) {
      if (inFlight >= maxInFlight)
        return { settled: Promise.resolve(), signedIn: () => undefined, abandon: () => undefined }
      inFlight++
      let abandoned = false
      let answered: (activeEmployerId: string | null) => void = () => undefined
      const activeEmployer = new Promise<string | null>((resolve) => (answered = resolve))
      const records = clientRecords(deps, ref)
      const offered = (feature: FeatureName) => deps.isOn?.(feature) ?? true
      // Started inside runInBackground: the reads are cached under the session it names.
      const reads: [FeatureName, () => Promise<unknown>][] = [
        ['events', () => records.events()],
        ['enrolments', () => records.enrolments()],
        ['invoices', () => records.invoices(UNPAID)],
        [
          'employerEnrolments',
          async () => {
            const employerIdentifier = await activeEmployer
            if (employerIdentifier !== null && !abandoned)
              await deps.vettrak.getEnrolmentsForEmployer({ employerIdentifier })
          },
        ],
      ]
      const settled = runInBackground(sid, () =>
        Promise.allSettled(reads.filter(([feature]) => offered(feature)).map(([, read]) => read())),
      ).then((results) => {
        inFlight--
        for (const result of results) if (result.status === 'rejected') onFailure(result.reason)
        // Nobody will ever read them, and a later read must not find them either.
        if (abandoned) deps.vettrak.forgetSession(sid)
      })
      return {
        settled,
        /** The sign-in has answered, with this employer active (or none yet); one of the two is due. */
        signedIn: (activeEmployerId: string | null) => answered(activeEmployerId),
        abandon: () => {
          abandoned = true
          answered(null)
          deps.vettrak.forgetSession(sid)
        },
      }
    },
    get inFlight() {
      return inFlight
    },
  }
}
