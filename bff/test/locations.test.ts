/**
 * Location names through the real BFF and simulator: answers carry VETtrak's location code and the
 * name the RTO gives it (GetLocations, read once with the service account and kept a while), and
 * fall back to the code alone when this VETtrak has no GetLocations or it fails.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  EnrolmentListSchema,
  EventListSchema,
  OccurrenceListSchema,
  type CreatedCalendarFeed,
} from '@vettrak-portal/contracts'
import { DEMO } from '@vettrak-portal/vettrak-simulator'
import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LOCATION_NAMES } from '../src/reference/location-names.ts'
import { startStack, startStackBehindProxy, type Agent, type Stack } from './harness.ts'
import { signedIn } from './hostile/support.ts'
import { unknownOperationFault, type SoapProxy } from '@vettrak-portal/test-support/soap-proxy'

const E = DEMO.learner.enrolments

/** The simulator's own list: code → name. */
const namesOf = (stack: Stack) =>
  new Map([...stack.sim.store.locations.values()].map((l) => [l.Loca_Code, l.Loca_Name]))

const getLocationsCalls = (stack: Stack) =>
  stack.logLines.filter(
    (line) => line.includes('"vettrak request"') && line.includes('GetLocations'),
  ).length

async function learnerEnrolments(agent: Agent) {
  const response = await agent.get('/api/me/enrolments')
  expect(response.status, response.text).toBe(200)
  return EnrolmentListSchema.parse(response.json).items
}

describe('with GetLocations', () => {
  let stack: Stack
  let dataDir: string
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vtp-locations-'))
    stack = await startStack({ env: { DATA_DIR: dataDir } })
  })
  afterAll(async () => {
    await stack?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it("a learner's enrolments carry each location's code and its name", async () => {
    const items = await learnerEnrolments(await signedIn(stack, 'learner'))
    const names = namesOf(stack)
    const located = items.filter((item) => item.location !== undefined)
    expect(located.length).toBeGreaterThan(0)
    for (const item of located) {
      expect(item.locationName, item.location).toBe(names.get(item.location ?? ''))
      expect(item.locationName).not.toBe(item.location)
    }
  })

  it("a learner's events of an enrolment carry its course and location name", async () => {
    const learner = await signedIn(stack, 'learner')
    const enrolments = await learnerEnrolments(learner)
    const support = enrolments.find((item) => item.id === E.individualSupport)
    const events = EventListSchema.parse((await learner.get('/api/me/events')).json).items
    const workshop = events.find((event) => event.description === 'Dementia support workshop')
    expect(workshop).toMatchObject({
      name: 'Class',
      enrolmentId: E.individualSupport,
      courseName: support?.qualificationName,
      location: support?.location,
      locationName: support?.locationName,
    })
    expect(workshop?.locationName).toEqual(expect.any(String))
  })

  it("an employer's classes carry their location names", async () => {
    const employer = await signedIn(stack, 'employer')
    const response = await employer.get('/api/employer/occurrences')
    const items = OccurrenceListSchema.parse(response.json).items
    const names = namesOf(stack)
    expect(items.length).toBeGreaterThan(0)
    for (const item of items) expect(item.locationName).toBe(names.get(item.location ?? ''))
  })

  it('reads the list once with the service account for everyone, until it is an hour old', async () => {
    const before = getLocationsCalls(stack)
    await learnerEnrolments(await signedIn(stack, 'learner'))
    await (await signedIn(stack, 'employer')).get('/api/employer/occurrences')
    expect(getLocationsCalls(stack)).toBe(before)
    stack.advance(DEFAULT_LOCATION_NAMES.ttlMs / 1000)
    await learnerEnrolments(await signedIn(stack, 'learner'))
    expect(getLocationsCalls(stack)).toBe(before + 1)
  })

  it("a learner's calendar feed titles each event with what it is and places it", async () => {
    const learner = await signedIn(stack, 'learner')
    const created = await learner.post('/api/feeds', { kind: 'learner' })
    expect(created.status, created.text).toBe(201)
    const { pathname } = new URL((created.json as CreatedCalendarFeed).url)
    const text = await (await fetch(stack.url + pathname)).text()
    const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
    const entries = calendar.getAllSubcomponents('vevent').map((vevent) => ({
      summary: vevent.getFirstPropertyValue('summary'),
      location: vevent.getFirstPropertyValue('location'),
    }))
    const support = (await learnerEnrolments(learner)).find((e) => e.id === E.individualSupport)
    expect(entries).toContainEqual({
      summary: 'Class: Dementia support workshop',
      location: support?.locationName,
    })
    expect(entries.some((entry) => entry.summary === 'Class')).toBe(false)
  })

  it("an employer's calendar feed places each class by its location's name", async () => {
    const employer = await signedIn(stack, 'employer')
    const created = await employer.post('/api/feeds', { kind: 'employer', employerId: '1001' })
    expect(created.status, created.text).toBe(201)
    const { pathname } = new URL((created.json as CreatedCalendarFeed).url)
    const calendar = new ICAL.Component(
      ICAL.parse(await (await fetch(stack.url + pathname)).text()) as unknown[],
    )
    const classes = calendar
      .getAllSubcomponents('vevent')
      .filter((vevent) => String(vevent.getFirstPropertyValue('uid')).startsWith('vettrak-occ'))
    expect(classes.length).toBeGreaterThan(0)
    const names = new Set(namesOf(stack).values())
    for (const vevent of classes)
      expect(names.has(String(vevent.getFirstPropertyValue('location')))).toBe(true)
  })
})

describe('without GetLocations in the WSDL', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack({ simulator: { withoutOperations: ['GetLocations'] } })
  })
  afterAll(() => stack?.close())

  it('turns the location names off and shows codes, never asking for them', async () => {
    expect(stack.features.isOn('locationNames')).toBe(false)
    expect(stack.features.isOn('enrolments')).toBe(true)
    const items = await learnerEnrolments(await signedIn(stack, 'learner'))
    expect(items.some((item) => item.location)).toBe(true)
    for (const item of items) expect(item).not.toHaveProperty('locationName')
    const events = EventListSchema.parse(
      (await (await signedIn(stack, 'learner')).get('/api/me/events')).json,
    ).items
    const workshop = events.find((event) => event.description === 'Dementia support workshop')
    expect(workshop?.location).toEqual(expect.any(String))
    expect(workshop).not.toHaveProperty('locationName')
    expect(getLocationsCalls(stack)).toBe(0)
  })
})

describe('when GetLocations fails', () => {
  let stack: Awaited<ReturnType<typeof startStackBehindProxy>>
  let proxy: SoapProxy
  beforeAll(async () => {
    stack = await startStackBehindProxy()
    proxy = stack.proxy
  })
  afterAll(() => stack?.close())

  it('shows codes, and names once a later read works', async () => {
    proxy.rewrite('GetLocations', () => unknownOperationFault('GetLocations'))
    const learner = await signedIn(stack, 'learner')
    const failed = await learnerEnrolments(learner)
    expect(failed.some((item) => item.location)).toBe(true)
    for (const item of failed) expect(item).not.toHaveProperty('locationName')
    expect(stack.logLines.some((line) => line.includes('location names could not be read'))).toBe(
      true,
    )

    proxy.clear()
    stack.advance(DEFAULT_LOCATION_NAMES.retryMs / 1000)
    const recovered = await learnerEnrolments(learner)
    const names = namesOf(stack)
    for (const item of recovered.filter((item) => item.location))
      expect(item.locationName).toBe(names.get(item.location ?? ''))
  })
})
