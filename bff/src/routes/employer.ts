/**
 * @module
 * `/api/employer…`: the employer views. VETtrak makes the employer functions Protected, so they
 * run with the service account, and this BFF alone decides who sees which employer: the scope rule
 * (`authz/employer-scope.ts`) is applied to every request before anything else is read.
 */
import {
  EmployerInvoiceQuerySchema,
  EmployerRangeQuerySchema,
  EmployerScopeQuerySchema,
  EnrolmentProgressQuerySchema,
  IdParamSchema,
} from '@vettrak-portal/contracts'
import type { FeatureName } from '@vettrak-portal/contracts'
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono, type Context } from 'hono'
import { z } from 'zod'
import type { AppEnv } from '../app-env.ts'
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
import {
  countBySite,
  findSite,
  toEmployee,
  toEmployerContact,
  toEmployerDetails,
  toEmployerSiteNode,
  toEmployerTreeNode,
  toOccurrence,
  toTrainee,
} from '../mappers/employer.ts'
import {
  progressOf,
  showsProgress,
  toEnrolment,
  toEvent,
  toInvoice,
  toUnit,
  withOverdue,
} from '../mappers/learner.ts'
import { currentSession, requireSession } from '../middleware/require-session.ts'
import { mapWithConcurrency } from '../records/map-with-concurrency.ts'
import { validParams, validQuery } from '../middleware/validate.ts'
import { DEFAULT_RTO_TIME_ZONE, INVOICE_YEARS, dateWindow, rtoToday } from '../rto-time.ts'
import type { SessionEnd } from '../session/session-end.ts'
import { confirmOwnToken } from '../session/own-token.ts'

export interface EmployerRouteOptions {
  /** Epoch milliseconds. */
  now?: () => number
  /** The RTO's zone, for the default date ranges around today. */
  timeZone?: string
  treeCache?: { ttlMs: number; maxEntries: number }
  /** Where to register the tree cache's size. */
  cacheSizes?: Map<string, () => number>
  /** Where to register forgetting a session's trees when the session ends. */
  sessionEnd?: SessionEnd
  /** Whether a feature is offered; the tree's counts leave out what is not (default: all are). */
  isOn?: (feature: FeatureName) => boolean
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

const ContractParamSchema = z.object({ contractId: IdParamSchema })

/** Unit lists read at once for one batch of enrolments' progress. */
const PROGRESS_CONCURRENCY = 6

/** Events and classes shown around the RTO's today when the request names no dates. */
const EVENT_YEARS = { back: 1, ahead: 1 }

const newestFirst =
  <T>(key: (item: T) => string) =>
  (a: T, b: T) =>
    key(b).localeCompare(key(a))

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
    const session = currentSession(c)
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

