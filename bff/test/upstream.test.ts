import {
  DatabaseError,
  createVettrakClient,
  type ClientRef,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import { DEMO, startSimulator, type RunningSimulator } from '@vettrak-portal/vettrak-simulator'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { startStack, TEST_REFERENCE_DATE as REFERENCE_DATE, type Stack } from './harness.ts'
import { clientRecords } from '../src/records/client-records.ts'
import { createLandingPrefetch, type LandingPrefetch } from '../src/records/landing-prefetch.ts'
import {
  CircuitOpenError,
  createUpstream,
  runAsUser,
  type UpstreamOptions,
} from '../src/upstream/index.ts'

let sim: RunningSimulator
let client: VettrakClient
const calls = new Map<string, number>()

/** The real client, counting the calls that reach it. */
function countingClient(): VettrakClient {
  const counted: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(client))
    counted[name] =
      typeof value === 'function' && name !== 'ready' && name !== 'close'
        ? (...args: unknown[]) => {
            calls.set(name, (calls.get(name) ?? 0) + 1)
            return (value as (...a: unknown[]) => unknown)(...args)
          }
        : value
  return counted as unknown as VettrakClient
}

let clock = 0
const noWait = () => Promise.resolve()
const upstream = (options: UpstreamOptions = {}) =>
  createUpstream(countingClient(), { now: () => clock, sleep: noWait, ...options })

let learner: { token: string; clientCode: string }

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 1, referenceDate: REFERENCE_DATE })
  client = createVettrakClient({
    wsdlUrl: sim.wsdlUrl,
    timeoutMs: 500,
    serviceAccount: { username: 'api.portal', password: 'ApiPortal!2026' },
  })
  learner = await client.validateClient({ username: 'demo.learner', password: 'Learner!2026' })
})
afterEach(() => {
  sim.clearFaults()
  calls.clear()
  clock += 3_600_000
})
afterAll(async () => {
  client.close()
  await sim.close()
})

describe('coalescing', () => {
  it('fifty identical concurrent reads make one VETtrak call and all get the answer', async () => {
    const vettrak = upstream()
    const answers = await Promise.all(
      Array.from({ length: 50 }, () => vettrak.getEnrolmentsForClient(learner)),
    )
    expect(calls.get('getEnrolmentsForClient')).toBe(1)
    expect(answers[0]?.length).toBeGreaterThanOrEqual(3)
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1)
  })

  it('a caller that gives up is told so, while the others sharing the call get the answer', async () => {
    sim.setFaults({ latencyMs: 200 })
    const vettrak = upstream()
    const impatient = new AbortController()
    const leaving = vettrak.getEventsForClient(learner, { signal: impatient.signal })
    const staying = vettrak.getEventsForClient(learner)
    impatient.abort()
    await expect(leaving).rejects.toMatchObject({ name: 'AbortError' })
    await expect(staying).resolves.toBeInstanceOf(Array)
    expect(calls.get('getEventsForClient')).toBe(1)
  })

  it('reads with different input are not coalesced', async () => {
    const vettrak = upstream()
    await Promise.all([
      vettrak.getTraineesForEmployer({ employerIdentifier: DEMO.employers.acme }),
      vettrak.getTraineesForEmployer({ employerIdentifier: DEMO.employers.harbour }),
    ])
    expect(calls.get('getTraineesForEmployer')).toBe(2)
  })
})

describe('retrying', () => {
  it('a read that meets a database error (-3) is tried three times in all, then fails', async () => {
    sim.setFaults({ failures: [{ kind: 'db-error', operations: ['GetEnrolmentsForClient'] }] })
    await expect(upstream().getEnrolmentsForClient(learner)).rejects.toBeInstanceOf(DatabaseError)
    expect(calls.get('getEnrolmentsForClient')).toBe(3)
  })

  it('a password change and a sign-in are never retried', async () => {
    sim.setFaults({ failures: [{ kind: 'http-500' }] })
    const vettrak = upstream()
    await expect(
      vettrak.updateClientUsernamePassword({ ...learner, username: 'demo.learner', password: 'x' }),
    ).rejects.toMatchObject({ reason: 'http-error' })
    await expect(
      vettrak.validateClient({ username: 'demo.learner', password: 'Learner!2026' }),
    ).rejects.toMatchObject({ reason: 'http-error' })
    expect(calls.get('updateClientUsernamePassword')).toBe(1)
    expect(calls.get('validateClient')).toBe(1)
  })

  it('a read that times out is not retried', async () => {
    sim.setFaults({ latencyMs: 1_500 })
    await expect(upstream().getEventsForClient(learner)).rejects.toMatchObject({
      reason: 'timeout',
    })
    expect(calls.get('getEventsForClient')).toBe(1)
  })

  it('a SOAP fault is not retried', async () => {
    sim.setFaults({ failures: [{ kind: 'soap-fault' }] })
    await expect(upstream().getAwardsForClient(learner)).rejects.toMatchObject({
      reason: 'soap-fault',
    })
    expect(calls.get('getAwardsForClient')).toBe(1)
  })
})

