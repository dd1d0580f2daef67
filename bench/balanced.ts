/**
 * One BFF against two behind the balancer, on this machine, from the production bundle (built by
 * the `bench:balanced` script first):
 *   1. one instance without Redis (state in the process), `GET /api/session` with a cookie: the
 *      floor of a signed-in request, which asks VETtrak nothing;
 *   2. the same instance kind with `REDIS_URL`: the shared revocation check on every request;
 *   3. one instance behind Caddy (`deploy/Caddyfile`, HTTPS), then two behind it, sharing Redis;
 *   4. the bare round trip of the check (`EXISTS`) from Node to Redis, one at a time.
 * Needs Debian's `redis-server` and `caddy`. Prints figures; asserts nothing.
 *   pnpm --filter @vettrak-portal/bench run bench:balanced      (BENCH_SECONDS=5 per load run)
 */
import { existsSync } from 'node:fs'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { startBalancer } from '@vettrak-portal/test-support/balancer'
import { startRedis } from '@vettrak-portal/test-support/redis-server'
import { Redis } from 'ioredis'
import { signInToBff } from './lib/bff-session.ts'
import { cannon, describe, type CannonFigures } from './lib/cannon.ts'
import { BFF_BUNDLE, spawnBff, type SpawnedBff } from './lib/spawn-bff.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { rtoToday } from './lib/reference-date.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 16
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2)

if (!existsSync(BFF_BUNDLE)) throw new Error(`${BFF_BUNDLE} is missing: node bff/build.mjs`)

const load = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')
console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}, load average ${load()}`,
)

const sim = await spawnSimulator(['--seed', '1', '--reference-date', rtoToday()])
const redis = await startRedis()
const bffs: SpawnedBff[] = []
const startBff = async (env: Record<string, string> = {}) => {
  const bff = await spawnBff(`${sim.endpoint}?WSDL`, env, [], 'bundle')
  bffs.push(bff)
  return bff
}
const stopAll = async () => {
  await Promise.all(bffs.splice(0).map((bff) => bff.stop()))
}
const floor = async (url: string, cookie: string): Promise<CannonFigures> =>
  cannon({
    url: `${url}/api/session`,
    headers: { cookie },
    connections: CONNECTIONS,
    duration: SECONDS,
  })
const rows: Array<[string, string]> = []
const record = (what: string, figures: CannonFigures) => {
  rows.push([what, describe(figures)])
  console.log(`${what}: ${describe(figures)}`)
}

try {
  const signedIn = async (bff: SpawnedBff) => {
    const { cookie, status } = await signInToBff(bff.url, 'demo.learner', 'Learner!2026')
    if (status !== 201) throw new Error(`sign-in answered ${status}`)
    return cookie
  }

  // The machine is shared: each pair is measured alternately, ROUNDS times, to be compared side by side.
  for (let round = 1; round <= ROUNDS; round++) {
    // 1 and 2: one instance, without and with the shared store.
    const inProcess = await startBff()
    record(
      `1 instance, no Redis (round ${round})`,
      await floor(inProcess.url, await signedIn(inProcess)),
    )
    await stopAll()
    const shared = await startBff({ REDIS_URL: redis.url })
    record(`1 instance, Redis (round ${round})`, await floor(shared.url, await signedIn(shared)))
    await stopAll()
  }

  // 3: behind the balancer, one instance then two, sharing Redis.
  const env = { REDIS_URL: redis.url, TRUST_PROXY: 'true' }
  const first = await startBff(env)
  const second = await startBff(env)
  const cookie = await signedIn(first)
  for (let round = 1; round <= ROUNDS; round++) {
    const one = await startBalancer([new URL(first.url).host])
    record(
      `1 instance behind Caddy (HTTPS), Redis (round ${round})`,
      await floor(one.origin, cookie),
    )
    await one.close()
    const two = await startBalancer([new URL(first.url).host, new URL(second.url).host])
    record(
      `2 instances behind Caddy (HTTPS), Redis (round ${round})`,
      await floor(two.origin, cookie),
    )
    await two.close()
  }
  await stopAll()

  // 4: the check itself, one at a time.
  const client = new Redis(redis.url)
  const checks = 5_000
  for (let i = 0; i < 500; i++) await client.exists('vtp:revoked:warm-up')
  const started = performance.now()
  for (let i = 0; i < checks; i++) await client.exists(`vtp:revoked:${i}`)
  const perCheck = ((performance.now() - started) / checks) * 1000
  client.disconnect()
  rows.push(['one revocation check (EXISTS), sequential', `${perCheck.toFixed(0)} µs`])
  console.log(`one revocation check: ${perCheck.toFixed(0)} µs`)

  console.log(`\n${CONNECTIONS} connections, ${SECONDS} s each, load average after: ${load()}`)
  console.log('| What | Figures |\n|---|---|')
  for (const [what, figures] of rows) console.log(`| ${what} | ${figures} |`)
} finally {
  await stopAll()
  await redis.stop()
  await sim.stop()
}
