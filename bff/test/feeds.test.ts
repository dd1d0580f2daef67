/**
 * Calendar feeds through the real BFF and simulator: made, fetched as a calendar app would (no
 * cookie), parsed with ical.js (not our writer), replaced, revoked, refused to people without the
 * right, kept across a restart under DATA_DIR and shared by two instances through a real Redis.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CalendarFeedList, CreatedCalendarFeed, EventList } from '@vettrak-portal/contracts'
import { redisMissing } from '@vettrak-portal/test-support/redis-server'
import ICAL from 'ical.js'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { FEED_THROTTLE } from '../src/routes/feeds.ts'
import {
  errorCodeOf,
  startStack,
  startTwoInstancesSharingRedis,
  type Agent,
  type Stack,
} from './harness.ts'
import { signedIn } from './hostile/support.ts'

/** The calendar as ical.js reads it: its events and time zones. */
function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as unknown[])
  const zones = calendar
    .getAllSubcomponents('vtimezone')
    .map((zone) => zone.getFirstPropertyValue('tzid'))
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => {
    const start = vevent.getFirstProperty('dtstart')
    return {
      uid: String(vevent.getFirstPropertyValue('uid')),
      summary: String(vevent.getFirstPropertyValue('summary')),
      tzid: start?.getParameter('tzid'),
      start: (start?.getFirstValue() as ICAL.Time | undefined)?.toString(),
    }
  })
  return { name: calendar.getFirstPropertyValue('x-wr-calname'), zones, events }
}

/** Fetches a feed URL as a calendar app does: no cookie, maybe a validator. */
async function fetchFeed(stack: Stack, feedUrl: string, headers: Record<string, string> = {}) {
  const { pathname } = new URL(feedUrl)
  const response = await fetch(stack.url + pathname, { headers })
  return { status: response.status, headers: response.headers, text: await response.text() }
}

async function makeFeed(agent: Agent, input: object) {
  const response = await agent.post('/api/feeds', input)
  expect(response.status, response.text).toBe(201)
  return response.json as CreatedCalendarFeed
}

