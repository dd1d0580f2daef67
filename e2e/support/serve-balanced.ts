/**
 * Run with tsx by the balanced journey: the deployment of docs/deploy.md on loopback. Debian's
 * `redis-server`, the simulator, two BFF instances started from the production bundle with plain
 * `node bff/dist/main.js` (the settings of the environment file), and Caddy with
 * `deploy/Caddyfile` in front. Prints one JSON line with the URLs; stops everything on SIGTERM.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { startBalancer } from '@vettrak-portal/test-support/balancer'
import { freePort } from '@vettrak-portal/test-support/free-port'
import { REDIS_SERVER, startRedis } from '@vettrak-portal/test-support/redis-server'
import { CADDY } from '@vettrak-portal/test-support/reverse-proxy'
import { startSimulator } from '@vettrak-portal/vettrak-simulator'
import { WEB_DIST } from './stack.ts'

const BUNDLE = fileURLToPath(new URL('../../bff/dist/main.js', import.meta.url))
const needed: ReadonlyArray<readonly [string, string]> = [
  [BUNDLE, 'the BFF bundle: pnpm run build'],
  [REDIS_SERVER, 'redis-server: apt-get install redis-server'],
  [CADDY, 'caddy: apt-get install caddy'],
]
// Missing, the journey fails (it is never skipped): .ci/run installs both and builds first.
for (const [path, what] of needed)
  if (!existsSync(path)) throw new Error(`${path} is missing (${what})`)

/** Starts the bundle on `port`; resolves once it listens and its session store is connected. */
async function startInstance(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--enable-source-maps', BUNDLE], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    const seen = new Set<string>()
    createInterface({ input: child.stdout }).on('line', (line) => {
      if (process.env.E2E_LOG_LEVEL) process.stderr.write(`${line}\n`)
      for (const message of ['vettrak-portal BFF listening', 'session store connected'])
        if (line.includes(`"msg":"${message}"`)) seen.add(message)
      if (seen.size === 2) resolve()
    })
    child.once('exit', (code) => reject(new Error(`a BFF instance exited early (${code})`)))
  })
  return child
}

const stopped = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve()
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })

const redis = await startRedis()
const sim = await startSimulator({ port: 0, seed: 1 })
const [port, first, second] = await Promise.all([freePort(), freePort(), freePort()])
const origin = `https://127.0.0.1:${port}`
const settings = {
  NODE_ENV: 'production',
  HOST: '127.0.0.1',
  VETTRAK_WSDL_URL: sim.wsdlUrl,
  SESSION_SECRET: 'e2e-balanced-secret-that-is-long-enough-0123456789',
  PUBLIC_ORIGIN: origin,
  TRUST_PROXY: 'true',
  REDIS_URL: redis.url,
  WEB_DIST_DIR: WEB_DIST,
  DEMO_MODE: 'true',
  LOG_LEVEL: 'info',
}
const instances = await Promise.all(
  [first, second].map((p) => startInstance({ ...settings, PORT: String(p) })),
)
const balancer = await startBalancer([`127.0.0.1:${first}`, `127.0.0.1:${second}`], port)

process.stdout.write(
  `${JSON.stringify({
    baseUrl: balancer.origin,
    simUrl: sim.url,
    instances: [`http://127.0.0.1:${first}`, `http://127.0.0.1:${second}`],
  })}\n`,
)
const stop = () =>
  void (async () => {
    await balancer.close()
    await Promise.all(instances.map(stopped))
    await sim.close()
    await redis.stop()
    process.exit(0)
  })()
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
