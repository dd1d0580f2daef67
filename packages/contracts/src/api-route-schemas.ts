/**
 * @module
 * The rest of each route's declaration in `api-routes/`, under the same name: what it is for,
 * the schemas of its path parameters, query, body and answer, and its success status when that is
 * not 200. The BFF validates with these, its OpenAPI document is generated from them, and the
 * SPA's URL builder takes its parameter types from them. The names must match `api-routes/`'s
 * one for one (the `satisfies` below checks it).
 */
import { z } from 'zod'
import type * as apiRoutes from './api-routes/index.ts'
import type { FeatureName } from './features.ts'
import {
  EmployeeListSchema,
  EmployerContactListSchema,
  EmployerDetailsSchema,
  EmployerInvoiceQuerySchema,
  EmployerRangeQuerySchema,
  EmployerScopeQuerySchema,
  EmployerSiteNodeSchema,
  EmployerTreeNodeSchema,
  EnrolmentProgressListSchema,
  EnrolmentProgressQuerySchema,
  OccurrenceListSchema,
  TraineeAttentionListSchema,
  TraineeDetailSchema,
  TraineeListSchema,
} from './employer.ts'
import {
  CalendarFeedListSchema,
  CreateCalendarFeedInputSchema,
  CreatedCalendarFeedSchema,
} from './feeds.ts'
import {
  AwardListSchema,
  ContractListSchema,
  EnrolmentListSchema,
  EventListSchema,
  InvoiceListSchema,
  InvoiceQuerySchema,
  ProfileSchema,
  RecordIdParamsSchema,
  UnitListSchema,
} from './learner.ts'
import { MetaSchema } from './meta.ts'
import { ChangePasswordInputSchema, PasswordPolicySchema } from './password.ts'
import { IdParamSchema } from './primitives.ts'
import { ChooseEmployerInputSchema, SessionSchema, SignInInputSchema } from './session.ts'
import {
  ClientCodeParamSchema,
  ClientRecordParamsSchema,
  ClientSearchQuerySchema,
  ClientSearchResultSchema,
} from './staff.ts'
import { VerificationSchema, VerifyAwardInputSchema } from './verification.ts'

/** The name of a route in `api-routes/`. */
export type ApiRouteName = keyof typeof apiRoutes

export interface ApiRouteSchemas {
  summary: string
  params?: z.ZodType
  query?: z.ZodType
  body?: z.ZodType
  response?: z.ZodType
  /** The success status when it is not 200. */
  status?: number
  /**
   * The features the route belongs to: while one is off (this RTO's VETtrak lacks an operation of
   * it), the route answers 404 `FEATURE_UNAVAILABLE` before anything is read.
   */
  features?: readonly FeatureName[]
}

const scoped = { query: EmployerScopeQuerySchema }
const contractParams = { params: z.object({ contractId: IdParamSchema }) }
/** A calendar feed's id as the BFF makes them (`newFeedId`). */
const feedParams = { params: z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/) }) }

