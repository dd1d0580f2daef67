/**
 * @module
 * Starts the BFF: reads the configuration, checks VETtrak with a light doctor run, and serves.
 */
import { serve } from '@hono/node-server'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { createApp } from './app.ts'
import { ConfigError, loadConfig } from './env.ts'
import { createLogger, vettrakLogger } from './logger.ts'

let config
try {
  config = loadConfig()
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
  serviceAccount: config.vettrak.serviceAccount,
  logger: vettrakLogger(logger),
})

try {
  await vettrak.ready()
} catch {
  logger.warn(
    { wsdl: config.vettrak.wsdlUrl },
    'VETtrak is not reachable yet; /readyz answers 503 until it is',
  )
}

const app = createApp({ config, vettrak, logger })
const server = serve({ fetch: app.fetch, hostname: config.host, port: config.port }, (info) => {
  logger.info({ url: `http://${config.host}:${info.port}` }, 'vettrak-portal BFF listening')
})

const shutdown = () => {
  server.close(() => {
    vettrak.close()
    process.exit(0)
  })
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
