/**
 * @module
 * `/api/employer…`: the employer views. VETtrak makes the employer functions Protected, so they
 * run with the service account, and this BFF alone decides who sees which employer: the scope rule
 * (`authz/employer-scope.ts`) is applied to every request before anything else is read; what is
 * read then is `records/employer-records.ts`.
 */
import { EmployerScopeQuerySchema, apiRouteSchemas as routes } from '@vettrak-portal/contracts'
import type { FeatureName } from '@vettrak-portal/contracts'
import type { EmployerTree, VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono, type Context } from 'hono'
import type { AppEnv } from '../app-env.ts'
import type { CacheLimits } from '../store/session-cache.ts'
import {
  checkActiveEmployer,
  decideEmployerScope,
  type ScopeRefusal,
} from '../authz/employer-scope.ts'
import { createAttentionList } from '../attention/attention-list.ts'
import {
  DEFAULT_ATTENTION_THRESHOLDS,
  type AttentionThresholds,
} from '../attention/trainee-attention.ts'
import { DEFAULT_TREE_CACHE, createEmployerTreeCache } from '../authz/employer-tree-cache.ts'
import { AppError, defaultMessage } from '../errors.ts'
import { findSite, toEmployerDetails, toEmployerSiteNode } from '../mappers/employer.ts'
import { currentSessionWithEmployers, requireSession } from '../middleware/require-session.ts'
import { employerRecords } from '../records/employer-records.ts'
import type { LocationNames } from '../reference/location-names.ts'
import { validParams, validQuery } from '../middleware/validate.ts'
import { DEFAULT_RTO_TIME_ZONE, rtoToday } from '../rto-time.ts'
import type { SessionEnd } from '../session/session-end.ts'
import { employersUnknown } from '../session/employer-links.ts'
import { confirmOwnToken } from '../session/own-token.ts'

export interface EmployerRouteOptions {
  /** Epoch milliseconds. */
  now?: () => number
  /** The RTO's zone, for the default date ranges around today. */
  timeZone?: string
  treeCache?: CacheLimits
  /** Where to register the tree cache's size. */
  cacheSizes?: Map<string, () => number>
  /** Where to register forgetting a session's trees when the session ends. */
  sessionEnd?: SessionEnd
  /** Whether a feature is offered; the tree's counts leave out what is not (default: all are). */
  isOn?: (feature: FeatureName) => boolean
  /** The RTO's location names; without them, answers carry location codes only. */
  locations?: LocationNames
  /** The "trainees to look at" thresholds (days) and how long a site's list is kept (seconds). */
  attention?: AttentionThresholds & { cacheSeconds: number }
}

/** Unit reads in flight at once while a site's "to look at" list is worked out. */
const ATTENTION_CONCURRENCY = 8

const refusals: Record<ScopeRefusal, string> = {
  'no-active-employer': 'Choose an employer first.',
  'not-a-contact': 'You are not a contact for that employer.',
  'malformed-id': 'You do not have access to that employer.',
  'outside-tree': 'You do not have access to that employer.',
}