describe('the circuit breaker', () => {
  it('opens after consecutive failures, fails fast, and closes after one good probe', async () => {
    const vettrak = upstream({ retries: 0, breakerThreshold: 3, breakerCoolDownMs: 15_000 })
    sim.setFaults({ failures: [{ kind: 'reset' }] })
    for (let i = 0; i < 3; i++)
      await expect(vettrak.getAwardsForClient(learner)).rejects.toMatchObject({ reason: 'network' })
    expect(vettrak.circuit.state()).toBe('open')
    sim.clearFaults()
    await expect(vettrak.getAwardsForClient(learner)).rejects.toBeInstanceOf(CircuitOpenError)
    expect(calls.get('getAwardsForClient')).toBe(3)
    expect(vettrak.circuit.retryAfterSeconds()).toBe(15)

    clock += 15_000
    expect(vettrak.circuit.state()).toBe('half-open')
    await expect(vettrak.getAwardsForClient(learner)).resolves.toBeInstanceOf(Array)
    expect(vettrak.circuit.state()).toBe('closed')
    expect(calls.get('getAwardsForClient')).toBe(4)
  })

  it('reads fired together when it is half-open wait for the probe and then all succeed', async () => {
    const vettrak = upstream({ retries: 0, breakerThreshold: 3, breakerCoolDownMs: 15_000 })
    sim.setFaults({ failures: [{ kind: 'reset' }] })
    for (let i = 0; i < 3; i++) await vettrak.getAwardsForClient(learner).catch(() => {})
    sim.clearFaults()
    clock += 15_000
    expect(vettrak.circuit.state()).toBe('half-open')
    // A page that reads several things at once, as a big employer's contacts are read site by site.
    const reads = await Promise.allSettled([
      vettrak.getAwardsForClient(learner),
      vettrak.getClientDetails(learner),
      vettrak.getEventsForClient(learner),
    ])
    expect(reads.map((read) => read.status)).toEqual(['fulfilled', 'fulfilled', 'fulfilled'])
    expect(vettrak.circuit.state()).toBe('closed')
  })

  it('retries count towards opening it, and an open circuit stops the retries', async () => {
    const vettrak = upstream({ breakerThreshold: 2 })
    sim.setFaults({ failures: [{ kind: 'http-500' }] })
    await expect(vettrak.getAwardsForClient(learner)).rejects.toBeInstanceOf(CircuitOpenError)
    expect(calls.get('getAwardsForClient')).toBe(2)
  })
})

describe('the per-user cache', () => {
  const acme = { employerIdentifier: DEMO.employers.acme }

  it("a user's repeated list read is answered from the cache until the TTL passes", async () => {
    const vettrak = upstream({ cacheTtlMs: 30_000 })
    await runAsUser('session-alice', () => vettrak.getTraineesForEmployer(acme))
    await runAsUser('session-alice', () => vettrak.getTraineesForEmployer(acme))
    expect(calls.get('getTraineesForEmployer')).toBe(1)
    clock += 30_000
    await runAsUser('session-alice', () => vettrak.getTraineesForEmployer(acme))
    expect(calls.get('getTraineesForEmployer')).toBe(2)
  })

  it('never crosses users, even for the service-account reads where the input is the same', async () => {
    const vettrak = upstream()
    const alice = await runAsUser('session-alice', () => vettrak.getTraineesForEmployer(acme))
    const bob = await runAsUser('session-bob', () => vettrak.getTraineesForEmployer(acme))
    expect(calls.get('getTraineesForEmployer')).toBe(2)
    expect(bob).toEqual(alice)
  })

  it('without a signed-in user nothing is cached', async () => {
    const vettrak = upstream()
    await vettrak.getTraineesForEmployer(acme)
    await vettrak.getTraineesForEmployer(acme)
    expect(calls.get('getTraineesForEmployer')).toBe(2)
  })

  it("a password change clears that user's cache and no one else's", async () => {
    const vettrak = upstream()
    await runAsUser('session-learner', () => vettrak.getEnrolmentsForClient(learner))
    await runAsUser('session-other', () => vettrak.getTraineesForEmployer(acme))
    await runAsUser('session-learner', () =>
      vettrak.updateClientUsernamePassword({
        ...learner,
        username: 'demo.learner',
        password: 'Changed!2026x',
      }),
    )
    await runAsUser('session-learner', () => vettrak.getEnrolmentsForClient(learner))
    await runAsUser('session-other', () => vettrak.getTraineesForEmployer(acme))
    expect(calls.get('getEnrolmentsForClient')).toBe(2)
    expect(calls.get('getTraineesForEmployer')).toBe(1)
  })
})

