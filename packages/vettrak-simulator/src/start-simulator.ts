/**
 * @module
 * `startSimulator(options)`: seeds a store deterministically and serves it.
 */
import type { ApiProfile, OperationName } from '@vettrak-portal/vettrak-api'
import type { FaultSpec } from './faults/fault-spec.ts'
import { isValidTimeZone, localDateTime } from './rules/local-time.ts'
import { createSeededStore } from './seed/index.ts'
import { runSimulator, type RunningSimulator } from './simulator.ts'

export interface SimulatorOptions {
  /** Default 127.0.0.1. */
  host?: string
  /** Default 8081; 0 = any free port. */
  port?: number
  /** Default 1. */
  seed?: number
  /** Bulk clients besides the demo people (default: the seed's). */
  clients?: number
  /** Bulk employers (default: the seed's). */
  employers?: number
  /** `YYYY-MM-DD`, "today" for the seeded data; default today in `timeZone`. */
  referenceDate?: string
  /** The RTO's zone, default `Australia/Sydney`. */
  timeZone?: string
  /** Default 3600 (sliding). */
  tokenIdleSeconds?: number
  /** Default true. */
  emailAsUsername?: boolean
  faults?: FaultSpec
  /** Operations this server does not offer: left out of the WSDL and refused when called. */
  withoutOperations?: readonly OperationName[]
  /**
   * `full` (default): every member of the description. `published`: only what public evidence
   * shows, with optional strings missing, some dates nil and unknown members (a sparse VETtrak).
   */
  profile?: ApiProfile
}

export const DEFAULT_TIME_ZONE = 'Australia/Sydney'
export const DEFAULT_PORT = 8081

/** Seeds the demo database and starts a simulator serving it. */
export function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE
  if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone '${timeZone}'`)
  const referenceDate = options.referenceDate ?? localDateTime(Date.now(), timeZone).slice(0, 10)
  const seed = options.seed ?? 1
  const store = createSeededStore({
    seed,
    referenceDate,
    ...(options.clients === undefined ? {} : { clients: options.clients }),
    ...(options.employers === undefined ? {} : { employers: options.employers }),
    emailAsUsername: options.emailAsUsername ?? true,
  })
  return runSimulator(store, {
    host: options.host,
    port: options.port ?? DEFAULT_PORT,
    seed,
    referenceDate,
    timeZone,
    tokenIdleSeconds: options.tokenIdleSeconds,
    emailAsUsername: options.emailAsUsername,
    faults: options.faults,
    withoutOperations: options.withoutOperations,
    profile: options.profile,
  })
}