/** The employer routes. */
export function employerRoutes(vettrak: VettrakClient, options: EmployerRouteOptions = {}) {
  const now = options.now ?? Date.now
  const timeZone = options.timeZone ?? DEFAULT_RTO_TIME_ZONE
  const trees = createEmployerTreeCache({ now, ...(options.treeCache ?? DEFAULT_TREE_CACHE) })
  options.cacheSizes?.set('employerTrees', () => trees.size)
  options.sessionEnd?.onEnd((sid) => trees.forgetSession(sid))
  const { cacheSeconds, ...thresholds } = options.attention ?? {
    ...DEFAULT_ATTENTION_THRESHOLDS,
    cacheSeconds: 600,
  }
  const attention = createAttentionList({
    vettrak,
    thresholds,
    ttlMs: cacheSeconds * 1000,
    concurrency: ATTENTION_CONCURRENCY,
    maxEntries: 500,
    now,
  })
  options.cacheSizes?.set('attentionLists', () => attention.size)

  /** The employer this request may read: decided before any VETtrak call but the active tree's. */
  async function scope(c: Context<AppEnv>, requestedId: string | undefined) {
    const session = await currentSessionWithEmployers(c, vettrak)
    if (session.employersUnavailable) throw employersUnknown()
    const employerSession = {
      contactOf: session.employers,
      activeEmployerId: session.activeEmployerId,
    }
    const active = checkActiveEmployer(employerSession)
    if (!active.allowed) throw new AppError('FORBIDDEN', refusals[active.reason])
    const readTree = async () => {
      const [tree, employers] = await Promise.all([
        vettrak.getEmployerTree({ employerIdentifier: active.employerId }),
        vettrak.getEmployersForClient({
          token: session.token,
          clientCode: session.user.clientCode,
        }),
      ])
      return { tree, contactOf: employers.filter((e) => e.isContact).map((e) => e.identifier) }
    }
    const [tree] = await Promise.all([
      trees.get(session.sid, active.employerId, readTree),
      confirmOwnToken(vettrak, session),
    ])
    const decision = decideEmployerScope(employerSession, tree, requestedId)
    if (!decision.allowed) throw new AppError('FORBIDDEN', refusals[decision.reason])
    return { employerIdentifier: decision.employerId, tree: tree.tree }
  }

  const today = () => rtoToday(now(), timeZone)
  const isOn = options.isOn ?? (() => true)
  const recordsOf = (employerIdentifier: string) =>
    employerRecords(
      { vettrak, now, timeZone, isOn, locations: options.locations },
      employerIdentifier,
    )
  /** The node of the site asked for in the active tree (the scope rule found it there). */
  const siteIn = (tree: EmployerTree, employerIdentifier: string) => {
    const site = findSite(tree, employerIdentifier)
    if (!site) throw new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
    return site
  }

  return new Hono<AppEnv>()
    .use(requireSession)
    .get('/', async (c) => {
      const { employerId } = validQuery(c, routes.employerDetails.query)
      const { employerIdentifier } = await scope(c, employerId)
      const details = await vettrak.getEmployerDetails({ employerIdentifier })
      return c.json(toEmployerDetails(details))
    })
    .get('/tree', async (c) => {
      const { employerId } = validQuery(c, routes.employerTree.query)
      const { employerIdentifier, tree } = await scope(c, employerId)
      const site = siteIn(tree, employerIdentifier)
      const counted = { trainees: isOn('trainees'), employees: isOn('employees') }
      return c.json(await recordsOf(employerIdentifier).siteTree(site, counted))
    })
    .get('/sites', async (c) => {
      // The tree scope() has just read: no trainee or employee list, unlike `/tree`'s counts.
      const { employerId } = validQuery(c, routes.employerSites.query)
      const { employerIdentifier, tree } = await scope(c, employerId)
      return c.json(toEmployerSiteNode(siteIn(tree, employerIdentifier)))
    })
    .get('/trainees', async (c) => {
      const { employerId } = validQuery(c, routes.employerTrainees.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).trainees())
    })
    .get('/attention', async (c) => {
      const { employerId } = validQuery(c, routes.employerAttention.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json({ items: await attention.get(employerIdentifier, today()) })
    })
    .get('/trainees/:contractId', async (c) => {
      const { contractId } = validParams(c, routes.employerTrainee.params)
      const { employerId } = validQuery(c, routes.employerTrainee.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).trainee(contractId))
    })
    .get('/trainees/:contractId/units', async (c) => {
      const { contractId } = validParams(c, routes.employerTraineeUnits.params)
      const { employerId } = validQuery(c, routes.employerTraineeUnits.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).traineeUnits(contractId))
    })
    .get('/employees', async (c) => {
      const { employerId } = validQuery(c, routes.employerEmployees.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).employees())
    })
    .get('/enrolments', async (c) => {
      const { employerId } = validQuery(c, routes.employerEnrolments.query)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).enrolments())
    })
    .get('/enrolments/progress', async (c) => {
      // Who may ask is decided before what they asked for is checked, as on every employer route.
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const { ids } = validQuery(c, routes.employerEnrolmentProgress.query)
      return c.json(await recordsOf(employerIdentifier).enrolmentProgress(ids))
    })
    .get('/invoices', async (c) => {
      const query = validQuery(c, routes.employerInvoices.query)
      const { employerIdentifier } = await scope(c, query.employerId)
      return c.json(await recordsOf(employerIdentifier).invoices(query))
    })
    .get('/events', async (c) => {
      const query = validQuery(c, routes.employerEvents.query)
      const { employerIdentifier } = await scope(c, query.employerId)
      return c.json(await recordsOf(employerIdentifier).events(query))
    })
    .get('/occurrences', async (c) => {
      const query = validQuery(c, routes.employerOccurrences.query)
      const { employerIdentifier } = await scope(c, query.employerId)
      return c.json(await recordsOf(employerIdentifier).occurrences(query))
    })
    .get('/contacts', async (c) => {
      const { employerId } = validQuery(c, routes.employerContacts.query)
      const { employerIdentifier, tree } = await scope(c, employerId)
      return c.json(await recordsOf(employerIdentifier).contacts(siteIn(tree, employerIdentifier)))
    })
}
