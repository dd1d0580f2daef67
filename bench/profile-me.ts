/**
 * A CPU profile of the BFF under `/api/me` load (cache off): starts the simulator and the BFF
 * (`node --cpu-prof`), loads `/api/me` with autocannon for `BENCH_SECONDS` (default 5), stops the
 * BFF so it writes its profile, and prints where its CPU went (self time, by package and by
 * function). The profile is left in `BENCH_PROFILE_DIR` (default a temporary folder) for DevTools.
 *   pnpm --filter @vettrak-portal/bench run bench:profile-me
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { soapAction } from '@vettrak-portal/vettrak-api'
import { DEMO, DEMO_ACCOUNTS } from '@vettrak-portal/vettrak-simulator'
import { closeBffAgent, signInToBff } from './lib/bff-session.ts'
import { cannon, describe } from './lib/cannon.ts'
import { spawnBff } from './lib/spawn-bff.ts'
import { envelope, closeAgent, signIn } from './lib/soap-post.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { rtoToday } from './lib/reference-date.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
const CONNECTIONS = 8
const dir = process.env.BENCH_PROFILE_DIR ?? mkdtempSync(path.join(os.tmpdir(), 'bff-profile-'))

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
}
interface Profile {
  nodes: Array<ProfileNode & { children?: number[] }>
  samples: number[]
  timeDeltas: number[]
  endTime: number
}

/** Where a function comes from: a package, our own workspace, Node itself or V8. */
function origin(url: string) {
  const pkg = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(url)
  if (pkg?.[1]) return pkg[1]
  if (url.includes('/packages/')) return `workspace ${/\/packages\/([^/]+)/.exec(url)?.[1] ?? ''}`
  if (url.includes('/bff/')) return 'bff'
  if (url.startsWith('node:')) return 'node'
  return url ? url : '(V8)'
}

/**
 * CPU time a process and its descendants have used, user and system, in milliseconds (Linux
 * `/proc`; the simulator runs under a tsx relay process).
 */
function cpuMs(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  const own = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
    .split(' ')
    .filter(Boolean)
    .map(Number)
  return children.reduce((total, child) => total + cpuMs(child), own)
}
/** This process's CPU time (autocannon's), in milliseconds. */
const ownCpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}
/** `getconf CLK_TCK` on Linux. */
const CLOCK_TICKS = 100

