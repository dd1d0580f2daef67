/**
 * What the BFF adds on top of VETtrak, side by side in one run against the simulator on loopback:
 *   1. a learner's `/api/me` (one VETtrak call) and `/api/me/enrolments` (1 + N calls: units for
 *      progress) through the BFF, cache on and off, against the same SOAP calls made bare;
 *   2. a big employer's `/api/employer/trainees` (5,000 items), cold and warm, against the bare call;
 *   3. a sign-in storm: 200 different learners within 10 s;
 *   plus the floor of a request that needs the session cookie but not VETtrak.
 * The simulator and the BFF each run in their own child process; load comes from this one.
 *   pnpm --filter @vettrak-portal/bench run bench:bff      (BENCH_SECONDS=5 per load run)
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import os from 'node:os'
import { performance } from 'node:perf_hooks'
import { fileURLToPath } from 'node:url'
import { freePort } from '@vettrak-portal/test-support/free-port'
import { soapAction } from '@vettrak-portal/vettrak-api'
import {
  BULK_LEARNER_PASSWORD,
  DEMO,
  demoAccount,
  createSeededStore,
} from '@vettrak-portal/vettrak-simulator'
import { closeBffAgent, getWithCookie, signInToBff } from './lib/bff-session.ts'
import { cannon, cannonEach, describe, type CannonFigures } from './lib/cannon.ts'
import { closeAgent, envelope, signIn, soapPost } from './lib/soap-post.ts'
import { spawnBff, type SpawnedBff } from './lib/spawn-bff.ts'
import { spawnSimulator } from './lib/spawn-simulator.ts'
import { ms, percentile, printTable, throughput, timeRuns } from './lib/stats.ts'
import { rtoToday } from './lib/reference-date.ts'

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5)
/** Which parts to run, e.g. `BENCH_BFF_PARTS=1` for the learner's small calls only. */
const PARTS = new Set((process.env.BENCH_BFF_PARTS ?? '1,2,3').split(','))
const CONNECTIONS = 8
/** Requests timed one after another for the latency rows. */
const SEQUENTIAL_RUNS = 1000
const STORM_USERS = 200
const STORM_SECONDS = 10

const ratio = (bff: CannonFigures, raw: CannonFigures) =>
  `mean latency ×${(bff.mean / raw.mean).toFixed(2)}, req/s ×${(bff.perSecond / raw.perSecond).toFixed(2)}`

console.log(
  `machine: ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, Node ${process.version}, ` +
    `load average ${os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
)

// One reference date for the simulator and for the store the storm's usernames are read from.
const referenceDate = rtoToday()
const sim = await spawnSimulator(['--seed', '1', '--reference-date', referenceDate])
const soapAt = (operation: string, args: Record<string, string | number>) => ({
  url: sim.endpoint,
  method: 'POST' as const,
  headers: {
    'content-type': 'text/xml; charset=utf-8',
    soapaction: `"${soapAction(operation)}"`,
  },
  body: envelope(operation, args),
  connections: CONNECTIONS,
  duration: SECONDS,
})
const children: ChildProcess[] = []
/** Starts lib/minimal-proxy.mjs in front of the simulator's GetClientDetails; its URL. */
const startMinimalProxy = async (token: string, clientCode: string) => {
  const port = await freePort()
  const xml = envelope('GetClientDetails', { sToken: token, sClie_Code: clientCode })
  const child = spawn(process.execPath, [
    fileURLToPath(new URL('./lib/minimal-proxy.mjs', import.meta.url)),
    String(port),
    sim.endpoint,
    `"${soapAction('GetClientDetails')}"`,
    Buffer.from(xml).toString('base64'),
  ])
  children.push(child)
  await once(child.stdout, 'data')
  return `http://127.0.0.1:${port}/`
}
const bffs: SpawnedBff[] = []
const startBff = async (env: Record<string, string>) => {
  const bff = await spawnBff(`${sim.endpoint}?WSDL`, env)
  bffs.push(bff)
  return bff
}

