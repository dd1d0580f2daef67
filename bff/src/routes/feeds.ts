/**
 * @module
 * Calendar feeds. `/api/feeds` (signed in) lists, makes and revokes a person's feeds, and serves
 * the one-off `.ics` of their own events. `/calendar/<token>.ics` (no session: calendar apps have
 * none) serves a feed: the token is checked first, and only then is VETtrak read, with the service
 * account, for the one person or employer the feed names. Only the token's hash is stored.
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  apiRouteSchemas as routes,
  type CalendarFeed,
  type FeatureName,
} from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'
import {
  calendarEtag,
  eventEntry,
  occurrenceEntry,
  toCalendar,
  type CalendarEntry,
  type CalendarOptions,
} from '../feeds/calendar.ts'
import { newFeedId, type FeedRecord, type FeedStore } from '../feeds/feed-store.ts'
import { toOccurrence } from '../mappers/employer.ts'
import { enrolmentsById, toEvent } from '../mappers/learner.ts'
import { etagMatches } from '../middleware/etag.ts'
import { currentSession, requireSession } from '../middleware/require-session.ts'
import { validJson, validParams } from '../middleware/validate.ts'
import { clientRecords } from '../records/client-records.ts'
import { locationNamesOf, type LocationNames } from '../reference/location-names.ts'
import { dateWindow, rtoToday } from '../rto-time.ts'
import type { AttemptCounter } from '../security/attempt-counter.ts'
import { clientAddress } from '../security/client-address.ts'

export interface FeedRouteDeps {
  vettrak: VettrakClient
  /** Undefined when there is nowhere durable to keep feeds (no `REDIS_URL`, no `DATA_DIR`). */
  feeds: FeedStore | undefined
  /** Epoch milliseconds. */
  now: () => number
  timeZone: string
  /** The portal's public origin; the request's own when unset. */
  publicOrigin: string | undefined
  isOn: (feature: FeatureName) => boolean
  /** The RTO's location names; without them, entries carry location codes. */
  locations?: LocationNames
}

export interface FeedThrottles {
  /** Fetches of one feed (keyed by its id): a calendar app polls every few minutes at most. */
  perFeed: AttemptCounter
  /** Fetches with an unknown token, by address: guessing is refused long before it could work. */
  unknownByAddress: AttemptCounter
}

/** Feed fetches allowed per feed, and unknown tokens per address, in a window. */
export const FEED_THROTTLE = { perFeed: 60, unknownByAddress: 20, windowSeconds: 15 * 60 }

/** Events and classes a feed shows around the RTO's today. */
const FEED_YEARS = { back: 1, ahead: 1 }

const TOKEN_PATTERN = /^([A-Za-z0-9_-]{43})\.ics$/

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')

const featureOf = (kind: FeedRecord['kind']): FeatureName =>
  kind === 'learner' ? 'events' : 'employerEvents'

const toFeed = (record: FeedRecord): CalendarFeed => ({
  id: record.id,
  kind: record.kind,
  ...(record.employerId !== undefined && { employerId: record.employerId }),
  ...(record.employerName !== undefined && { employerName: record.employerName }),
  createdAt: new Date(record.createdAt * 1000).toISOString(),
})

function requireStore(feeds: FeedStore | undefined): FeedStore {
  if (!feeds)
    throw new AppError(
      'FEATURE_UNAVAILABLE',
      'Calendar feeds are not set up on this portal (it needs REDIS_URL or DATA_DIR).',
    )
  return feeds
}

function requireFeatureOn(deps: FeedRouteDeps, feature: FeatureName) {
  if (!deps.isOn(feature))
    throw new AppError('FEATURE_UNAVAILABLE', defaultMessage('FEATURE_UNAVAILABLE'))
}

/** `/api/feeds`: the signed-in person's feeds. */
export function feedAccountRoutes(deps: FeedRouteDeps) {
  const calendarOptions = (name: string): CalendarOptions => ({
    name,
    timeZone: deps.timeZone,
    now: new Date(deps.now()),
  })
  const origin = (c: Context<AppEnv>) => deps.publicOrigin ?? new URL(c.req.url).origin

  return new Hono<AppEnv>()
    .use(requireSession)
    .get('/', async (c) => {
      // Without a store there are no feeds to list (`/api/meta` says feeds are off).
      const mine = (await deps.feeds?.list(currentSession(c).user.clientCode)) ?? []
      return c.json({ items: mine.map(toFeed) })
    })
    .post('/', async (c) => {
      const feeds = requireStore(deps.feeds)
      const input = await validJson(c, routes.createFeed.body)
      const session = currentSession(c)
      requireFeatureOn(deps, featureOf(input.kind))
      let employer: { employerId: string; employerName: string } | undefined
      if (input.kind === 'employer') {
        const choice = session.employers.find((e) => e.id === input.employerId)
        if (!choice) throw new AppError('FORBIDDEN', 'You are not a contact for that employer.')
        employer = { employerId: choice.id, employerName: choice.name }
      }
      const record: FeedRecord = {
        id: newFeedId(),
        owner: session.user.clientCode,
        kind: input.kind,
        ...employer,
        createdAt: Math.floor(deps.now() / 1000),
      }
      const token = randomBytes(32).toString('base64url')
      await feeds.put(record, hashToken(token))
      const url = new URL(`/calendar/${token}.ics`, origin(c))
      const webcalUrl = `webcal://${url.host}${url.pathname}`
      return c.json({ feed: toFeed(record), url: url.href, webcalUrl }, 201)
    })
    .delete('/:id', async (c) => {
      const feeds = requireStore(deps.feeds)
      const { id } = validParams(c, routes.revokeFeed.params)
      const revoked = await feeds.revoke(currentSession(c).user.clientCode, id)
      if (!revoked) throw new AppError('NOT_FOUND', 'No such calendar feed.')
      return c.body(null, 204)
    })
    .get('/events.ics', async (c) => {
      requireFeatureOn(deps, 'events')
      const { token, user } = currentSession(c)
      const { items } = await clientRecords(deps, { token, clientCode: user.clientCode }).events()
      const uidDomain = new URL(origin(c)).hostname
      const text = toCalendar(
        items.map((event) => eventEntry(event, uidDomain)),
        calendarOptions('My events'),
      )
      c.header('Content-Type', 'text/calendar; charset=utf-8')
      c.header('Content-Disposition', 'attachment; filename="my-events.ics"')
      return c.body(text)
    })
}

