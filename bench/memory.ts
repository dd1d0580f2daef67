/**
 * The BFF's resident memory (VmRSS of its own process) before, during and after mixed load: learners
 * signing in and reading their records, an employer contact reading theirs, and the big employer's
 * 5,000 trainees now and then. Bounded in time; the load stops by itself.
 *   BENCH_MEMORY_SECONDS=300 pnpm --filter @vettrak-portal/bench run bench:memory   (default 300)
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  BULK_LEARNER_PASSWORD,
  demoAccount,
  createSeededStore,
} from '@vettrak-portal/vettrak-simulator'
import {
  chooseFirstEmployer,
  closeBffAgent,
  getWithCookie,
  signInToBff,
} from './lib/bff-session.ts'
import { spawnBff } from './lib/spawn-bff.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { percentile, printTable } from './lib/stats.ts'
import { rtoToday } from './lib/reference-date.ts'

const SECONDS = Number(process.env.BENCH_MEMORY_SECONDS ?? 300)
const CONCURRENCY = 8
const SAMPLE_EVERY_MS = 2_000
const LEARNERS = 100
const IDLE_AFTER_SECONDS = 15

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`
const referenceDate = rtoToday()
const sim = await spawnSimulator(['--seed', '1', '--reference-date', referenceDate])
const bff = await spawnBff(`${sim.endpoint}?WSDL`, { VETTRAK_CACHE_SECONDS: '30' })
try {
  const store = createSeededStore({ seed: 1, referenceDate })
  const learners = [...store.accounts.values()]
    .filter((a) => a.password === BULK_LEARNER_PASSWORD && !a.isStaff)
    .slice(0, LEARNERS)
  await new Promise((resolve) => setTimeout(resolve, 1_000))
  const before = bff.rss()

  const learnerPaths = ['/api/me', '/api/me/enrolments', '/api/me/events', '/api/me/invoices']
  const employerPaths = ['/api/employer/tree', '/api/employer/trainees', '/api/employer/events']
  const employer = await chooseFirstEmployer(
    bff.url,
    (await signInToBff(bff.url, 'demo.employer', demoAccount('demo.employer').password)).cookie,
  )
  const big = (
    await signInToBff(bff.url, 'demo.bigemployer', demoAccount('demo.bigemployer').password)
  ).cookie
  const cookies: string[] = []

  let requests = 0
  let failures = 0
  const failed = new Map<string, number>()
  let signIns = 0
  let step = 0
  const samples: Array<{ at: number; rss: number }> = []
  const started = performance.now()
  const deadline = started + SECONDS * 1000
  const sampler = setInterval(
    () => samples.push({ at: (performance.now() - started) / 1000, rss: bff.rss() }),
    SAMPLE_EVERY_MS,
  )
  const worker = async () => {
    while (performance.now() < deadline) {
      const n = step++
      let outcome: Promise<{ status: number }>
      let what = 'sign-in'
      if (n % 10 === 0 || cookies.length < 8) {
        // A learner signs in (new sessions keep coming, as in a real morning).
        const account = learners[signIns++ % learners.length]
        if (!account) break
        outcome = signInToBff(bff.url, account.username, BULK_LEARNER_PASSWORD).then((r) => {
          if (r.cookie) cookies.push(r.cookie)
          if (cookies.length > LEARNERS) cookies.shift()
          return r
        })
      } else if (n % 200 === 1) {
        what = 'big employer trainees'
        outcome = getWithCookie(bff.url, '/api/employer/trainees', big)
      } else if (n % 5 === 2) {
        what = employerPaths[n % employerPaths.length] ?? '/'
        outcome = getWithCookie(bff.url, what, employer)
      } else {
        const cookie = cookies[n % cookies.length] ?? ''
        what = learnerPaths[n % learnerPaths.length] ?? '/'
        outcome = getWithCookie(bff.url, what, cookie)
      }
      try {
        const { status } = await outcome
        requests++
        if (status >= 400) {
          failures++
          failed.set(`${what} ${status}`, (failed.get(`${what} ${status}`) ?? 0) + 1)
        }
      } catch {
        failures++
        failed.set(`${what} network`, (failed.get(`${what} network`) ?? 0) + 1)
      }
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  clearInterval(sampler)
  const endOfLoad = bff.rss()
  const loadSeconds = (performance.now() - started) / 1000
  await new Promise((resolve) => setTimeout(resolve, IDLE_AFTER_SECONDS * 1000))
  const after = bff.rss()

  const during = samples.map((s) => s.rss)
  const third = Math.max(1, Math.floor(during.length / 3))
  const firstThird = during.slice(0, third)
  const lastThird = during.slice(-third)
  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}, ` +
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')}`,
  )
  printTable(
    `4. BFF resident memory (VmRSS), mixed load for ${loadSeconds.toFixed(0)} s, ${CONCURRENCY} concurrent`,
    [
      ['before load (started, idle)', mib(before)],
      [
        'during load: median of the first third / last third',
        `${mib(percentile(firstThird, 50))} / ${mib(percentile(lastThird, 50))}`,
      ],
      ['during load: peak', mib(Math.max(...during))],
      ['at the end of the load', mib(endOfLoad)],
      [`after ${IDLE_AFTER_SECONDS} s idle`, mib(after)],
      [
        'load',
        `${requests.toLocaleString('en-AU')} requests (${(requests / loadSeconds).toFixed(0)}/s), ${signIns} sign-ins, ${failures} failed` +
          (failed.size ? ` (${[...failed].map(([k, v]) => `${v}× ${k}`).join(', ')})` : ''),
      ],
    ],
  )
} finally {
  closeBffAgent()
  await bff.stop()
  await sim.stop()
}