try {
  // ---- 1. A learner: pure overhead (/api/me) and the enrolments route's 1 + N calls ----------
  if (PARTS.has('1')) {
    const learner = 'demo.learner'
    const clientCode = DEMO.clients.learner
    const token = await signIn(sim.endpoint, learner, demoAccount(learner).password)
    const enrolmentsXml = await soapPost(
      sim.endpoint,
      'GetEnrolmentsForClient',
      envelope('GetEnrolmentsForClient', { sToken: token, sClie_Code: clientCode }),
    )
    // Enrolments with progress (StatusType 0 active, 1 completed) get their units read.
    const withProgress = [
      ...enrolmentsXml.matchAll(/<ID>(\d+)<\/ID>[\s\S]*?<StatusType>(\d+)<\/StatusType>/g),
    ]
      .filter((m) => m[2] === '0' || m[2] === '1')
      .map((m) => Number(m[1]))
    const totalEnrolments = enrolmentsXml.split('<TClieEnro>').length - 1

    const rawDetails = await cannon(
      soapAt('GetClientDetails', { sToken: token, sClie_Code: clientCode }),
    )
    const rawEnrolments = await cannon(
      soapAt('GetEnrolmentsForClient', { sToken: token, sClie_Code: clientCode }),
    )
    // The same 1 + N calls the route makes, bare: the list, then units 4 at a time.
    const rawSequence = async () => {
      await soapPost(
        sim.endpoint,
        'GetEnrolmentsForClient',
        envelope('GetEnrolmentsForClient', { sToken: token, sClie_Code: clientCode }),
      )
      for (let i = 0; i < withProgress.length; i += 4)
        await Promise.all(
          withProgress
            .slice(i, i + 4)
            .map((id) =>
              soapPost(
                sim.endpoint,
                'GetUnitsForEnrolmentIncludingLinked',
                envelope('GetUnitsForEnrolmentIncludingLinked', { token, enrolmentId: id }),
              ),
            ),
        )
    }
    const rawNPlusOne = await throughput(rawSequence, CONNECTIONS, SECONDS)

    const learnerRows: Array<[string, string]> = [
      ['bare SOAP GetClientDetails (what /api/me calls)', `${describe(rawDetails)}`],
      ['bare SOAP GetEnrolmentsForClient', describe(rawEnrolments)],
      [
        `bare SOAP 1 + ${withProgress.length} calls (list, then units 4 at a time)`,
        `p50 ${ms(percentile(rawNPlusOne.latencies, 50))}, p99 ${ms(percentile(rawNPlusOne.latencies, 99))}, ${Math.round(rawNPlusOne.perSecond)} seq/s`,
      ],
    ]
    for (const cache of ['30', '0']) {
      const bff = await startBff({ VETTRAK_CACHE_SECONDS: cache })
      const { cookie } = await signInToBff(bff.url, learner, demoAccount(learner).password)
      const headers = { cookie }
      // Warms the WSDL, the pools and the JIT; not measured.
      for (const path of ['/api/me', '/api/me/enrolments'])
        await cannon({ url: bff.url + path, headers, connections: CONNECTIONS, duration: 1 })
      const me = await cannon({
        url: `${bff.url}/api/me`,
        headers,
        connections: CONNECTIONS,
        duration: SECONDS,
      })
      const enrolments = await cannon({
        url: `${bff.url}/api/me/enrolments`,
        headers,
        connections: CONNECTIONS,
        duration: SECONDS,
      })
      const label = cache === '0' ? 'cache off' : `cache ${cache} s`
      learnerRows.push(
        [`BFF /api/me, ${label}`, describe(me)],
        [`  ratio to bare GetClientDetails`, ratio(me, rawDetails)],
        [`BFF /api/me/enrolments, ${label}`, describe(enrolments)],
        [`  ratio to bare GetEnrolmentsForClient`, ratio(enrolments, rawEnrolments)],
      )
      if (cache === '0') {
        // As a browser asks: it always accepts gzip, so the answer's compression is part of it.
        const meGzip = await cannon({
          url: `${bff.url}/api/me`,
          headers: { ...headers, 'accept-encoding': 'gzip, deflate, br, zstd' },
          connections: CONNECTIONS,
          duration: SECONDS,
        })
        learnerRows.push(
          ['BFF /api/me, cache off, Accept-Encoding: gzip (a browser)', describe(meGzip)],
          [`  ratio to bare GetClientDetails`, ratio(meGzip, rawDetails)],
        )
        // The rows above share calls: identical reads in flight are joined, and 8 connections
        // with one cookie ask for the same person at once. Here each connection is a session of
        // its own (its own VETtrak token), so every request makes its own call, against the bare
        // call loaded the same way (one autocannon per connection).
        const sessions = [cookie]
        while (sessions.length < CONNECTIONS)
          sessions.push((await signInToBff(bff.url, learner, demoAccount(learner).password)).cookie)
        const bareEach = await cannonEach(
          sessions.map(() => soapAt('GetClientDetails', { sToken: token, sClie_Code: clientCode })),
        )
        const meEach = await cannonEach(
          sessions.map((session) => ({
            url: `${bff.url}/api/me`,
            headers: { cookie: session },
            duration: SECONDS,
          })),
        )
        const proxied = await cannon({ url: await startMinimalProxy(token, clientCode) })
        learnerRows.push(
          [`bare SOAP GetClientDetails, ${CONNECTIONS} × 1 connection`, describe(bareEach)],
          [`BFF /api/me, cache off, ${CONNECTIONS} sessions × 1 connection`, describe(meEach)],
          [`  ratio to bare, loaded the same way`, ratio(meEach, bareEach)],
          ['a minimal Node proxy of the same call (lib/minimal-proxy.mjs)', describe(proxied)],
          [`  ratio to bare GetClientDetails`, ratio(proxied, rawDetails)],
        )
        // Latency alone, one request at a time on one connection, timed here to the microsecond
        // (autocannon counts whole milliseconds, and the bare call takes less than one).
        const detailsXml = envelope('GetClientDetails', { sToken: token, sClie_Code: clientCode })
        const bareOneByOne = await timeRuns(
          () => soapPost(sim.endpoint, 'GetClientDetails', detailsXml),
          SEQUENTIAL_RUNS,
          50,
        )
        const meOneByOne = await timeRuns(
          () => getWithCookie(bff.url, '/api/me', cookie, 'identity'),
          SEQUENTIAL_RUNS,
          50,
        )
        const oneByOne = (samples: number[]) =>
          `p50 ${ms(percentile(samples, 50))}, p90 ${ms(percentile(samples, 90))}`
        learnerRows.push(
          [
            `bare SOAP GetClientDetails, one at a time (${SEQUENTIAL_RUNS})`,
            oneByOne(bareOneByOne),
          ],
          [`BFF /api/me, cache off, one at a time (${SEQUENTIAL_RUNS})`, oneByOne(meOneByOne)],
          [
            `  ratio to bare GetClientDetails`,
            `p50 ×${(percentile(meOneByOne, 50) / percentile(bareOneByOne, 50)).toFixed(2)}`,
          ],
        )
        // Session cookie floor: GET /api/session opens the cookie and answers, no VETtrak call.
        const floor = await cannon({
          url: `${bff.url}/api/session`,
          headers,
          connections: CONNECTIONS,
          duration: SECONDS,
        })
        const health = await cannon({
          url: `${bff.url}/healthz`,
          connections: CONNECTIONS,
          duration: SECONDS,
        })
        learnerRows.push(
          ['BFF /healthz (no session, no VETtrak)', describe(health)],
          ['BFF GET /api/session (unseal the cookie, no VETtrak)', describe(floor)],
        )
      }
      await bff.stop()
    }
    printTable(
      `1. Learner ${learner}: ${totalEnrolments} enrolments, ${withProgress.length} with progress → ` +
        `/api/me/enrolments makes 1 + ${withProgress.length} VETtrak calls; ${CONNECTIONS} connections, ${SECONDS} s each`,
      learnerRows,
    )
  }

  // ---- 2. The big employer: 5,000 trainees ------------------------------------------------------
  if (PARTS.has('2')) {
    const big = 'demo.bigemployer'
    const service = await signIn(sim.endpoint, 'api.portal', 'ApiPortal!2026')
    const bigRequest = envelope('GetTraineesForEmployer', {
      token: service,
      employerIdentifier: DEMO.employers.southernHealth,
    })
    let rawBytes = 0
    const rawBig = await timeRuns(async () => {
      rawBytes = (await soapPost(sim.endpoint, 'GetTraineesForEmployer', bigRequest)).length
    }, 10)
    const cold = await startBff({ VETTRAK_CACHE_SECONDS: '0' })
    const coldCookie = (await signInToBff(cold.url, big, demoAccount(big).password)).cookie
    await getWithCookie(cold.url, '/api/employer/trainees', coldCookie) // loads the WSDL
    let items = 0
    const coldRuns = await timeRuns(async () => {
      const response = await fetch(`${cold.url}/api/employer/trainees`, {
        headers: { cookie: coldCookie },
      })
      items = ((await response.json()) as { items: unknown[] }).items.length
    }, 10)
    await cold.stop()
    const warm = await startBff({ VETTRAK_CACHE_SECONDS: '300' })
    const warmCookie = (await signInToBff(warm.url, big, demoAccount(big).password)).cookie
    const first = performance.now()
    await getWithCookie(warm.url, '/api/employer/trainees', warmCookie)
    const firstMs = performance.now() - first
    let gzipBytes = 0
    const warmRuns = await timeRuns(async () => {
      gzipBytes = (await getWithCookie(warm.url, '/api/employer/trainees', warmCookie)).bytes
    }, 10)
    await warm.stop()
    const rawP50 = percentile(rawBig, 50)
    printTable(
      `2. ${big}: /api/employer/trainees (${items} trainees), 10 sequential requests each`,
      [
        [
          `bare SOAP GetTraineesForEmployer (${(rawBytes / 2 ** 20).toFixed(1)} MiB of XML)`,
          `p50 ${ms(rawP50)}, p99 ${ms(percentile(rawBig, 99))}`,
        ],
        [
          'BFF cold (cache off: call, parse, map, JSON, gzip)',
          `p50 ${ms(percentile(coldRuns, 50))}, p99 ${ms(percentile(coldRuns, 99))}, ×${(percentile(coldRuns, 50) / rawP50).toFixed(1)}`,
        ],
        ['BFF first request after sign-in (cache on)', ms(firstMs)],
        [
          `BFF warm (cache on; ${(gzipBytes / 1024).toFixed(0)} KiB gzipped)`,
          `p50 ${ms(percentile(warmRuns, 50))}, p99 ${ms(percentile(warmRuns, 99))}, ×${(percentile(warmRuns, 50) / rawP50).toFixed(2)}`,
        ],
      ],
    )
  }

  // ---- 3. Sign-in storm: 200 different learners within 10 s -----------------------------------
  if (PARTS.has('3')) {
    const store = createSeededStore({ seed: 1, referenceDate })
    const learners = [...store.accounts.values()]
      .filter(
        (a) =>
          a.password === BULK_LEARNER_PASSWORD &&
          !a.isStaff &&
          !store.unpublishedClients.has(a.clientCode),
      )
      .slice(0, STORM_USERS)
    const storm = await startBff({})
    // Loads the WSDL before the storm.
    await signInToBff(storm.url, 'demo.learner', demoAccount('demo.learner').password)
    const latencies: number[] = []
    const statuses = new Map<number, number>()
    const stormStart = performance.now()
    await Promise.all(
      learners.map(
        (account, index) =>
          new Promise<void>((resolve) => {
            setTimeout(
              () => {
                const start = performance.now()
                signInToBff(storm.url, account.username, BULK_LEARNER_PASSWORD)
                  .then(({ status }) => {
                    latencies.push(performance.now() - start)
                    statuses.set(status, (statuses.get(status) ?? 0) + 1)
                  })
                  .catch(() => statuses.set(0, (statuses.get(0) ?? 0) + 1))
                  .finally(resolve)
              },
              (index * STORM_SECONDS * 1000) / learners.length,
            )
          }),
      ),
    )
    const stormMs = performance.now() - stormStart
    await storm.stop()
    const failures = [...statuses].filter(([status]) => status !== 201)
    printTable(
      `3. Sign-in storm: ${learners.length} different learners, evenly over ${STORM_SECONDS} s (ValidateClient + GetClientDetails + GetEmployersForClient + seal)`,
      [
        [
          'POST /api/session',
          `p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}, max ${ms(Math.max(...latencies))}`,
        ],
        [
          'outcome',
          `${statuses.get(201) ?? 0} signed in, ${failures.reduce((n, [, count]) => n + count, 0)} failed` +
            (failures.length
              ? ` (${failures.map(([s, n]) => `${n}× ${s || 'network'}`).join(', ')})`
              : '') +
            `, all done in ${(stormMs / 1000).toFixed(1)} s`,
        ],
      ],
    )
  }
} finally {
  for (const child of children) child.kill()
  for (const bff of bffs) await bff.stop()
  closeAgent()
  closeBffAgent()
  await sim.stop()
}