describe('through the BFF', () => {
  let stack: Stack
  beforeEach(async () => {
    stack = await startStack()
  })
  afterEach(() => stack.close())

  /** The VETtrak requests for `operation` the BFF has sent so far. */
  const soapCalls = (operation: string) =>
    stack.logLines.filter(
      (line) => line.includes('"msg":"vettrak request"') && line.includes(`<${operation}`),
    ).length

  it('views a contact opens at once share one read of the tree and one of each list', async () => {
    const contact = stack.agent()
    await contact.signIn('demo.employer', 'Employer!2026')
    await contact.put('/api/session/employer', { employerId: DEMO.employers.acme })
    const trees = soapCalls('GetEmployerTree')
    const views = await Promise.all(
      Array.from({ length: 6 }, () => contact.get('/api/employer/trainees')),
    )
    expect(views.map((view) => view.status)).toEqual(Array(6).fill(200))
    expect(soapCalls('GetEmployerTree') - trees).toBe(1)
    expect(soapCalls('GetTraineesForEmployer')).toBe(1)
  })

  it('a session reuses its own list reads for a while, and another session of the same person does not', async () => {
    const first = stack.agent()
    const second = stack.agent()
    for (const agent of [first, second]) {
      await agent.signIn('demo.employer', 'Employer!2026')
      await agent.put('/api/session/employer', { employerId: DEMO.employers.acme })
    }
    expect((await first.get('/api/employer/trainees')).status).toBe(200)
    expect((await first.get('/api/employer/trainees')).status).toBe(200)
    expect(soapCalls('GetTraineesForEmployer')).toBe(1)
    expect((await second.get('/api/employer/trainees')).status).toBe(200)
    expect(soapCalls('GetTraineesForEmployer')).toBe(2)
    stack.advance(31)
    expect((await first.get('/api/employer/trainees')).status).toBe(200)
    expect(soapCalls('GetTraineesForEmployer')).toBe(3)
  })
})

