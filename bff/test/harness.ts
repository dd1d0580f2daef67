/**
 * Starts the real simulator and the real BFF on loopback ports, and gives tests a browser-like
 * HTTP agent (a cookie jar) per user. Nothing of our own is mocked; time is a variable tests move.
 */
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { ErrorBodySchema } from '@vettrak-portal/contracts'
import { startRedis } from '@vettrak-portal/test-support/redis-server'
import { startSoapProxy } from '@vettrak-portal/test-support/soap-proxy'
import {
  createVettrakClient,
  readWsdlModel,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import {
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '@vettrak-portal/vettrak-simulator'
import { createApp } from '../src/app.ts'
import { loadConfig } from '../src/env.ts'
import { createFeatureGate } from '../src/features/feature-gate.ts'
import { createFileFeedStore } from '../src/feeds/feed-store.ts'
import { createLogger, vettrakLogger } from '../src/logger.ts'
import { createSharedStore } from '../src/store/shared-store.ts'

export const TEST_SECRET = 'a-test-secret-that-is-long-enough-0123456789'

/**
 * The day the simulator's data is seeded around, and the BFF's clock starts at its 10:00 in Sydney,
 * so no test decides on the real date. Only durations come from the real clock.
 */
export const TEST_REFERENCE_DATE = '2026-11-16'
const TEST_START_MS = Date.UTC(2026, 10, 15, 23, 0, 0) // 2026-11-16T10:00 at UTC+11 (AEDT)

export interface StackOptions {
  simulator?: SimulatorOptions
  /** A simulator already running (another instance's): used, and left running at close. */
  sharedSimulator?: RunningSimulator
  env?: Record<string, string>
}

/** `client`, counting the calls made through it that have not settled yet. */
function countingCallsInFlight(client: VettrakClient) {
  let inFlight = 0
  const counted: Record<string, unknown> = {}
  for (const [name, member] of Object.entries(client))
    counted[name] =
      typeof member === 'function' && name !== 'close'
        ? (...args: unknown[]) => {
            const result: unknown = (member as (...a: unknown[]) => unknown)(...args)
            if (!(result instanceof Promise)) return result
            inFlight++
            return result.finally(() => inFlight--)
          }
        : member
  return { client: counted as VettrakClient, inFlight: () => inFlight }
}

/** The simulator and the BFF, with the BFF's captured log lines and a movable clock. */
export async function startStack(options: StackOptions = {}) {
  const sim =
    options.sharedSimulator ??
    (await startSimulator({
      port: 0,
      seed: 1,
      referenceDate: TEST_REFERENCE_DATE,
      ...options.simulator,
    }))
  const logLines: string[] = []
  const logger = createLogger('debug', { write: (line: string) => void logLines.push(line) })
  const config = loadConfig({
    NODE_ENV: 'test',
    VETTRAK_WSDL_URL: sim.wsdlUrl,
    VETTRAK_TIMEOUT_MS: '2000',
    SESSION_SECRET: TEST_SECRET,
    ...options.env,
  })
  const vettrak = createVettrakClient({
    wsdlUrl: config.vettrak.wsdlUrl,
    timeoutMs: config.vettrak.timeoutMs,
    serviceAccount: config.vettrak.serviceAccount,
    logger: vettrakLogger(logger),
  })
  const { client: counted, inFlight: callsInFlight } = countingCallsInFlight(vettrak)
  let offsetMs = TEST_START_MS - Date.now()
  const now = () => Date.now() + offsetMs
  const cacheSizes = new Map<string, () => number>()
  const features = createFeatureGate({
    readModel: () => readWsdlModel({ wsdlUrl: config.vettrak.wsdlUrl }),
    now,
  })
  await features.refresh()
  // With REDIS_URL, shared state as in production; short timeouts so an outage shows at once.
  const sharedStore = config.redisUrl
    ? createSharedStore({ url: config.redisUrl, logger, commandTimeoutMs: 500 })
    : undefined
  await sharedStore?.connected()
  // As main.ts: calendar feeds in the shared store, else under DATA_DIR.
  const feeds =
    !sharedStore && config.dataDir ? await createFileFeedStore(config.dataDir) : undefined
  const app = createApp({
    config,
    vettrak: counted,
    logger,
    now,
    cacheSizes,
    features,
    sharedStore,
    ...(feeds && { feeds }),
  })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`

  return {
    sim,
    url,
    /** Which features the simulator's WSDL offers, as the BFF sees them. */
    features,
    /** The app itself, for requests under another origin through `app.request`. */
    app,
    /** The shared store's connection, when `REDIS_URL` is set. */
    sharedStore,
    logLines,
    /** The BFF's clock, in milliseconds since the epoch. */
    now,
    /** Moves the BFF's clock forward (the simulator's has its own `advanceClock`). */
    advance(seconds: number) {
      offsetMs += seconds * 1000
    },
    agent: () => new Agent(url),
    /** The BFF's calls to VETtrak that have not settled yet (a page that failed may leave some). */
    callsInFlight,
    /** The size of each of the BFF's in-memory caches and lists, by name. */
    cacheSizes: () => Object.fromEntries([...cacheSizes].map(([name, size]) => [name, size()])),
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      vettrak.close()
      sharedStore?.close()
      if (!options.sharedSimulator) await sim.close()
    },
  }
}

export type Stack = Awaited<ReturnType<typeof startStack>>

/** A browser-like client: keeps cookies, sends same-origin headers on writes. */
export class Agent {
  readonly cookies = new Map<string, string>()

  constructor(readonly baseUrl: string) {}

  async request(
    method: string,
    path: string,
    init: { json?: unknown; headers?: Record<string, string> } = {},
  ) {
    const headers: Record<string, string> = { ...init.headers }
    if (this.cookies.size)
      headers.cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
    if (method !== 'GET' && method !== 'HEAD') {
      headers.origin ??= this.baseUrl
      headers['sec-fetch-site'] ??= 'same-origin'
    }
    let body: string | undefined
    if (init.json !== undefined) {
      body = JSON.stringify(init.json)
      headers['content-type'] ??= 'application/json'
    }
    const response = await fetch(this.baseUrl + path, { method, headers, body })
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';')
      const eq = pair.indexOf('=')
      const name = pair.slice(0, eq).trim()
      const value = pair.slice(eq + 1).trim()
      const expired = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || value === ''
      if (expired) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
    const text = await response.text()
    const json: unknown =
      text && response.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined
    return { status: response.status, headers: response.headers, json, text }
  }

  get = (path: string) => this.request('GET', path)
  post = (path: string, json?: unknown) => this.request('POST', path, { json })
  put = (path: string, json?: unknown) => this.request('PUT', path, { json })
  delete = (path: string) => this.request('DELETE', path)

  /** Signs in and returns the response. */
  signIn(username: string, password: string) {
    return this.post('/api/session', { username, password })
  }
}

/** The typed error code of an answer (`{ error: { code } }`), or undefined when it carries none. */
export function errorCodeOf(response: { json: unknown }) {
  return ErrorBodySchema.safeParse(response.json).data?.error.code
}

/** Two BFF instances on one simulator, sharing a real Redis (`a`, `b`), and a `close` for all three. */
export async function startTwoInstancesSharingRedis() {
  const redis = await startRedis()
  const a = await startStack({ env: { REDIS_URL: redis.url } })
  const b = await startStack({ env: { REDIS_URL: redis.url }, sharedSimulator: a.sim })
  return {
    redis,
    a,
    b,
    async close() {
      await b.close()
      await a.close()
      await redis.stop()
    },
  }
}

/**
 * A stack whose BFF reaches the simulator through a SOAP proxy that records requests and can
 * rewrite answers (`proxy`); `close` stops both.
 */
export async function startStackBehindProxy(options: StackOptions = {}) {
  const proxy = await startSoapProxy()
  const stack = await startStack({
    ...options,
    env: { VETTRAK_WSDL_URL: proxy.wsdlUrl, ...options.env },
  })
  proxy.retarget(stack.sim.url)
  return {
    ...stack,
    proxy,
    async close() {
      await stack.close()
      await proxy.close()
    },
  }
}