/** `/calendar/<token>.ics`: a feed, as a calendar app fetches it. */
export function feedRoutes(deps: FeedRouteDeps, throttles: FeedThrottles) {
  const { vettrak } = deps
  const locationNames = () => locationNamesOf(deps.locations)

  const refuseTooMany = (retryAfter: number) =>
    new AppError('RATE_LIMITED', 'Too many requests for calendar feeds: try again later.', {
      retryAfter,
    })

  /** The feed's entries, read as the service account for the one person or employer it names. */
  async function entriesOf(feed: FeedRecord, uidDomain: string): Promise<CalendarEntry[]> {
    if (feed.kind === 'learner') {
      const clientCode = feed.owner
      // The enrolments only place each event (its course and location): without them the feed
      // still has every event.
      const [events, enrolments, names] = await Promise.all([
        vettrak.getEventsForClientAsService({ clientCode }),
        deps.isOn('enrolments')
          ? vettrak.getEnrolmentsForClientAsService({ clientCode }).catch(() => [])
          : [],
        locationNames(),
      ])
      const context = { enrolments: enrolmentsById(enrolments), names }
      return events.flatMap((event) => {
        const mapped = toEvent(event, context)
        return mapped ? [eventEntry(mapped, uidDomain)] : []
      })
    }
    const employerIdentifier = feed.employerId ?? ''
    // Still a contact of that employer? Someone who has left it no longer sees its calendar.
    const links = await vettrak.getEmployersForClientAsService({ clientCode: feed.owner })
    if (!links.some((link) => link.identifier === employerIdentifier && link.isContact))
      throw new AppError('FORBIDDEN', 'This calendar feed no longer applies.')
    const range = dateWindow({}, rtoToday(deps.now(), deps.timeZone), FEED_YEARS)
    if (!range) return []
    const [events, occurrences, names] = await Promise.all([
      vettrak.getEventsForEmployer({ employerIdentifier, ...range }),
      deps.isOn('occurrences')
        ? vettrak.getOccurrencesForEmployer({ employerIdentifier, ...range })
        : [],
      locationNames(),
    ])
    return [
      ...events.flatMap((event) => {
        const mapped = toEvent(event)
        return mapped ? [eventEntry(mapped, uidDomain)] : []
      }),
      ...occurrences.flatMap(
        (occurrence) =>
          occurrenceEntry(toOccurrence(occurrence, undefined, names), uidDomain) ?? [],
      ),
    ]
  }

  return new Hono<AppEnv>().get('/:file', async (c) => {
    const token = TOKEN_PATTERN.exec(c.req.param('file'))?.[1]
    const address = clientAddress(c)
    // An address that has tried too many unknown tokens is refused before any is looked up.
    if ((await throttles.unknownByAddress.count(address)) >= FEED_THROTTLE.unknownByAddress)
      throw refuseTooMany(FEED_THROTTLE.windowSeconds)
    const feeds = requireStore(deps.feeds)
    const feed = token === undefined ? undefined : await feeds.find(hashToken(token))
    if (!feed) {
      const counted = await throttles.unknownByAddress.take(address)
      if (!counted.allowed) throw refuseTooMany(counted.retryAfterSeconds)
      throw new AppError(
        'NOT_FOUND',
        'No such calendar feed: it may have been replaced or revoked.',
      )
    }
    const taken = await throttles.perFeed.take(feed.id)
    if (!taken.allowed) throw refuseTooMany(taken.retryAfterSeconds)
    requireFeatureOn(deps, featureOf(feed.kind))

    const uidDomain = new URL(deps.publicOrigin ?? c.req.url).hostname
    const name =
      feed.kind === 'learner' ? 'My training' : `${feed.employerName ?? 'Employer'}: training`
    const entries = await entriesOf(feed, uidDomain)
    const options = { name, timeZone: deps.timeZone, now: new Date(deps.now()) }
    const etag = calendarEtag(entries, options)
    c.header('ETag', etag)
    c.header('Cache-Control', 'private, no-cache')
    if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304)
    c.header('Content-Type', 'text/calendar; charset=utf-8')
    return c.body(toCalendar(entries, options))
  })
}
