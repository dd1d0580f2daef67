/**
 * The employer overview's "trainees to look at" (`/api/employer/attention`) against the real
 * simulator: who may see it, the chosen site, and what it costs for a 5,000-trainee employer.
 */
import { ErrorBodySchema, TraineeAttentionListSchema } from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Agent, type Stack } from './harness.ts'

let stack: Stack
let contact: Agent

async function signedIn(username: string, password: string, employerId?: string) {
  const agent = stack.agent()
  expect((await agent.signIn(username, password)).status).toBe(201)
  if (employerId)
    expect((await agent.put('/api/session/employer', { employerId })).status).toBe(200)
  return agent
}

beforeAll(async () => {
  stack = await startStack()
  contact = await signedIn('demo.employer', 'Employer!2026', DEMO.employers.acme)
})
afterAll(() => stack.close())

const listOf = (response: { json: unknown }) =>
  TraineeAttentionListSchema.parse(response.json).items
const summary = (response: { json: unknown }) =>
  listOf(response).map((item) => [
    `${item.givenName ?? ''} ${item.surname ?? ''}`,
    item.reasons.map((r) => r.kind),
  ])

/** Counts the simulator's unit reads of contracts while `run` runs. */
async function countingUnitReads<T>(run: () => Promise<T>): Promise<[T, number]> {
  const units = stack.sim.store.contractUnits
  const original = units.get.bind(units)
  let reads = 0
  units.get = (id: number) => {
    reads++
    return original(id)
  }
  try {
    return [await run(), reads]
  } finally {
    units.get = original
  }
}

describe('an employer contact’s trainees to look at', () => {
  it('lists Acme’s across its sites, each with why in words, withdrawals first', async () => {
    const response = await contact.get('/api/employer/attention')
    expect(response.status).toBe(200)
    expect(summary(response)).toEqual([
      ['Aisha Rahman', ['withdrawn']],
      ['Mei Chen', ['ending-with-units-open']],
      ['Lachlan Kelly', ['no-recent-result']],
    ])
    const [aisha, mei, lachlan] = listOf(response)
    expect(aisha?.reasons[0]?.message).toBe(
      'Withdrew from the traineeship on 4 November 2026 (12 days ago).',
    )
    expect(mei?.reasons[0]?.message).toMatch(
      /^Contract ends on 26 December 2026 \(in 40 days\) with \d+ units not yet achieved\.$/,
    )
    expect(lachlan?.reasons[0]?.message).toMatch(
      /^No unit result in the last 90 days: the latest was on \d+ \w+ 2026\.$/,
    )
    expect(mei).toMatchObject({
      contractId: expect.any(Number) as number,
      employerId: DEMO.employers.acmeParramatta,
    })
  })

  it('keeps to the chosen site and its sub-sites', async () => {
    const newcastle = await contact.get(
      `/api/employer/attention?employerId=${DEMO.employers.acmeNewcastle}`,
    )
    expect(summary(newcastle).map(([name]) => name)).toEqual(['Aisha Rahman', 'Lachlan Kelly'])
    const maitland = await contact.get(
      `/api/employer/attention?employerId=${DEMO.employers.acmeMaitland}`,
    )
    expect(listOf(maitland)).toEqual([])
  })

  it('is refused for an employer outside the contact’s tree', async () => {
    const response = await contact.get(
      `/api/employer/attention?employerId=${DEMO.employers.southernHealth}`,
    )
    expect(response.status).toBe(403)
    expect(ErrorBodySchema.parse(response.json).error.code).toBe('FORBIDDEN')
  })

  it('is refused to an employee who is not a contact, and to someone not signed in', async () => {
    const employee = await signedIn('demo.employee', 'Employee!2026')
    expect((await employee.get('/api/employer/attention')).status).toBe(403)
    expect(
      (await employee.get(`/api/employer/attention?employerId=${DEMO.employers.acme}`)).status,
    ).toBe(403)
    expect((await stack.agent().get('/api/employer/attention')).status).toBe(401)
  })
})

describe('the cost for Southern Health Network’s 5,000 people', () => {
  it('reads units only for active trainees the rule needs them for, once per site and day', async () => {
    const big = await signedIn('demo.bigemployer', 'BigEmployer!2026')
    const trainees = (await big.get('/api/employer/trainees')).json as {
      items: { status?: string }[]
    }
    const active = trainees.items.filter((t) => t.status === 'Active').length

    const started = performance.now()
    const [first, reads] = await countingUnitReads(() => big.get('/api/employer/attention'))
    const elapsedMs = Math.round(performance.now() - started)
    expect(first.status).toBe(200)
    expect(reads).toBeGreaterThan(0)
    expect(reads).toBeLessThanOrEqual(active)
    // A figure for docs/employer-attention, not an assertion on time.
    console.info(
      `attention for ${trainees.items.length} trainees (${active} active): ${reads} unit reads, ${elapsedMs} ms, ${listOf(first).length} listed`,
    )

    const [again, readsAgain] = await countingUnitReads(() => big.get('/api/employer/attention'))
    expect(readsAgain).toBe(0)
    expect(again.json).toEqual(first.json)
  })
})
