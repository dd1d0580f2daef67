/**
 * Starts the real simulator and the real BFF (serving the built SPA) on free loopback ports, for the
 * browser journeys. Used by the global setup; nothing of ours is mocked.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { serve } from '@hono/node-server'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { startSimulator, type SimulatorOptions } from '@vettrak-portal/vettrak-simulator'
import { createApp } from '../../bff/src/app.ts'
import { loadConfig } from '../../bff/src/env.ts'
import { createFileFeedStore } from '../../bff/src/feeds/feed-store.ts'
import { createLogger, vettrakLogger } from '../../bff/src/logger.ts'

export const WEB_DIST = fileURLToPath(new URL('../../web/dist', import.meta.url))

/** Where one stack answers: the portal (BFF + SPA) and the simulator's control endpoint. */
export interface StackUrls {
  baseUrl: string
  simUrl: string
}

/**
 * The simulator and the BFF for one test run. `env` overrides the BFF's environment (e.g. a short
 * breaker cool-down for the stack whose VETtrak the journeys break on purpose); `simulator` the
 * simulator's options (e.g. the `published` profile of the sparse stack).
 */
export async function startE2eStack(
  env: Record<string, string> = {},
  simulator: SimulatorOptions = {},
) {
  const sim = await startSimulator({ port: 0, seed: 1, ...simulator })
  // Calendar feeds are kept here, as under DATA_DIR in production; removed at stop.
  const dataDir = mkdtempSync(join(tmpdir(), 'vtp-e2e-'))
  const logger = createLogger(process.env.E2E_LOG_LEVEL ?? 'warn')
  const config = loadConfig({
    NODE_ENV: 'test',
    VETTRAK_WSDL_URL: sim.wsdlUrl,
    SESSION_SECRET: 'e2e-secret-that-is-long-enough-0123456789abcdef',
    WEB_DIST_DIR: WEB_DIST,
    DEMO_MODE: 'true',
    DATA_DIR: dataDir,
    ...env,
  })
  const vettrak = createVettrakClient({
    wsdlUrl: config.vettrak.wsdlUrl,
    timeoutMs: config.vettrak.timeoutMs,
    serviceAccount: config.vettrak.serviceAccount,
    logger: vettrakLogger(logger),
  })
  const feeds = await createFileFeedStore(config.dataDir ?? dataDir)
  const app = createApp({ config, vettrak, logger, feeds })
  const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise<void>((resolve) => server.once('listening', resolve))
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    baseUrl,
    simUrl: sim.url,
    async stop() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      vettrak.close()
      await sim.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
