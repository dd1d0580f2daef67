import {
  ErrorBodySchema,
  MetaSchema,
  OccurrenceListSchema,
  TraineeDetailSchema,
} from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startStack, type Agent, type Stack } from './harness.ts'

let stack: Stack
let withoutSignIn: Stack

beforeAll(async () => {
  stack = await startStack({
    simulator: {
      withoutOperations: ['GetAwardsForClient', 'GetTraineesForEmployer', 'VerifyAward'],
    },
  })
  withoutSignIn = await startStack({ simulator: { withoutOperations: ['GetClientDetails'] } })
})
afterAll(async () => {
  await stack.close()
  await withoutSignIn.close()
})

const errorOf = (response: { json: unknown }) => ErrorBodySchema.parse(response.json).error

/** demo.employer signed in on `on`, acting for Acme. */
async function acmeContact(on: Stack) {
  const contact = on.agent()
  expect((await contact.signIn('demo.employer', 'Employer!2026')).status).toBe(201)
  expect(
    (await contact.put('/api/session/employer', { employerId: DEMO.employers.acme })).status,
  ).toBe(200)
  return contact
}

/** Each of `paths` answers 404 FEATURE_UNAVAILABLE to `agent`. */
async function expectFeatureUnavailable(agent: Agent, paths: readonly string[]) {
  for (const path of paths) {
    const response = await agent.get(path)
    expect(response.status, path).toBe(404)
    expect(errorOf(response).code, path).toBe('FEATURE_UNAVAILABLE')
  }
}

describe('a VETtrak that does not offer every operation', () => {
  it('lists in /api/meta the features it offers, and not those it lacks', async () => {
    const meta = MetaSchema.parse((await stack.agent().get('/api/meta')).json)
    expect(meta.features.certificates).toBe(false)
    expect(meta.features.trainees).toBe(false)
    expect(meta.features.enrolments).toBe(true)
    expect(meta.features.employees).toBe(true)
    expect(meta.features.signIn).toBe(true)
  })

  it('answers FEATURE_UNAVAILABLE on the routes of a feature it lacks, and serves the rest', async () => {
    const learner = stack.agent()
    expect((await learner.signIn('demo.learner', 'Learner!2026')).status).toBe(201)
    const awards = await learner.get('/api/me/awards')
    expect(awards.status).toBe(404)
    expect(errorOf(awards)).toEqual({
      code: 'FEATURE_UNAVAILABLE',
      message: "This is not offered by your training organisation's VETtrak.",
    })
    expect((await learner.get('/api/me/enrolments')).status).toBe(200)
    expect((await learner.get('/api/me/events')).status).toBe(200)

    const contact = await acmeContact(stack)
    await expectFeatureUnavailable(contact, [
      '/api/employer/trainees',
      '/api/employer/trainees/20101/units',
    ])
    // The employer area's frame still loads: the tree counts only what is offered.
    const tree = await contact.get('/api/employer/tree')
    expect(tree.status).toBe(200)
    expect((await contact.get('/api/employer/employees')).status).toBe(200)
  })

  it('refuses a certificate check with FEATURE_UNAVAILABLE when VETtrak lacks VerifyAward', async () => {
    const meta = MetaSchema.parse((await stack.agent().get('/api/meta')).json)
    expect(meta.features.certificateVerification).toBe(false)
    const response = await stack.agent().post('/api/verify', {
      givenName: 'Charlotte',
      surname: 'Nguyen',
      parchmentNumber: 'CSIQ0060001',
    })
    expect(response.status).toBe(404)
    expect(errorOf(response).code).toBe('FEATURE_UNAVAILABLE')
  })

  it('is ready, and /readyz names the features that are off', async () => {
    const response = await stack.agent().get('/readyz')
    expect(response.status).toBe(200)
    expect(response.json).toMatchObject({
      status: 'ready',
      features: { source: 'wsdl', off: ['certificates', 'certificateVerification', 'trainees'] },
    })
  })

  it('is not ready when sign-in itself is not offered', async () => {
    const response = await withoutSignIn.agent().get('/readyz')
    expect(response.status).toBe(503)
    expect(response.headers.get('retry-after')).toBe('60')
    expect(response.json).toMatchObject({
      status: 'unavailable',
      vettrak: 'sign-in-not-offered',
      features: { source: 'wsdl' },
    })
    expect((response.json as { features: { off: string[] } }).features.off).toContain('signIn')
  })
})

describe('a VETtrak without employer events or the employer’s enrolments', () => {
  let partial: Stack
  beforeAll(async () => {
    partial = await startStack({
      simulator: { withoutOperations: ['GetEventsForEmployer', 'GetEnrolmentsForEmployer'] },
    })
  })
  afterAll(() => partial.close())

  it('still shows a trainee’s contract, without visits, and classes without who is booked', async () => {
    const contact = await acmeContact(partial)
    const trainee = TraineeDetailSchema.parse(
      (await contact.get('/api/employer/trainees/20101')).json,
    )
    expect(trainee).toMatchObject({ contractId: 20101, status: 'Active' })
    expect(trainee.upcoming).toBeUndefined()
    const classes = OccurrenceListSchema.parse(
      (await contact.get('/api/employer/occurrences')).json,
    )
    expect(classes.items.length).toBeGreaterThan(0)
    for (const occurrence of classes.items) expect(occurrence.booked).toBeUndefined()
  })

  it('refuses the enrolments and their progress with FEATURE_UNAVAILABLE, without asking VETtrak', async () => {
    const contact = await acmeContact(partial)
    await expectFeatureUnavailable(contact, [
      '/api/employer/enrolments',
      '/api/employer/enrolments/progress?ids=1',
    ])
  })
})
