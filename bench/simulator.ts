/**
 * Simulator speed: start-up time, one 5,000-item answer (Southern Health Network's trainees), and
 * small answers per second from a simulator running in its own process.
 *   pnpm bench:simulator
 */
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { startSimulator, DEMO } from '@vettrak-portal/vettrak-simulator'
import { closeAgent, envelope, signIn, soapPost } from './lib/soap-post.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { ms, percentile, printTable, throughput, timeRuns } from './lib/stats.ts'

const started = performance.now()
const inProcess = await startSimulator({ port: 0 })
const startup = performance.now() - started
await inProcess.close()

const sim = await spawnSimulator()
try {
  const service = await signIn(sim.endpoint, 'api.portal', 'ApiPortal!2026')
  const bigRequest = envelope('GetTraineesForEmployer', {
    token: service,
    employerIdentifier: DEMO.employers.southernHealth,
  })
  let bytes = 0
  const big = await timeRuns(async () => {
    const xml = await soapPost(sim.endpoint, 'GetTraineesForEmployer', bigRequest)
    bytes = Buffer.byteLength(xml)
  }, 30)
  const items =
    (await soapPost(sim.endpoint, 'GetTraineesForEmployer', bigRequest)).split('<TCont>').length - 1

  const learner = await signIn(sim.endpoint, 'demo.learner', 'Learner!2026')
  const smallRequest = envelope('GetClientDetails', {
    sToken: learner,
    sClie_Code: DEMO.clients.learner,
  })
  const small = await throughput(
    () => soapPost(sim.endpoint, 'GetClientDetails', smallRequest),
    16,
    5,
  )

  console.log(
    `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}`,
  )
  printTable('Simulator', [
    ['start-up (seed + listen, in process)', ms(startup)],
    [
      `GetTraineesForEmployer, ${items} items (${(bytes / 1024).toFixed(0)} KiB)`,
      `p50 ${ms(percentile(big, 50))}, p99 ${ms(percentile(big, 99))}`,
    ],
    [
      'GetClientDetails, 16 concurrent, 5 s',
      `${small.perSecond.toFixed(0)} answers/s, p50 ${ms(percentile(small.latencies, 50))}, p99 ${ms(percentile(small.latencies, 99))}, ${small.errors} errors`,
    ],
  ])
} finally {
  closeAgent()
  await sim.stop()
}