describe('the landing page prefetch at sign-in', () => {
  // The BFF's day: 10:00 in Sydney on the simulator's reference date.
  const records = (vettrak: VettrakClient) => ({
    vettrak,
    now: () => Date.UTC(2026, 10, 15, 23, 0, 0),
    timeZone: 'Australia/Sydney',
  })
  const dashboardReads = (vettrak: VettrakClient) => {
    const mine = clientRecords(records(vettrak), learner)
    return Promise.all([mine.events(), mine.enrolments(), mine.invoices({ status: 'unpaid' })])
  }
  const failures: unknown[] = []
  const noteFailure = (error: unknown) => void failures.push(error)
  afterEach(() => void failures.splice(0))
  /** A sign-in's prefetch, its answer given with `activeEmployerId` active; settled. */
  const signIn = (
    prefetch: LandingPrefetch,
    sid: string,
    ref: ClientRef,
    activeEmployerId: string | null = null,
  ) => {
    const started = prefetch.start(sid, ref, noteFailure)
    started.signedIn(activeEmployerId)
    return started.settled
  }

  it("answers the dashboard's reads of that session from the cache, and nobody else's", async () => {
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    await signIn(prefetch, 'session-new', learner)
    const read = { ...Object.fromEntries(calls) }
    expect(read.getEventsForClient).toBe(1)
    expect(read.getEnrolmentsForClient).toBe(1)
    expect(read.getInvoicesForClient).toBe(1)
    expect(read.getUnitsForEnrolment).toBeGreaterThanOrEqual(1)

    const cached = await runAsUser('session-new', () => dashboardReads(vettrak))
    expect(Object.fromEntries(calls)).toEqual(read)
    // Another session of the same person, or anyone else, reads VETtrak for itself.
    const fresh = await runAsUser('session-other', () => dashboardReads(vettrak))
    expect(calls.get('getEventsForClient')).toBe(2)
    expect(calls.get('getEnrolmentsForClient')).toBe(2)
    expect(fresh).toEqual(cached)
    expect(failures).toEqual([])
  })

  it("reads the active employer's enrolments once the sign-in has answered, into that session's cache only", async () => {
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    const contact = await client.validateClient({
      username: 'demo.bigemployer',
      password: 'BigEmployer!2026',
    })
    const started = prefetch.start('session-big', contact, noteFailure)
    // The learner's own reads go ahead; the employer's wait for the sign-in's answer.
    await runAsUser('session-big', () => dashboardReads(vettrak))
    expect(calls.get('getEnrolmentsForEmployer')).toBeUndefined()
    started.signedIn(DEMO.employers.southernHealth)
    await started.settled
    expect(calls.get('getEnrolmentsForEmployer')).toBe(1)
    const enrolments = { employerIdentifier: DEMO.employers.southernHealth }
    const cached = await runAsUser('session-big', () =>
      vettrak.getEnrolmentsForEmployer(enrolments),
    )
    expect(calls.get('getEnrolmentsForEmployer')).toBe(1)
    expect(cached.length).toBe(DEMO.southernHealth.people)
    // Never shared: another session reads VETtrak for itself (after its own scope check).
    await runAsUser('session-other', () => vettrak.getEnrolmentsForEmployer(enrolments))
    expect(calls.get('getEnrolmentsForEmployer')).toBe(2)
    expect(failures).toEqual([])
  })

  it('reads no employer enrolments for a sign-in without an active employer, or one that failed', async () => {
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    const contactOfTwo = await client.validateClient({
      username: 'demo.employer',
      password: 'Employer!2026',
    })
    await signIn(prefetch, 'session-two', contactOfTwo, null)
    await signIn(prefetch, 'session-learner', learner, null)
    const failed = prefetch.start('session-failed', contactOfTwo, noteFailure)
    failed.abandon()
    failed.signedIn(DEMO.employers.acme)
    await failed.settled
    expect(calls.get('getEnrolmentsForEmployer')).toBeUndefined()
    expect(prefetch.inFlight).toBe(0)
    expect(failures).toEqual([])
  })

  it('a read asked for while the prefetch is in flight joins it instead of calling again', async () => {
    sim.setFaults({ latencyMs: 100 })
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    const started = prefetch.start('session-new', learner, noteFailure)
    await runAsUser('session-new', () => dashboardReads(vettrak))
    started.signedIn(null)
    await started.settled
    expect(calls.get('getEventsForClient')).toBe(1)
    expect(calls.get('getEnrolmentsForClient')).toBe(1)
    expect(calls.get('getInvoicesForClient')).toBe(1)
  })

  it('failing reads are reported, are not retried into opening the circuit, and leave nothing cached', async () => {
    sim.setFaults({
      failures: [
        {
          kind: 'db-error',
          operations: ['GetEventsForClient', 'GetEnrolmentsForClient', 'GetInvoicesForClient'],
        },
      ],
    })
    const vettrak = upstream({ breakerThreshold: 2 })
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    await signIn(prefetch, 'session-new', learner)
    expect(failures).toHaveLength(3)
    expect(failures[0]).toBeInstanceOf(DatabaseError)
    expect(vettrak.circuit.state()).toBe('closed')
    expect(vettrak.sizes.cachedReads()).toBe(0)
    // The person's own request still counts, as before.
    await expect(vettrak.getAwardsForClient(learner)).resolves.toBeInstanceOf(Array)
  })

  it('runs only while the circuit is closed', async () => {
    const vettrak = upstream({ retries: 0, breakerThreshold: 1 })
    sim.setFaults({ failures: [{ kind: 'reset' }] })
    await expect(vettrak.getAwardsForClient(learner)).rejects.toMatchObject({ reason: 'network' })
    sim.clearFaults()
    clock += 15_000
    expect(vettrak.circuit.state()).toBe('half-open')
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    await signIn(prefetch, 'session-new', learner)
    expect(failures[0]).toBeInstanceOf(CircuitOpenError)
    expect(calls.get('getEventsForClient')).toBeUndefined()
    // The probe is left to someone who is waiting for an answer.
    await expect(vettrak.getAwardsForClient(learner)).resolves.toBeInstanceOf(Array)
    expect(vettrak.circuit.state()).toBe('closed')
  })

  it('an abandoned sign-in leaves nothing cached under its session id', async () => {
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak })
    const started = prefetch.start('session-never', learner, noteFailure)
    started.abandon()
    await started.settled
    expect(vettrak.sizes.cachedReads()).toBe(0)
  })

  it('is bounded: beyond its limit a sign-in is not prefetched', async () => {
    sim.setFaults({ latencyMs: 50 })
    const vettrak = upstream()
    const prefetch = createLandingPrefetch({ ...records(vettrak), vettrak, maxInFlight: 1 })
    const first = prefetch.start('session-a', learner, noteFailure)
    expect(prefetch.inFlight).toBe(1)
    await signIn(prefetch, 'session-b', learner)
    first.signedIn(null)
    await first.settled
    expect(calls.get('getEventsForClient')).toBe(1)
    expect(prefetch.inFlight).toBe(0)
  })
})