describe('calendar feeds kept under DATA_DIR', () => {
  let dataDir: string
  let stack: Stack
  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'vtp-feeds-'))
    stack = await startStack({ env: { DATA_DIR: dataDir } })
  })
  // Each test in a throttle window of its own.
  beforeEach(() => stack.advance(FEED_THROTTLE.windowSeconds))
  afterAll(async () => {
    await stack?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it("a learner's feed holds their events at the RTO's wall clock, with its VTIMEZONE", async () => {
    const learner = await signedIn(stack, 'learner')
    const created = await makeFeed(learner, { kind: 'learner' })
    expect(created.url.startsWith(`${stack.url}/calendar/`)).toBe(true)
    expect(created.url).toMatch(/\/calendar\/[\w-]{43}\.ics$/)
    expect(created.webcalUrl).toBe(created.url.replace(/^http:/, 'webcal:'))

    const feed = await fetchFeed(stack, created.url)
    expect(feed.status).toBe(200)
    expect(feed.headers.get('content-type')).toMatch(/^text\/calendar/)
    // Every line ends with CRLF, the last too, and none is longer than 75 octets.
    expect(feed.text.endsWith('END:VCALENDAR\r\n')).toBe(true)
    expect(feed.text.replace(/\r\n/g, '')).not.toContain('\n')
    for (const line of feed.text.split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75)
    const calendar = parseCalendar(feed.text)
    const { items } = (await learner.get('/api/me/events')).json as EventList
    expect(items.length).toBeGreaterThan(0)
    expect(calendar.zones).toEqual(['Australia/Sydney'])
    expect(calendar.events).toHaveLength(items.length)
    const first = items[0]
    const inFeed = calendar.events.find((e) => e.uid.startsWith(`vettrak-event-${first?.id}@`))
    expect(inFeed).toMatchObject({ tzid: 'Australia/Sydney', start: first?.start })
  })

  it('answers 304 to a calendar app that already has this version (ETag)', async () => {
    const learner = await signedIn(stack, 'learner')
    const { url } = await makeFeed(learner, { kind: 'learner' })
    const first = await fetchFeed(stack, url)
    const etag = first.headers.get('etag')
    expect(etag).toMatch(/^W\/"/)
    const again = await fetchFeed(stack, url, { 'if-none-match': etag ?? '' })
    expect(again.status).toBe(304)
    expect(again.text).toBe('')
    expect((await fetchFeed(stack, url, { 'if-none-match': 'W/"other"' })).status).toBe(200)
  })

  it('a new URL replaces the old; a revoked feed is refused at once and after a restart', async () => {
    const learner = await signedIn(stack, 'learner')
    const old = await makeFeed(learner, { kind: 'learner' })
    const replacement = await makeFeed(learner, { kind: 'learner' })
    expect((await fetchFeed(stack, old.url)).status).toBe(404)
    expect((await fetchFeed(stack, replacement.url)).status).toBe(200)
    const listed = (await learner.get('/api/feeds')).json as CalendarFeedList
    expect(listed.items.map((f) => f.id)).toEqual([replacement.feed.id])

    const employer = await signedIn(stack, 'employer')
    const kept = await makeFeed(employer, { kind: 'learner' })

    expect((await learner.delete(`/api/feeds/${replacement.feed.id}`)).status).toBe(204)
    expect((await fetchFeed(stack, replacement.url)).status).toBe(404)
    expect(((await learner.get('/api/feeds')).json as CalendarFeedList).items).toEqual([])

    // The same DATA_DIR after a restart: the revocation holds, the other feed still works.
    await stack.close()
    stack = await startStack({ env: { DATA_DIR: dataDir } })
    expect((await fetchFeed(stack, replacement.url)).status).toBe(404)
    expect((await fetchFeed(stack, old.url)).status).toBe(404)
    expect((await fetchFeed(stack, kept.url)).status).toBe(200)
  })

  it("an employer contact's feed holds that employer's events and classes", async () => {
    const employer = await signedIn(stack, 'employer')
    const { url, feed } = await makeFeed(employer, { kind: 'employer', employerId: '1001' })
    expect(feed).toMatchObject({ kind: 'employer', employerId: '1001' })
    const calendar = parseCalendar((await fetchFeed(stack, url)).text)
    const { items } = (await employer.get('/api/employer/events')).json as EventList
    const events = calendar.events.filter((e) => e.uid.startsWith('vettrak-event-'))
    expect(events).toHaveLength(items.length)
    expect(calendar.events.some((e) => e.uid.startsWith('vettrak-occurrence-'))).toBe(true)
  })

  it('refuses people without the right: no session, not a contact, not their feed', async () => {
    const anonymous = stack.agent()
    expect((await anonymous.get('/api/feeds')).status).toBe(401)
    expect((await anonymous.post('/api/feeds', { kind: 'learner' })).status).toBe(401)
    expect((await anonymous.get('/api/feeds/events.ics')).status).toBe(401)

    const learner = await signedIn(stack, 'learner')
    const notContact = await learner.post('/api/feeds', { kind: 'employer', employerId: '1001' })
    expect(notContact.status).toBe(403)
    const employee = await signedIn(stack, 'employee')
    const alsoNot = await employee.post('/api/feeds', { kind: 'employer', employerId: '1001' })
    expect(alsoNot.status).toBe(403)
    const employer = await signedIn(stack, 'employer')
    const otherEmployer = await employer.post('/api/feeds', {
      kind: 'employer',
      employerId: '4242',
    })
    expect(otherEmployer.status).toBe(403)

    // Someone else's feed id is not theirs to revoke: the feed carries on.
    const mine = await makeFeed(learner, { kind: 'learner' })
    expect((await employer.delete(`/api/feeds/${mine.feed.id}`)).status).toBe(404)
    expect((await fetchFeed(stack, mine.url)).status).toBe(200)
    expect(((await employer.get('/api/feeds')).json as CalendarFeedList).items).not.toContainEqual(
      expect.objectContaining({ id: mine.feed.id }),
    )
  })

  it('refuses an address that keeps trying unknown tokens', async () => {
    const guess = `${stack.url}/calendar/${'A'.repeat(43)}.ics`
    for (let i = 0; i < FEED_THROTTLE.unknownByAddress; i++)
      expect((await fetchFeed(stack, guess)).status).toBe(404)
    const refused = await fetchFeed(stack, guess)
    expect(refused.status).toBe(429)
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/)
    expect((await fetchFeed(stack, `${stack.url}/calendar/short.ics`)).status).toBe(429)
  })

  it('refuses a feed fetched more often than any calendar app would, until the window passes', async () => {
    const learner = await signedIn(stack, 'learner')
    const { url } = await makeFeed(learner, { kind: 'learner' })
    for (let i = 0; i < FEED_THROTTLE.perFeed; i++)
      expect((await fetchFeed(stack, url)).status).toBe(200)
    const refused = await fetchFeed(stack, url)
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    stack.advance(FEED_THROTTLE.windowSeconds)
    expect((await fetchFeed(stack, url)).status).toBe(200)
  })

  it('never logs a feed token', async () => {
    const learner = await signedIn(stack, 'learner')
    const { url } = await makeFeed(learner, { kind: 'learner' })
    await fetchFeed(stack, url)
    const token = /\/calendar\/([\w-]+)\.ics$/.exec(url)?.[1] ?? 'missing'
    expect(stack.logLines.join('\n')).not.toContain(token)
    expect(stack.logLines.join('\n')).toContain('/calendar/[token]')
  })
})

