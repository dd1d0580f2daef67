/**
 * The typed client's cost: one 5,000-item answer (Southern Health Network's trainees) through
 * `getTraineesForEmployer`, against the bare `soap` call on the same answer, in the same run.
 *   pnpm bench:client
 */
import soap from 'soap'
import { createVettrakClient } from '@vettrak-portal/vettrak-client'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { closeAgent, signIn } from './lib/soap-post.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { ms, percentile, printTable, timeRuns } from './lib/stats.ts'

const RUNS = 20
const sim = await spawnSimulator()
const wsdlUrl = `${sim.endpoint}?WSDL`
const employerIdentifier = DEMO.employers.southernHealth
try {
  const client = createVettrakClient({
    wsdlUrl,
    serviceAccount: { username: 'api.portal', password: 'ApiPortal!2026' },
  })
  const bare = await soap.createClientAsync(wsdlUrl, { endpoint: sim.endpoint })
  const token = await signIn(sim.endpoint, 'api.portal', 'ApiPortal!2026')
  type BareCall = (args: object) => Promise<unknown[]>
  const bareCall = (bare as unknown as Record<string, BareCall>)['GetTraineesForEmployerAsync']
  if (!bareCall) throw new Error('the WSDL has no GetTraineesForEmployer')

  let items = 0
  // Interleave the two so machine noise falls on both alike.
  const typed: number[] = []
  const raw: number[] = []
  for (let round = 0; round < 2; round++) {
    typed.push(
      ...(await timeRuns(async () => {
        items = (await client.getTraineesForEmployer({ employerIdentifier })).length
      }, RUNS / 2)),
    )
    raw.push(
      ...(await timeRuns(() => bareCall.call(bare, { token, employerIdentifier }), RUNS / 2)),
    )
  }
  const typedP50 = percentile(typed, 50)
  const rawP50 = percentile(raw, 50)
  printTable(`VETtrak client, GetTraineesForEmployer (${items} items), ${RUNS} runs each`, [
    [
      'typed client (call, normalise, map, zod)',
      `p50 ${ms(typedP50)}, p99 ${ms(percentile(typed, 99))}`,
    ],
    ['bare soap call', `p50 ${ms(rawP50)}, p99 ${ms(percentile(raw, 99))}`],
    ['ratio (typed / bare, p50)', (typedP50 / rawP50).toFixed(2)],
  ])
  client.close()
} finally {
  closeAgent()
  await sim.stop()
}
