/**
 * Run with tsx by the global setup: starts the stacks, prints one JSON line with their URLs, and
 * stops them on SIGTERM. A separate process keeps Playwright's own loader away from our TypeScript.
 *
 * `shared` serves the journeys that run in parallel. `isolated` serves the ones that change what
 * every session sees (faults, expired tokens, a password): they run one at a time on their own
 * simulator and BFF, so they never break a journey running beside them. `sparse` is a VETtrak that
 * serves only what is published (the simulator's `published` profile), for the `@sparse` journeys.
 * `branded` shows the sample RTO's brand, for the `@branded` journeys.
 */
import type { Stacks } from './run-file.ts'
import { sampleBrandEnv } from './sample-brand.ts'
import { startE2eStack } from './stack.ts'

const [shared, isolated, sparse, branded] = await Promise.all([
  startE2eStack(),
  // Short cool-down: once VETtrak is back, the page recovers within the SPA's own retries. No
  // read cache: every page asks VETtrak, so a fault or an expired token always shows (a retry too).
  startE2eStack({ VETTRAK_BREAKER_COOLDOWN_SECONDS: '1', VETTRAK_CACHE_SECONDS: '0' }),
  // Only published members, optional strings missing, some dates nil, unknown members. Operations
  // VETtrak does not publish may also be left out here, one by one (the simulator's
  // `withoutOperations`), once the portal hides the features that need them.
  startE2eStack({}, { profile: 'published' }),
  // The sample RTO's brand (scripts/sample-brand), for the `@branded` journeys.
  startE2eStack(sampleBrandEnv()),
])
const urls: Stacks = {
  shared: { baseUrl: shared.baseUrl, simUrl: shared.simUrl },
  isolated: { baseUrl: isolated.baseUrl, simUrl: isolated.simUrl },
  sparse: { baseUrl: sparse.baseUrl, simUrl: sparse.simUrl },
  branded: { baseUrl: branded.baseUrl, simUrl: branded.simUrl },
}
process.stdout.write(`${JSON.stringify(urls)}\n`)
const stop = () =>
  void Promise.all([shared.stop(), isolated.stop(), sparse.stop(), branded.stop()]).then(() =>
    process.exit(0),
  )
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