describe("the RTO's time zone", () => {
  let stack: Stack
  beforeAll(async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'vtp-feeds-'))
    stack = await startStack({ env: { DATA_DIR: dataDir, RTO_TIME_ZONE: 'Australia/Perth' } })
  })
  afterAll(() => stack?.close())

  it('is the TZID of the feed and of the one-off download alike', async () => {
    const learner = await signedIn(stack, 'learner')
    const { url } = await makeFeed(learner, { kind: 'learner' })
    const feed = parseCalendar((await fetchFeed(stack, url)).text)
    expect(feed.zones).toEqual(['Australia/Perth'])
    expect(new Set(feed.events.map((e) => e.tzid))).toEqual(new Set(['Australia/Perth']))

    const download = await learner.get('/api/feeds/events.ics')
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toContain('attachment')
    const downloaded = parseCalendar(download.text)
    expect(downloaded.zones).toEqual(['Australia/Perth'])
    expect(downloaded.events.map((e) => e.start)).toEqual(feed.events.map((e) => e.start))
  })
})

describe('without REDIS_URL or DATA_DIR', () => {
  let stack: Stack
  beforeAll(async () => {
    stack = await startStack()
  })
  afterAll(() => stack?.close())

  it('offers no feeds, and says so', async () => {
    const meta = await stack.agent().get('/api/meta')
    expect(meta.json).toMatchObject({ calendarFeeds: false })
    const learner = await signedIn(stack, 'learner')
    const refused = await learner.post('/api/feeds', { kind: 'learner' })
    expect(refused.status).toBe(404)
    expect(errorCodeOf(refused)).toBe('FEATURE_UNAVAILABLE')
  })
})

describe.skipIf(redisMissing)('calendar feeds shared by two instances through Redis', () => {
  let pair: Awaited<ReturnType<typeof startTwoInstancesSharingRedis>> | undefined
  let a: Stack
  let b: Stack
  beforeAll(async () => {
    pair = await startTwoInstancesSharingRedis()
    ;({ a, b } = pair)
  })
  afterAll(() => pair?.close())

  it('a feed made on A is served by B, and revoked on A it is refused by B at once', async () => {
    const learner = await signedIn(a, 'learner')
    expect((await a.agent().get('/api/meta')).json).toMatchObject({ calendarFeeds: true })
    const { url, feed } = await makeFeed(learner, { kind: 'learner' })
    expect((await fetchFeed(b, url)).status).toBe(200)
    expect((await learner.delete(`/api/feeds/${feed.id}`)).status).toBe(204)
    expect((await fetchFeed(b, url)).status).toBe(404)
    expect((await fetchFeed(a, url)).status).toBe(404)
  })
})
