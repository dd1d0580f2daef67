/**
 * @module
 * The table of every JSON route: method, path, who may call it, and the contracts' schemas of its
 * input and output. The OpenAPI document is generated from it, and the authorisation matrix test
 * walks it, so a route added without an entry here is caught by a test.
 */
import {
  AwardListSchema,
  ChangePasswordInputSchema,
  ChooseEmployerInputSchema,
  ClientSearchQuerySchema,
  ClientSearchResultSchema,
  CalendarFeedListSchema,
  ContractListSchema,
  CreateCalendarFeedInputSchema,
  CreatedCalendarFeedSchema,
  EmployeeListSchema,
  EmployerContactListSchema,
  EmployerDetailsSchema,
  EmployerInvoiceQuerySchema,
  EmployerRangeQuerySchema,
  EmployerScopeQuerySchema,
  EmployerSiteNodeSchema,
  EmployerTreeNodeSchema,
  EnrolmentListSchema,
  EnrolmentProgressListSchema,
  EnrolmentProgressQuerySchema,
  EventListSchema,
  InvoiceListSchema,
  InvoiceQuerySchema,
  MetaSchema,
  OccurrenceListSchema,
  PasswordPolicySchema,
  ProfileSchema,
  SessionSchema,
  SignInInputSchema,
  TraineeAttentionListSchema,
  TraineeDetailSchema,
  TraineeListSchema,
  UnitListSchema,
  VerificationSchema,
  VerifyAwardInputSchema,
} from '@vettrak-portal/contracts'
import type { z } from 'zod'

/**
 * Who may call a route: anyone; any signed-in user (their own records); a user with an active
 * employer they are a contact for; a staff member.
 */
export type Access = 'public' | 'signed-in' | 'employer-contact' | 'staff'

export interface RouteSpec {
  method: 'get' | 'post' | 'put' | 'delete'
  /** Hono path syntax (`:id`). */
  path: string
  access: Access
  summary: string
  query?: z.ZodType
  body?: z.ZodType
  response?: z.ZodType
  /** The success status when it is not 200. */
  status?: number
}

const scoped = { query: EmployerScopeQuerySchema }

