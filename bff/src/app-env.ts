/**
 * @module
 * What every handler can reach: the app's dependencies and the per-request variables that the
 * middleware puts on `c.var`.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import type { Logger } from 'pino'
import type { Brand } from './brand/brand.ts'
import type { Config } from './env.ts'
import type { FeatureGate } from './features/feature-gate.ts'
import type { FeedStore } from './feeds/feed-store.ts'
import type { SessionData, SessionProblem } from './session/session-data.ts'
import type { SharedStore } from './store/shared-store.ts'

/** The outside world the app talks to, passed in so tests run the real thing on loopback. */
export interface AppDeps {
  config: Config
  vettrak: VettrakClient
  logger: Logger
  /** Epoch milliseconds; injectable so tests can move time instead of waiting. */
  now?: () => number
  /**
   * Which features this VETtrak offers; by default one reading `config.vettrak`'s WSDL, started at
   * once. Tests pass their own and await its first `refresh()`.
   */
  features?: FeatureGate
  /** The store shared by every instance (`REDIS_URL`); without it, state stays in this process. */
  sharedStore?: SharedStore
  /**
   * Where calendar feeds are kept; by default the shared store's (with `sharedStore`), else none
   * and feeds are off. `main.ts` passes the `DATA_DIR` file store when there is no shared store.
   */
  feeds?: FeedStore
  /** The RTO's brand, loaded at start (`main.ts`); by default from `config.brand`. */
  brand?: Brand
  /** Filled with the size of each in-memory cache and list, for tests and diagnostics. */
  cacheSizes?: Map<string, () => number>
}

export interface AppEnv {
  Variables: {
    requestId: string
    /** The client's address as the throttle keys it (`security/client-address.ts`). */
    clientAddress: string
    log: Logger
    /** The signed-in user's session, or null (see `sessionProblem` for why). */
    session: SessionData | null
    sessionProblem: SessionProblem | null
    /** Replaces the session; the cookie is re-sealed once, after the handler. */
    commitSession: (session: SessionData) => void
    /** Ends the session: revokes it (rejects if that cannot be recorded) and clears the cookie. */
    endSession: () => Promise<void>
  }
}
