import {
  DatabaseError,
  createVettrakClient,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import { describe, expect, expectTypeOf, it } from 'vitest'
import { createUpstream, runAsUser } from './index.ts'
import { POLICIES, type Policy, type PolicyTable } from './policies.ts'

/**
 * The client with every VETtrak call replaced: the first call of each meets VETtrak's database
 * error (transient, so worth a retry), later ones answer a list naming the function.
 */
function flakyClient() {
  const calls = new Map<string, number>()
  const fakes: Record<string, (input: unknown) => Promise<unknown>> = {}
  for (const [name, policy] of Object.entries(POLICIES)) {
    if (policy === 'pass') continue
    fakes[name] = () => {
      const count = (calls.get(name) ?? 0) + 1
      calls.set(name, count)
      return count === 1
        ? Promise.reject(new DatabaseError('busy', { operation: 'GetClientDetails', status: -3 }))
        : Promise.resolve([name])
    }
  }
  // Never called: its members are only what the `pass` policy hands over untouched.
  const real = createVettrakClient({ wsdlUrl: 'http://127.0.0.1:9/VT_API.asmx?WSDL' })
  return { client: Object.assign(real, fakes), calls, real }
}

const byPolicy = (wanted: Policy) =>
  Object.entries(POLICIES)
    .filter(([, policy]) => policy === wanted)
    .map(([name]) => name)

/** Calls one of the client's functions by name (the test goes through every one of them). */
function callOf(upstream: VettrakClient, name: string) {
  const member: unknown = Object.getOwnPropertyDescriptor(upstream, name)?.value
  if (typeof member !== 'function') throw new Error(`${name} is not a function`)
  return () => Promise.resolve(Reflect.apply(member, undefined, [{ token: 't' }]))
}

const upstreamOf = (client: VettrakClient) =>
  createUpstream(client, { now: () => 1_000, sleep: () => Promise.resolve(), random: () => 0 })

describe('the policy table', () => {
  it('names every member of the client, and only those', () => {
    expectTypeOf<keyof typeof POLICIES>().toEqualTypeOf<keyof VettrakClient>()
  })

  it('does not compile without a policy for every client function, or with a call policy on a non-call', () => {
    const { verifyAward: _left, ...incomplete } = POLICIES
    // @ts-expect-error verifyAward has no policy
    const missing: PolicyTable = incomplete
    // @ts-expect-error `service` is no VETtrak call, so it can only be passed through
    const miscast: PolicyTable = { ...POLICIES, service: 'read' }
    expect([missing, miscast]).toHaveLength(2)
  })
})

describe('each policy', () => {
  it.each([
    ...byPolicy('read').map((name) => ({ name, kept: 'kept for the user', calls: 2 })),
    ...byPolicy('uncached').map((name) => ({ name, kept: 'read again', calls: 3 })),
  ])('$name is retried, and its answer $kept', async ({ name, calls: expected }) => {
    const { client, calls } = flakyClient()
    const call = callOf(upstreamOf(client), name)
    await runAsUser('alice', async () => {
      await expect(call()).resolves.toEqual([name])
      await expect(call()).resolves.toEqual([name])
    })
    expect(calls.get(name)).toBe(expected)
  })

  it.each([...byPolicy('once'), ...byPolicy('write')])('%s is never retried', async (name) => {
    const { client, calls } = flakyClient()
    await runAsUser('alice', () =>
      expect(callOf(upstreamOf(client), name)()).rejects.toBeInstanceOf(DatabaseError),
    )
    expect(calls.get(name)).toBe(1)
  })

  it.each(byPolicy('write'))("%s forgets the user's cached reads", async (name) => {
    const { client, calls } = flakyClient()
    const upstream = upstreamOf(client)
    const read = callOf(upstream, 'getEnrolmentsForClient')
    await runAsUser('alice', async () => {
      await read()
      await expect(callOf(upstream, name)()).rejects.toBeInstanceOf(DatabaseError)
      await read()
    })
    expect(calls.get('getEnrolmentsForClient')).toBe(3)
  })

  it.each(byPolicy('pass'))('%s is handed over untouched', (name) => {
    const { client, real } = flakyClient()
    const upstream = upstreamOf(client)
    expect(Object.getOwnPropertyDescriptor(upstream, name)?.value).toBe(
      Object.getOwnPropertyDescriptor(real, name)?.value,
    )
  })
})
