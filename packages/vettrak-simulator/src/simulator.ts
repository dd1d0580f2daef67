/**
 * @module
 * Runs the simulator over a given store: wires the token clock and registry, the fault plan, the
 * SOAP endpoint and the control endpoint onto one `node:http` server.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  API_PROFILES,
  operationNames,
  type ApiProfile,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import { Directory } from './data/directory.ts'
import type { SimStore } from './data/store.ts'
import { FaultPlan } from './faults/fault-plan.ts'
import { parseFaultSpec, type FaultSpec } from './faults/fault-spec.ts'
import type { ControlTarget } from './http/control.ts'
import { createRequestListener, SERVICE_PATH } from './http/server.ts'
import type { Services } from './operations/context.ts'
import { createClock } from './rules/clock.ts'
import { isValidTimeZone, localDateTime } from './rules/local-time.ts'
import { TokenRegistry } from './rules/tokens.ts'

export interface RunningSimulator {
  /** `http://127.0.0.1:PORT` */
  url: string
  /** `http://127.0.0.1:PORT/VT_API.asmx` */
  endpoint: string
  /** `http://127.0.0.1:PORT/VT_API.asmx?WSDL` */
  wsdlUrl: string
  port: number
  store: SimStore
  /** Replaces the current faults (same as POST /__sim/faults). */
  setFaults(spec: FaultSpec): void
  /** Same as DELETE /__sim/faults. */
  clearFaults(): void
  /** Moves the token clock forward (POST /__sim/clock {"advanceSeconds": n}). */
  advanceClock(seconds: number): void
  /** Every issued token (only `clientCode`'s, if given) now answers -2 (POST /__sim/tokens/expire). */
  expireTokens(clientCode?: string): void
  /**
   * Every issued token (only `clientCode`'s, if given) is unknown and answers -1, as after a
   * restart (POST /__sim/tokens/forget).
   */
  forgetTokens(clientCode?: string): void
  close(): Promise<void>
}

/** How to run a simulator over a store (the seeding options are applied before). */
export interface RunOptions {
  host?: string
  port?: number
  /** Seeds the fault PRNGs. */
  seed?: number
  /** The "today" of the data: seeded clients count as last modified at its midnight. */
  referenceDate: string
  timeZone?: string
  tokenIdleSeconds?: number
  /** Overrides the store's setting when given. */
  emailAsUsername?: boolean
  faults?: FaultSpec
  /** Operations this server does not offer: left out of the WSDL and refused when called. */
  withoutOperations?: readonly OperationName[]
  /**
   * `full` (default): every member of vettrak-api's tables. `published`: only what public
   * evidence shows, sparse (see `soap/published-profile.ts`), in the answers and the WSDL.
   */
  profile?: ApiProfile
  /** The time source under the token clock (default `Date.now`). */
  timeSource?: () => number
}

function checkOptions(options: RunOptions): void {
  const problems: string[] = []
  const { port = 8081, tokenIdleSeconds = 3600, timeZone = 'Australia/Sydney' } = options
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push('port must be 0..65535')
  if (!Number.isFinite(tokenIdleSeconds) || tokenIdleSeconds <= 0)
    problems.push('tokenIdleSeconds must be a positive number')
  if (!isValidTimeZone(timeZone)) problems.push(`unknown time zone '${timeZone}'`)
  if (options.profile !== undefined && !API_PROFILES.includes(options.profile))
    problems.push(`profile must be one of ${API_PROFILES.join(', ')}`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.referenceDate))
    problems.push('referenceDate must be YYYY-MM-DD')
  if (problems.length > 0) throw new RangeError(`invalid simulator options: ${problems.join('; ')}`)
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

/** Starts a simulator serving `store`. */
export async function runSimulator(
  store: SimStore,
  options: RunOptions,
): Promise<RunningSimulator> {
  checkOptions(options)
  const host = options.host ?? '127.0.0.1'
  const timeZone = options.timeZone ?? 'Australia/Sydney'
  if (options.emailAsUsername !== undefined) store.emailAsUsername = options.emailAsUsername
  const clock = createClock(options.timeSource)
  const tokens = new TokenRegistry(clock, options.tokenIdleSeconds ?? 3600)
  const faults = new FaultPlan(options.seed ?? 1, parseFaultSpec(options.faults ?? {}))
  const profile = options.profile ?? 'full'
  const services: Services = {
    store,
    directory: new Directory(store, `${options.referenceDate}T00:00:00`),
    tokens,
    clock,
    timeZone,
    nowLocal: () => localDateTime(clock.now(), timeZone),
  }

  const without = new Set<OperationName>(options.withoutOperations ?? [])
  const timers = new Set<NodeJS.Timeout>()
  const schedule = (delayMs: number, send: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer)
      send()
    }, delayMs)
    timers.add(timer)
  }

  const control: ControlTarget = {
    faults: () => faults.spec,
    setFaults: (spec) => faults.set(parseFaultSpec(spec)),
    clearFaults: () => faults.clear(),
    advanceClock: (seconds) => clock.advance(seconds),
    clock: () => ({ offsetSeconds: clock.offsetSeconds(), now: services.nowLocal() }),
    expireTokens: (clientCode) => tokens.expireAll(clientCode),
    forgetTokens: (clientCode) => tokens.forgetAll(clientCode),
    health: () => ({
      status: 'ok',
      operations: operationNames.length - without.size,
      clients: store.clients.size,
      employers: store.employers.size,
      tokens: tokens.size,
      referenceDate: options.referenceDate,
      timeZone,
      emailAsUsername: store.emailAsUsername,
      profile,
      faults: faults.spec,
    }),
  }

  const server = createServer(
    { keepAlive: true },
    createRequestListener({ services, faults, profile, schedule, without }, control, (error) =>
      console.error('vettrak-simulator: unexpected error', error),
    ),
  )
  server.keepAliveTimeout = 30_000
  server.headersTimeout = 31_000
  server.requestTimeout = 60_000
  const port = await listen(server, options.port ?? 8081, host)
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  return {
    url,
    endpoint: `${url}${SERVICE_PATH}`,
    wsdlUrl: `${url}${SERVICE_PATH}?WSDL`,
    port,
    store,
    setFaults: (spec) => control.setFaults(spec),
    clearFaults: () => control.clearFaults(),
    advanceClock: (seconds) => control.advanceClock(seconds),
    expireTokens: (clientCode) => void tokens.expireAll(clientCode),
    forgetTokens: (clientCode) => void tokens.forgetAll(clientCode),
    close: () =>
      new Promise<void>((resolve, reject) => {
        for (const timer of timers) clearTimeout(timer)
        timers.clear()
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