const learner = 'demo.learner'
const password = DEMO_ACCOUNTS.find((a) => a.username === learner)?.password ?? ''
console.log(
  `load average ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
)
const sim = await spawnSimulator(['--seed', '1', '--reference-date', rtoToday()])
try {
  const bff = await spawnBff(`${sim.endpoint}?WSDL`, { VETTRAK_CACHE_SECONDS: '0' }, [
    '--cpu-prof',
    `--cpu-prof-dir=${dir}`,
  ])
  const token = await signIn(sim.endpoint, learner, password)
  const { cookie } = await signInToBff(bff.url, learner, password)
  const headers = { cookie }
  await cannon({ url: `${bff.url}/api/me`, headers, connections: CONNECTIONS, duration: 1 })
  // CPU per request of each process, which the machine's other work disturbs far less than
  // requests per second: the bare call first, then /api/me.
  const measure = async (options: Parameters<typeof cannon>[0]) => {
    const before = [cpuMs(sim.child.pid), cpuMs(bff.child.pid), ownCpuMs()]
    const figures = await cannon(options)
    const after = [cpuMs(sim.child.pid), cpuMs(bff.child.pid), ownCpuMs()]
    const [sim_, bff_, load] = after.map(
      (ms, i) => ((ms - (before[i] ?? 0)) * 1000) / figures.requests,
    )
    return { figures, simulator: sim_ ?? 0, bff: bff_ ?? 0, autocannon: load ?? 0 }
  }
  const µs = (value: number) => `${value.toFixed(0)} µs`
  const bare = await measure({
    url: sim.endpoint,
    method: 'POST',
    headers: {
      'content-type': 'text/xml; charset=utf-8',
      soapaction: `"${soapAction('GetClientDetails')}"`,
    },
    body: envelope('GetClientDetails', { sToken: token, sClie_Code: DEMO.clients.learner }),
    connections: CONNECTIONS,
    duration: SECONDS,
  })
  const me = await measure({
    url: `${bff.url}/api/me`,
    headers,
    connections: CONNECTIONS,
    duration: SECONDS,
  })
  console.log(`bare GetClientDetails: ${describe(bare.figures)}`)
  console.log(
    `  CPU per request: simulator ${µs(bare.simulator)}, autocannon ${µs(bare.autocannon)}`,
  )
  console.log(`/api/me, cache off: ${describe(me.figures)}`)
  console.log(
    `  CPU per request: BFF ${µs(me.bff)}, simulator ${µs(me.simulator)}, ` +
      `autocannon ${µs(me.autocannon)}`,
  )
  const bareTotal = bare.simulator + bare.autocannon
  const meTotal = me.bff + me.simulator + me.autocannon
  console.log(
    `  all CPU per request: bare ${µs(bareTotal)}, /api/me ${µs(meTotal)} ` +
      `(×${(meTotal / bareTotal).toFixed(2)}; the BFF runs under the profiler)`,
  )
  await bff.stop()
} finally {
  closeBffAgent()
  closeAgent()
  await sim.stop()
}

const file = readdirSync(dir).find((name) => name.endsWith('.cpuprofile'))
if (!file) throw new Error(`no profile in ${dir}`)
const profile = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Profile
const byId = new Map(profile.nodes.map((node) => [node.id, node]))
const parentOf = new Map<number, number>()
for (const node of profile.nodes)
  for (const child of node.children ?? []) parentOf.set(child, node.id)
const nameOf = (node: ProfileNode) =>
  `${node.callFrame.functionName || '(anonymous)'} ${origin(node.callFrame.url)}:${node.callFrame.lineNumber + 1}`
// Only the measured load: the samples of the last SECONDS before the BFF was stopped.
const times: number[] = []
let at = profile.endTime
for (let i = profile.timeDeltas.length - 1; i >= 0; i--) {
  times[i] = at
  at -= profile.timeDeltas[i] ?? 0
}
const from = profile.endTime - SECONDS * 1e6 - 300_000
const byOrigin = new Map<string, number>()
const byFunction = new Map<string, number>()
const inclusive = new Map<string, number>()
let total = 0
profile.samples.forEach((id, index) => {
  if ((times[index] ?? 0) < from) return
  const node = byId.get(id)
  if (!node) return
  total++
  const where = origin(node.callFrame.url)
  byOrigin.set(where, (byOrigin.get(where) ?? 0) + 1)
  byFunction.set(nameOf(node), (byFunction.get(nameOf(node)) ?? 0) + 1)
  const seen = new Set<string>()
  for (let up: number | undefined = id; up !== undefined; up = parentOf.get(up)) {
    const ancestor = byId.get(up)
    if (!ancestor) break
    const name = nameOf(ancestor)
    if (seen.has(name)) continue
    seen.add(name)
    inclusive.set(name, (inclusive.get(name) ?? 0) + 1)
  }
})
const top = (counts: Map<string, number>, n: number) =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, count]) => `  ${((count / total) * 100).toFixed(1).padStart(5)}%  ${name}`)
    .join('\n')
console.log(
  `\nself time by origin (${total} samples, the last ${SECONDS} s):\n${top(byOrigin, 20)}`,
)
console.log(`\nself time by function:\n${top(byFunction, 40)}`)
const ours = new Map([...inclusive].filter(([name]) => !/ \((V8|program)\)|^\(/.test(name)))
console.log(`\ntotal time (self and callees) by function:\n${top(ours, 60)}`)
console.log(`\nprofile: ${path.join(dir, file)}`)
