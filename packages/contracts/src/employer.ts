/**
 * @module
 * The employer views (`/api/employer/...`). Each accepts an optional `employerId`: the active
 * employer or one of its descendants in the employer tree, and nothing else.
 */
import { z } from 'zod'
import {
  AddressSchema,
  ClientCodeSchema,
  EmployerIdSchema,
  LocalDateSchema,
  LocalDateTimeSchema,
  listOf,
} from './primitives.ts'
import { EventSchema, ProgressSchema } from './learner.ts'

export const EmployerScopeQuerySchema = z.object({ employerId: EmployerIdSchema.optional() })
export type EmployerScopeQuery = z.infer<typeof EmployerScopeQuerySchema>

const fromNotAfterTo = (q: { from?: string | undefined; to?: string | undefined }) =>
  !q.from || !q.to || q.from <= q.to
const fromAfterTo = { message: '`from` must not be after `to`', path: ['from'] }

/**
 * `?employerId=&from=&to=` of the employer's events and occurrences; RTO calendar dates,
 * inclusive. Without them the BFF shows a year either side of today.
 */
export const EmployerRangeQuerySchema = z
  .object({
    employerId: EmployerIdSchema.optional(),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .refine(fromNotAfterTo, fromAfterTo)
export type EmployerRangeQuery = z.infer<typeof EmployerRangeQuerySchema>

/**
 * `?employerId=&status=&from=&to=` of the employer's invoices, as the learner's: without dates the
 * BFF shows ten years back to two ahead.
 */
export const EmployerInvoiceQuerySchema = z
  .object({
    employerId: EmployerIdSchema.optional(),
    status: z.enum(['all', 'unpaid', 'paid']).default('all'),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .refine(fromNotAfterTo, fromAfterTo)
export type EmployerInvoiceQuery = z.infer<typeof EmployerInvoiceQuerySchema>

export const EmployerDetailsSchema = z.object({
  id: EmployerIdSchema,
  name: z.string().optional(),
  legalName: z.string().optional(),
  abn: z.string().optional(),
  phone: z.string().optional(),
  email: z.string().optional(),
  website: z.string().optional(),
  businessAddress: AddressSchema.optional(),
  postalAddress: AddressSchema.optional(),
  parentId: z.string().optional(),
  parentName: z.string().optional(),
})
export type EmployerDetails = z.infer<typeof EmployerDetailsSchema>

export interface EmployerSiteNode {
  id: string
  name?: string | undefined
  children: EmployerSiteNode[]
}

/**
 * A site in the employer tree, without counts: what every employer page needs to show and choose
 * sites, read without the trainee and employee lists the counts take.
 */
export const EmployerSiteNodeSchema: z.ZodType<EmployerSiteNode> = z.lazy(() =>
  z.object({
    id: EmployerIdSchema,
    name: z.string().optional(),
    children: z.array(EmployerSiteNodeSchema),
  }),
)

export interface EmployerTreeNode {
  id: string
  name?: string | undefined
  traineeCount: number
  employeeCount: number
  children: EmployerTreeNode[]
}

/** A site in the employer tree, with its own (not descendants') trainee and employee counts. */
export const EmployerTreeNodeSchema: z.ZodType<EmployerTreeNode> = z.lazy(() =>
  z.object({
    id: EmployerIdSchema,
    name: z.string().optional(),
    traineeCount: z.number().int().nonnegative(),
    employeeCount: z.number().int().nonnegative(),
    children: z.array(EmployerTreeNodeSchema),
  }),
)

export const TraineeSchema = z.object({
  contractId: z.number().int(),
  /** The training contract's number, as the state training authority knows it. */
  contractCode: z.string().optional(),
  clientCode: ClientCodeSchema.optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  status: z.string().optional(),
  contractType: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  employerId: z.string().optional(),
  employerName: z.string().optional(),
})
export type Trainee = z.infer<typeof TraineeSchema>
export const TraineeListSchema = listOf(TraineeSchema)

/** One trainee's contract, with the visits and meetings of that contract from now on. */
export const TraineeDetailSchema = TraineeSchema.extend({
  /**
   * The employer's events for this contract that have not finished yet, soonest first; absent
   * when the RTO's VETtrak does not offer employer events.
   */
  upcoming: z.array(EventSchema).optional(),
})
export type TraineeDetail = z.infer<typeof TraineeDetailSchema>

/** Why a trainee is on the employer's "to look at" list. */
export const AttentionReasonSchema = z.object({
  kind: z.enum(['ending-with-units-open', 'no-recent-result', 'withdrawn']),
  /** The reason in plain words, as the list and the CSV show it. */
  message: z.string(),
})
export type AttentionReason = z.infer<typeof AttentionReasonSchema>

/** A trainee an employer contact should look at, with every reason why. */
export const TraineeAttentionSchema = z.object({
  contractId: z.number().int(),
  clientCode: ClientCodeSchema.optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
  qualificationName: z.string().optional(),
  employerId: z.string().optional(),
  employerName: z.string().optional(),
  reasons: z.array(AttentionReasonSchema).min(1),
})
export type TraineeAttention = z.infer<typeof TraineeAttentionSchema>
export const TraineeAttentionListSchema = listOf(TraineeAttentionSchema)
export type TraineeAttentionList = z.infer<typeof TraineeAttentionListSchema>

export const EmployeeSchema = z.object({
  clientCode: ClientCodeSchema,
  givenName: z.string().optional(),
  surname: z.string().optional(),
  email: z.string().optional(),
  position: z.string().optional(),
  employerId: z.string().optional(),
  employerName: z.string().optional(),
  commenced: LocalDateTimeSchema.optional(),
})
export type Employee = z.infer<typeof EmployeeSchema>
export const EmployeeListSchema = listOf(EmployeeSchema)

export const EmployerContactSchema = z.object({
  clientCode: ClientCodeSchema,
  givenName: z.string().optional(),
  surname: z.string().optional(),
  email: z.string().optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  position: z.string().optional(),
  isPrimary: z.boolean(),
  /** The site they are a contact for. */
  employerId: z.string().optional(),
  employerName: z.string().optional(),
})
export type EmployerContact = z.infer<typeof EmployerContactSchema>
export const EmployerContactListSchema = listOf(EmployerContactSchema)
export type EmployerContactList = z.infer<typeof EmployerContactListSchema>

/** One of the employer's people booked into a class. */
export const BookedPersonSchema = z.object({
  clientCode: ClientCodeSchema,
  givenName: z.string().optional(),
  surname: z.string().optional(),
  employerName: z.string().optional(),
})
export type BookedPerson = z.infer<typeof BookedPersonSchema>

export const OccurrenceSchema = z.object({
  id: z.number().int(),
  code: z.string().optional(),
  programmeCode: z.string().optional(),
  programmeName: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  /** VETtrak's location code, and its name when known. */
  location: z.string().optional(),
  locationName: z.string().optional(),
  vacancies: z.number().int().optional(),
  /** Absent when VETtrak does not say how many of the employer's people are booked in. */
  enrolled: z.number().int().optional(),
  /**
   * The employer's people whose enrolment is in this class (course, location and dates agree);
   * absent when the RTO's VETtrak does not offer the employer's enrolments.
   */
  booked: z.array(BookedPersonSchema).optional(),
})
export type Occurrence = z.infer<typeof OccurrenceSchema>
export const OccurrenceListSchema = listOf(OccurrenceSchema)
export type OccurrenceList = z.infer<typeof OccurrenceListSchema>

/** Enrolments whose progress one request may ask for: a screenful of rows, with room to spare. */
export const ENROLMENT_PROGRESS_BATCH = 50

/**
 * `?employerId=&ids=1,2,3` of the employer enrolments' progress: the ids of the rows in view
 * (VETtrak has no call that answers for many enrolments at once, so the page asks as it scrolls).
 * No ids asks for nothing and gets an empty list.
 */
export const EnrolmentProgressQuerySchema = z.object({
  employerId: EmployerIdSchema.optional(),
  ids: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10})*$/, 'Expected enrolment ids separated by commas')
    .transform((value) => [...new Set(value.split(',').map(Number))])
    .pipe(
      z
        .array(z.number().int().positive().max(2_147_483_647))
        .max(ENROLMENT_PROGRESS_BATCH, `At most ${ENROLMENT_PROGRESS_BATCH} enrolments at once`),
    )
    .default([]),
})
export type EnrolmentProgressQuery = z.infer<typeof EnrolmentProgressQuerySchema>

/**
 * The progress of each enrolment asked for that is the employer's: units achieved or credited of
 * all; `progress` is absent for an enrolment that shows none (withdrawn, or no units yet).
 */
export const EnrolmentProgressListSchema = listOf(
  z.object({
    id: z.number().int(),
    progress: ProgressSchema.optional(),
  }),
)
export type EnrolmentProgressList = z.infer<typeof EnrolmentProgressListSchema>