/** Each route's schemas, in the order the OpenAPI document lists them. */
export const apiRouteSchemas = {
  meta: { summary: 'Demo mode and demo accounts', response: MetaSchema },
  // Session
  signIn: { summary: 'Sign in', body: SignInInputSchema, response: SessionSchema, status: 201 },
  currentSession: { summary: 'The current session', response: SessionSchema },
  chooseEmployer: {
    summary: 'Choose the active employer',
    body: ChooseEmployerInputSchema,
    response: SessionSchema,
  },
  signOut: { summary: 'Sign out', status: 204 },

  // Anyone: check a parchment
  verifyAward: {
    summary: 'Check that a certificate was issued (rate-limited per address)',
    body: VerifyAwardInputSchema,
    response: VerificationSchema,
    features: ['certificateVerification'],
  },

  // The learner's own records
  myProfile: { summary: 'My details', response: ProfileSchema },
  myEnrolments: {
    summary: 'My enrolments',
    response: EnrolmentListSchema,
    features: ['enrolments'],
  },
  myEnrolmentUnits: {
    summary: 'Units of one of my enrolments',
    params: RecordIdParamsSchema,
    response: UnitListSchema,
    features: ['enrolments'],
  },
  myEvents: { summary: 'My events', response: EventListSchema, features: ['events'] },
  myInvoices: {
    summary: 'My invoices',
    query: InvoiceQuerySchema,
    response: InvoiceListSchema,
    features: ['invoices'],
  },
  myContracts: {
    summary: 'My traineeship contracts',
    response: ContractListSchema,
    features: ['contracts'],
  },
  myContractUnits: {
    summary: 'Units of one of my contracts',
    params: RecordIdParamsSchema,
    response: UnitListSchema,
    features: ['contracts'],
  },
  myAwards: { summary: 'My certificates', response: AwardListSchema, features: ['certificates'] },
  myPasswordPolicy: {
    summary: 'The password rules',
    response: PasswordPolicySchema,
    features: ['passwordChange'],
  },
  changeMyPassword: {
    summary: 'Change my password',
    body: ChangePasswordInputSchema,
    status: 204,
    features: ['passwordChange'],
  },

  // Calendar feeds
  myFeeds: { summary: 'My calendar feeds', response: CalendarFeedListSchema },
  createFeed: {
    summary: "A calendar feed of my events, or of an employer's I am a contact for",
    body: CreateCalendarFeedInputSchema,
    response: CreatedCalendarFeedSchema,
    status: 201,
  },
  revokeFeed: { summary: 'Revoke one of my calendar feeds', ...feedParams, status: 204 },
  myEventsCalendar: { summary: 'My events as an iCalendar file (text/calendar)' },

  // Employer views
  employerDetails: {
    summary: 'Employer details',
    ...scoped,
    response: EmployerDetailsSchema,
    features: ['employer'],
  },
  employerTree: {
    summary: 'The employer tree with counts per site',
    ...scoped,
    response: EmployerTreeNodeSchema,
    features: ['employer'],
  },
  employerSites: {
    summary: 'The employer tree without counts (what the pages need to show and choose sites)',
    ...scoped,
    response: EmployerSiteNodeSchema,
    features: ['employer'],
  },
  employerTrainees: {
    summary: 'Trainees',
    ...scoped,
    response: TraineeListSchema,
    features: ['trainees'],
  },
  employerAttention: {
    summary: 'Trainees to look at, and why',
    ...scoped,
    response: TraineeAttentionListSchema,
    features: ['trainees'],
  },
  employerTrainee: {
    summary: "A trainee's contract and its upcoming visits",
    ...contractParams,
    ...scoped,
    response: TraineeDetailSchema,
    features: ['trainees'],
  },
  employerTraineeUnits: {
    summary: "A trainee's contract units",
    ...contractParams,
    ...scoped,
    response: UnitListSchema,
    features: ['trainees'],
  },
  employerEmployees: {
    summary: 'Employees',
    ...scoped,
    response: EmployeeListSchema,
    features: ['employees'],
  },
  employerEnrolments: {
    summary: 'Enrolments linked to the employer',
    ...scoped,
    response: EnrolmentListSchema,
    features: ['employerEnrolments'],
  },
  employerEnrolmentProgress: {
    summary: "Units achieved of the employer's enrolments named in `ids` (the rows in view)",
    query: EnrolmentProgressQuerySchema,
    response: EnrolmentProgressListSchema,
    features: ['employerEnrolments'],
  },
  employerInvoices: {
    summary: 'Employer invoices',
    query: EmployerInvoiceQuerySchema,
    response: InvoiceListSchema,
    features: ['employerInvoices'],
  },
  employerEvents: {
    summary: 'Employer events',
    query: EmployerRangeQuerySchema,
    response: EventListSchema,
    features: ['employerEvents'],
  },
  employerOccurrences: {
    summary: 'Occurrences with bookings',
    query: EmployerRangeQuerySchema,
    response: OccurrenceListSchema,
    features: ['occurrences'],
  },
  employerContacts: {
    summary: 'Employer contacts',
    ...scoped,
    response: EmployerContactListSchema,
    features: ['employerContacts'],
  },

  // Staff views
  staffClientSearch: {
    summary: 'Search clients by name, code or email',
    query: ClientSearchQuerySchema,
    response: ClientSearchResultSchema,
    features: ['staffClients'],
  },
  staffClient: {
    summary: "A client's details",
    params: ClientCodeParamSchema,
    response: ProfileSchema,
    features: ['staffClients'],
  },
  staffClientEnrolments: {
    summary: "A client's enrolments",
    params: ClientCodeParamSchema,
    response: EnrolmentListSchema,
    features: ['staffClients', 'enrolments'],
  },
  staffClientEnrolmentUnits: {
    summary: "Units of a client's enrolment",
    params: ClientRecordParamsSchema,
    response: UnitListSchema,
    features: ['staffClients', 'enrolments'],
  },
  staffClientEvents: {
    summary: "A client's events",
    params: ClientCodeParamSchema,
    response: EventListSchema,
    features: ['staffClients', 'events'],
  },
  staffClientInvoices: {
    summary: "A client's invoices",
    params: ClientCodeParamSchema,
    query: InvoiceQuerySchema,
    response: InvoiceListSchema,
    features: ['staffClients', 'invoices'],
  },
  staffClientContracts: {
    summary: "A client's contracts",
    params: ClientCodeParamSchema,
    response: ContractListSchema,
    features: ['staffClients', 'contracts'],
  },
  staffClientContractUnits: {
    summary: "Units of a client's contract",
    params: ClientRecordParamsSchema,
    response: UnitListSchema,
    features: ['staffClients', 'contracts'],
  },
  staffClientAwards: {
    summary: "A client's certificates",
    params: ClientCodeParamSchema,
    response: AwardListSchema,
    features: ['staffClients', 'certificates'],
  },
} satisfies { [Name in ApiRouteName]: ApiRouteSchemas }
