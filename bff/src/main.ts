/**
 * @module
 * Starts the BFF: reads the configuration, serves, and checks VETtrak with a light doctor run (a
 * warning, never a refusal to start: the operator may be fixing VETtrak as we speak).
 */
import { serve } from '@hono/node-server'
import {
  createVettrakClient,
  formatDoctorReport,
  runDoctor,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import type { Logger } from 'pino'
import { createApp } from './app.ts'
import { ConfigError, loadConfig, type Config } from './env.ts'
import { createLogger, vettrakLogger } from './logger.ts'
import { loadBrand, type Brand } from './brand/brand.ts'
import { createFileFeedStore } from './feeds/feed-store.ts'
import { createSharedStore } from './store/shared-store.ts'

let config
try {
  config = loadConfig()
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}

// A logo or favicon that cannot be used stops the start, with the setting to fix.
let brand: Brand
try {
  brand = loadBrand(config.brand)
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error)
  process.exit(1)
}

const logger = createLogger(config.logLevel)
if (config.session.secretGenerated)
  logger.warn(
    'SESSION_SECRET is not set: using a random one for this run, so sessions end when the BFF stops',
  )

const vettrak = createVettrakClient({
  wsdlUrl: config.vettrak.wsdlUrl,
  wsdlFile: config.vettrak.wsdlFile,
  timeoutMs: config.vettrak.timeoutMs,
  maxSockets: config.vettrak.maxSockets,
  serviceAccount: config.vettrak.serviceAccount,
  logger: vettrakLogger(logger),
})

/** The WSDL check of `pnpm doctor`, and loading the client's WSDL; logs what is wrong. */
async function checkVettrak(config: Config, vettrak: VettrakClient, logger: Logger) {
  const source = config.vettrak.wsdlFile ?? config.vettrak.wsdlUrl
  const report = await runDoctor({
    wsdlUrl: config.vettrak.wsdlUrl,
    wsdlFile: config.vettrak.wsdlFile,
    timeoutMs: config.vettrak.timeoutMs,
  })
  if (report.ok) logger.info({ wsdl: source }, 'VETtrak offers every operation the portal uses')
  else {
    const formatted = formatDoctorReport(report)
    logger.warn(
      { wsdl: source, report: formatted },
      'VETtrak check failed: the portal will not work fully until this is fixed (see the report; `pnpm doctor` repeats it)',
    )
    // The JSON line is for log collectors; a person at a terminal gets the report as text.
    if (process.stderr.isTTY) process.stderr.write(`\n${formatted}\n\n`)
  }
  try {
    await vettrak.ready()
  } catch {
    logger.warn({ wsdl: source }, 'VETtrak is not reachable yet; /readyz answers 503 until it is')
  }
}

// Shared by every instance when set; the BFF starts even while it is down (requests with a session
// answer 503 and /readyz says why until it is back).
const sharedStore = config.redisUrl
  ? createSharedStore({ url: config.redisUrl, logger })
  : undefined
if (!sharedStore)
  logger.info('REDIS_URL is not set: sessions and sign-in throttles are kept in this process only')

// Calendar feeds outlive the process: in the shared store, else in a file under DATA_DIR.
const feeds = !sharedStore && config.dataDir ? await createFileFeedStore(config.dataDir) : undefined
if (!sharedStore && !feeds)
  logger.info('Neither REDIS_URL nor DATA_DIR is set: calendar feeds are off')

const app = createApp({ config, vettrak, logger, sharedStore, brand, ...(feeds && { feeds }) })
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  logger.info(
    {
      url: `http://${config.host}:${info.port}`,
      spa: config.webDistDir ?? null,
      docs: `http://${config.host}:${info.port}/api/docs`,
    },
    'vettrak-portal BFF listening',
  )
})
server.on('error', (error) => {
  logger.fatal({ err: error }, 'the BFF could not listen')
  process.exit(1)
})
void checkVettrak(config, vettrak, logger)

let stopping = false
const shutdown = () => {
  if (stopping) return
  stopping = true
  server.close(() => {
    vettrak.close()
    sharedStore?.close()
    process.exit(0)
  })
  // Keep-alive connections would hold close() open; they get a moment to finish.
  setTimeout(() => process.exit(0), 5_000).unref()
  if ('closeIdleConnections' in server) server.closeIdleConnections()
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