/** Every JSON route of the BFF. */
export const apiSpec: RouteSpec[] = [
  {
    method: 'get',
    path: '/api/meta',
    access: 'public',
    summary: 'Demo mode and demo accounts',
    response: MetaSchema,
  },
  // Session
  {
    method: 'post',
    path: '/api/session',
    access: 'public',
    summary: 'Sign in',
    body: SignInInputSchema,
    response: SessionSchema,
    status: 201,
  },
  {
    method: 'get',
    path: '/api/session',
    access: 'signed-in',
    summary: 'The current session',
    response: SessionSchema,
  },
  {
    method: 'put',
    path: '/api/session/employer',
    access: 'signed-in',
    summary: 'Choose the active employer',
    body: ChooseEmployerInputSchema,
    response: SessionSchema,
  },
  { method: 'delete', path: '/api/session', access: 'public', summary: 'Sign out', status: 204 },

  // Anyone: check a parchment
  {
    method: 'post',
    path: '/api/verify',
    access: 'public',
    summary: 'Check that a certificate was issued (rate-limited per address)',
    body: VerifyAwardInputSchema,
    response: VerificationSchema,
  },

  // The learner's own records
  {
    method: 'get',
    path: '/api/me',
    access: 'signed-in',
    summary: 'My details',
    response: ProfileSchema,
  },
  {
    method: 'get',
    path: '/api/me/enrolments',
    access: 'signed-in',
    summary: 'My enrolments',
    response: EnrolmentListSchema,
  },
  {
    method: 'get',
    path: '/api/me/enrolments/:id/units',
    access: 'signed-in',
    summary: 'Units of one of my enrolments',
    response: UnitListSchema,
  },
  {
    method: 'get',
    path: '/api/me/events',
    access: 'signed-in',
    summary: 'My events',
    response: EventListSchema,
  },
  {
    method: 'get',
    path: '/api/me/invoices',
    access: 'signed-in',
    summary: 'My invoices',
    query: InvoiceQuerySchema,
    response: InvoiceListSchema,
  },
  {
    method: 'get',
    path: '/api/me/contracts',
    access: 'signed-in',
    summary: 'My traineeship contracts',
    response: ContractListSchema,
  },
  {
    method: 'get',
    path: '/api/me/contracts/:id/units',
    access: 'signed-in',
    summary: 'Units of one of my contracts',
    response: UnitListSchema,
  },
  {
    method: 'get',
    path: '/api/me/awards',
    access: 'signed-in',
    summary: 'My certificates',
    response: AwardListSchema,
  },
  {
    method: 'get',
    path: '/api/me/password-policy',
    access: 'signed-in',
    summary: 'The password rules',
    response: PasswordPolicySchema,
  },
  {
    method: 'put',
    path: '/api/me/password',
    access: 'signed-in',
    summary: 'Change my password',
    body: ChangePasswordInputSchema,
    status: 204,
  },

  // Calendar feeds (the feed itself is GET /calendar/<token>.ics: no session, the token decides)
  {
    method: 'get',
    path: '/api/feeds',
    access: 'signed-in',
    summary: 'My calendar feeds',
    response: CalendarFeedListSchema,
  },
  {
    method: 'post',
    path: '/api/feeds',
    access: 'signed-in',
    summary: "A calendar feed of my events, or of an employer's I am a contact for",
    body: CreateCalendarFeedInputSchema,
    response: CreatedCalendarFeedSchema,
    status: 201,
  },
  {
    method: 'delete',
    path: '/api/feeds/:id',
    access: 'signed-in',
    summary: 'Revoke one of my calendar feeds',
    status: 204,
  },
  {
    method: 'get',
    path: '/api/feeds/events.ics',
    access: 'signed-in',
    summary: 'My events as an iCalendar file (text/calendar)',
  },

  // Employer views (service account, after the right is checked)
  {
    method: 'get',
    path: '/api/employer',
    access: 'employer-contact',
    summary: 'Employer details',
    ...scoped,
    response: EmployerDetailsSchema,
  },
  {
    method: 'get',
    path: '/api/employer/tree',
    access: 'employer-contact',
    summary: 'The employer tree with counts per site',
    ...scoped,
    response: EmployerTreeNodeSchema,
  },
  {
    method: 'get',
    path: '/api/employer/sites',
    access: 'employer-contact',
    summary: 'The employer tree without counts (what the pages need to show and choose sites)',
    ...scoped,
    response: EmployerSiteNodeSchema,
  },
  {
    method: 'get',
    path: '/api/employer/trainees',
    access: 'employer-contact',
    summary: 'Trainees',
    ...scoped,
    response: TraineeListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/attention',
    access: 'employer-contact',
    summary: 'Trainees to look at, and why',
    ...scoped,
    response: TraineeAttentionListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/trainees/:contractId',
    access: 'employer-contact',
    summary: "A trainee's contract and its upcoming visits",
    ...scoped,
    response: TraineeDetailSchema,
  },
  {
    method: 'get',
    path: '/api/employer/trainees/:contractId/units',
    access: 'employer-contact',
    summary: "A trainee's contract units",
    ...scoped,
    response: UnitListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/employees',
    access: 'employer-contact',
    summary: 'Employees',
    ...scoped,
    response: EmployeeListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/enrolments',
    access: 'employer-contact',
    summary: 'Enrolments linked to the employer',
    ...scoped,
    response: EnrolmentListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/enrolments/progress',
    access: 'employer-contact',
    summary: "Units achieved of the employer's enrolments named in `ids` (the rows in view)",
    query: EnrolmentProgressQuerySchema,
    response: EnrolmentProgressListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/invoices',
    access: 'employer-contact',
    summary: 'Employer invoices',
    query: EmployerInvoiceQuerySchema,
    response: InvoiceListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/events',
    access: 'employer-contact',
    summary: 'Employer events',
    query: EmployerRangeQuerySchema,
    response: EventListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/occurrences',
    access: 'employer-contact',
    summary: 'Occurrences with bookings',
    query: EmployerRangeQuerySchema,
    response: OccurrenceListSchema,
  },
  {
    method: 'get',
    path: '/api/employer/contacts',
    access: 'employer-contact',
    summary: 'Employer contacts',
    ...scoped,
    response: EmployerContactListSchema,
  },

  // Staff views (the staff user's own token)
  {
    method: 'get',
    path: '/api/staff/clients',
    access: 'staff',
    summary: 'Search clients by name, code or email',
    query: ClientSearchQuerySchema,
    response: ClientSearchResultSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code',
    access: 'staff',
    summary: "A client's details",
    response: ProfileSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/enrolments',
    access: 'staff',
    summary: "A client's enrolments",
    response: EnrolmentListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/enrolments/:id/units',
    access: 'staff',
    summary: "Units of a client's enrolment",
    response: UnitListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/events',
    access: 'staff',
    summary: "A client's events",
    response: EventListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/invoices',
    access: 'staff',
    summary: "A client's invoices",
    query: InvoiceQuerySchema,
    response: InvoiceListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/contracts',
    access: 'staff',
    summary: "A client's contracts",
    response: ContractListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/contracts/:id/units',
    access: 'staff',
    summary: "Units of a client's contract",
    response: UnitListSchema,
  },
  {
    method: 'get',
    path: '/api/staff/clients/:code/awards',
    access: 'staff',
    summary: "A client's certificates",
    response: AwardListSchema,
  },
]