  return new Hono<AppEnv>()
    .use(requireSession)
    .get('/', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const details = await vettrak.getEmployerDetails({ employerIdentifier })
      return c.json(toEmployerDetails(details))
    })
    .get('/tree', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier, tree } = await scope(c, employerId)
      const site = findSite(tree, employerIdentifier)
      if (!site) throw new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
      const isOn = options.isOn ?? (() => true)
      const [trainees, employees] = await Promise.all([
        isOn('trainees') ? vettrak.getTraineesForEmployer({ employerIdentifier }) : [],
        isOn('employees') ? vettrak.getEmployeesForEmployer({ employerIdentifier }) : [],
      ])
      const counts = { trainees: countBySite(trainees), employees: countBySite(employees) }
      return c.json(toEmployerTreeNode(site, counts))
    })
    .get('/sites', async (c) => {
      // The tree scope() has just read: no trainee or employee list, unlike `/tree`'s counts.
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier, tree } = await scope(c, employerId)
      const site = findSite(tree, employerIdentifier)
      if (!site) throw new AppError('NOT_FOUND', defaultMessage('NOT_FOUND'))
      return c.json(toEmployerSiteNode(site))
    })
    .get('/trainees', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const trainees = await vettrak.getTraineesForEmployer({ employerIdentifier })
      return c.json({ items: trainees.map(toTrainee) })
    })
    .get('/attention', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      return c.json({ items: await attention.get(employerIdentifier, today()) })
    })
    .get('/trainees/:contractId/units', async (c) => {
      const { contractId } = validParams(c, ContractParamSchema)
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      // Without this check the service account would read any contract's units for anyone.
      const trainees = await vettrak.getTraineesForEmployer({ employerIdentifier })
      if (!trainees.some((t) => t.id === contractId))
        throw new AppError('NOT_FOUND', 'No such trainee at this employer.')
      // GetUnitsForContract is Restricted: only the service account may name a trainee's contract.
      const units = await vettrak.getUnitsForContractAsService({ contractId })
      return c.json({ items: units.map(toUnit) })
    })
    .get('/employees', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const employees = await vettrak.getEmployeesForEmployer({ employerIdentifier })
      return c.json({ items: employees.map(toEmployee) })
    })
    .get('/enrolments', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const enrolments = await vettrak.getEnrolmentsForEmployer({ employerIdentifier })
      return c.json({ items: enrolments.map((e) => toEnrolment(e)) })
    })
    .get('/enrolments/progress', async (c) => {
      // Who may ask is decided before what they asked for is checked, as on every employer route.
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const { ids } = validQuery(c, EnrolmentProgressQuerySchema)
      // Only the employer's own enrolments (the list is in the per-user cache after the page's
      // first read); others are left out of the answer rather than refused one by one.
      const enrolments = await vettrak.getEnrolmentsForEmployer({ employerIdentifier })
      const byId = new Map(enrolments.map((enrolment) => [enrolment.id, enrolment]))
      const asked = ids.flatMap((id) => byId.get(id) ?? [])
      const items = await mapWithConcurrency(asked, PROGRESS_CONCURRENCY, async (enrolment) => {
        if (!showsProgress(enrolment)) return { id: enrolment.id }
        const units = await vettrak.getUnitsForEnrolmentAsService({ enrolmentId: enrolment.id })
        const progress = progressOf(units)
        return progress && progress.total > 0
          ? { id: enrolment.id, progress }
          : { id: enrolment.id }
      })
      return c.json({ items })
    })
    .get('/invoices', async (c) => {
      const query = validQuery(c, EmployerInvoiceQuerySchema)
      const { employerIdentifier } = await scope(c, query.employerId)
      const day = today()
      const range = dateWindow(query, day, INVOICE_YEARS)
      if (!range) return c.json({ items: [] })
      const invoices = await vettrak.getInvoicesForEmployer({
        employerIdentifier,
        status: query.status,
        ...range,
      })
      const items = invoices.map((invoice) => withOverdue(toInvoice(invoice), day))
      return c.json({ items: items.sort(newestFirst((invoice) => invoice.date ?? '')) })
    })
    .get('/events', async (c) => {
      const query = validQuery(c, EmployerRangeQuerySchema)
      const { employerIdentifier } = await scope(c, query.employerId)
      const range = dateWindow(query, today(), EVENT_YEARS)
      if (!range) return c.json({ items: [] })
      const events = await vettrak.getEventsForEmployer({ employerIdentifier, ...range })
      const items = events.flatMap((event) => toEvent(event) ?? [])
      return c.json({ items: items.sort((a, b) => a.start.localeCompare(b.start)) })
    })
    .get('/occurrences', async (c) => {
      const query = validQuery(c, EmployerRangeQuerySchema)
      const { employerIdentifier } = await scope(c, query.employerId)
      const range = dateWindow(query, today(), EVENT_YEARS)
      if (!range) return c.json({ items: [] })
      const occurrences = await vettrak.getOccurrencesForEmployer({ employerIdentifier, ...range })
      return c.json({ items: occurrences.map(toOccurrence) })
    })
    .get('/contacts', async (c) => {
      const { employerId } = validQuery(c, EmployerScopeQuerySchema)
      const { employerIdentifier } = await scope(c, employerId)
      const contacts = await vettrak.getEmployerContactDetails({ employerIdentifier })
      return c.json({ items: contacts.map(toEmployerContact) })
    })
}
