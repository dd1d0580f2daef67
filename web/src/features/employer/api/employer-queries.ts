import { queryOptions } from '@tanstack/react-query'
import {
  EmployeeSchema,
  EmployerContactListSchema,
  EmployerDetailsSchema,
  EmployerSiteNodeSchema,
  EmployerTreeNodeSchema,
  ENROLMENT_PROGRESS_BATCH,
  EnrolmentSchema,
  EnrolmentProgressListSchema,
  EventListSchema,
  InvoiceListSchema,
  OccurrenceListSchema,
  TraineeAttentionListSchema,
  TraineeDetailSchema,
  TraineeSchema,
  UnitListSchema,
  type EmployerInvoiceQuery,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { api } from '../../../lib/api-client.ts'
import { apiUrl } from '../../../lib/api-url.ts'
import { createBatcher } from './batcher.ts'

/** The chosen site of the employer tree, or null for all of the active employer's sites. */
export type Site = string | null

type InvoiceStatus = EmployerInvoiceQuery['status']

/** Units achieved of all; null when the enrolment shows none (withdrawn, no units yet). */
export type EnrolmentProgress = { achieved: number; total: number } | null

// One batcher a site: the rows that come into view together are asked for in one request.
const progressBatchers = new Map<Site, (id: number) => Promise<EnrolmentProgress | undefined>>()
function progressOf(site: Site, enrolmentId: number) {
  let load = progressBatchers.get(site)
  if (!load) {
    load = createBatcher(async (ids: number[]) => {
      const answer = await api.get(
        apiUrl(apiRoutes.employerEnrolmentProgress, {
          query: { employerId: site, ids: ids.join(',') },
        }),
        EnrolmentProgressListSchema,
      )
      return new Map(answer.items.map((item) => [item.id, item.progress ?? null]))
    }, ENROLMENT_PROGRESS_BATCH)
    progressBatchers.set(site, load)
  }
  return load(enrolmentId)
}

/**
 * The employer views. Keys start with `'employer'` (switching employer drops them all), then the
 * view, then the site: each site's answer is cached on its own.
 */
export const employerQueries = {
  all: () => ['employer'] as const,
  details: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'details', site],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerDetails, { query: { employerId: site } }),
          EmployerDetailsSchema,
          { signal },
        ),
    }),
  /**
   * The active employer's sites, whatever site is chosen: what every employer page needs to show
   * and choose sites. Quick to read, unlike the tree's counts.
   */
  sites: () =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'sites'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.employerSites), EmployerSiteNodeSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
  /** The whole tree of the active employer with each site's counts, whatever site is chosen. */
  tree: () =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'tree'],
      queryFn: ({ signal }) =>
        api.get(apiUrl(apiRoutes.employerTree), EmployerTreeNodeSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
  trainees: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'trainees', site],
      queryFn: ({ signal }) =>
        api.getList(
          apiUrl(apiRoutes.employerTrainees, { query: { employerId: site } }),
          TraineeSchema,
          {
            signal,
          },
        ),
    }),
  /** The trainees to look at, and why (worked out across the site; slow the first time). */
  attention: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'attention', site],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerAttention, { query: { employerId: site } }),
          TraineeAttentionListSchema,
          { signal },
        ),
      staleTime: 5 * 60_000,
    }),
  /** One trainee's contract, with the visits to come (the BFF decides what "to come" is). */
  trainee: (contractId: number, site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'trainees', site, contractId, 'contract'],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerTrainee, {
            params: { contractId },
            query: { employerId: site },
          }),
          TraineeDetailSchema,
          { signal },
        ),
    }),
  traineeUnits: (contractId: number, site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'trainees', site, contractId, 'units'],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerTraineeUnits, {
            params: { contractId },
            query: { employerId: site },
          }),
          UnitListSchema,
          { signal },
        ),
    }),
  employees: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'employees', site],
      queryFn: ({ signal }) =>
        api.getList(
          apiUrl(apiRoutes.employerEmployees, { query: { employerId: site } }),
          EmployeeSchema,
          {
            signal,
          },
        ),
    }),
  enrolments: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'enrolments', site],
      queryFn: ({ signal }) =>
        api.getList(
          apiUrl(apiRoutes.employerEnrolments, { query: { employerId: site } }),
          EnrolmentSchema,
          {
            signal,
          },
        ),
    }),
  /**
   * One enrolment's progress, asked for with the other rows in view (VETtrak answers one
   * enrolment a call, so the 5,000 of a large employer are never asked for at once).
   */
  enrolmentProgress: (site: Site, enrolmentId: number) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'enrolments', site, enrolmentId, 'progress'],
      queryFn: async (): Promise<EnrolmentProgress> =>
        (await progressOf(site, enrolmentId)) ?? null,
      staleTime: 5 * 60_000,
    }),
  /** Invoices by payment status and, optionally, RTO dates (without them the BFF's default). */
  invoices: (
    site: Site,
    status: InvoiceStatus = 'all',
    range: { from?: string; to?: string } = {},
  ) =>
    queryOptions({
      queryKey: [
        ...employerQueries.all(),
        'invoices',
        site,
        status,
        range.from ?? null,
        range.to ?? null,
      ],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerInvoices, { query: { employerId: site, status, ...range } }),
          InvoiceListSchema,
          { signal },
        ),
    }),
  /** Events from `from` to `to` (RTO dates); without them the BFF shows a year either side. */
  events: (site: Site, range: { from?: string; to?: string } = {}) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'events', site, range.from ?? null, range.to ?? null],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerEvents, { query: { employerId: site, ...range } }),
          EventListSchema,
          {
            signal,
          },
        ),
    }),
  occurrences: (site: Site, range: { from?: string; to?: string } = {}) =>
    queryOptions({
      queryKey: [
        ...employerQueries.all(),
        'occurrences',
        site,
        range.from ?? null,
        range.to ?? null,
      ],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerOccurrences, { query: { employerId: site, ...range } }),
          OccurrenceListSchema,
          { signal },
        ),
    }),
  contacts: (site: Site) =>
    queryOptions({
      queryKey: [...employerQueries.all(), 'contacts', site],
      queryFn: ({ signal }) =>
        api.get(
          apiUrl(apiRoutes.employerContacts, { query: { employerId: site } }),
          EmployerContactListSchema,
          {
            signal,
          },
        ),
    }),
}
