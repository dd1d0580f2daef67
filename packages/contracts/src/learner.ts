/**
 * @module
 * A learner's own records (`/api/me/...`), also shown to staff for a chosen client.
 */
import { z } from 'zod'
import {
  AddressSchema,
  ClientCodeSchema,
  IdParamSchema,
  LocalDateSchema,
  LocalDateTimeSchema,
  MoneySchema,
  listOf,
} from './primitives.ts'

export const ProfileSchema = z.object({
  clientCode: ClientCodeSchema,
  title: z.string().optional(),
  givenName: z.string().optional(),
  otherName: z.string().optional(),
  surname: z.string().optional(),
  username: z.string().optional(),
  email: z.string().optional(),
  dateOfBirth: LocalDateSchema.optional(),
  homePhone: z.string().optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  residentialAddress: AddressSchema.optional(),
  postalAddress: AddressSchema.optional(),
  usi: z.string().optional(),
  isStaff: z.boolean(),
})
export type Profile = z.infer<typeof ProfileSchema>

/** How far through an enrolment the learner is: units achieved (or credited) of all units. */
export const ProgressSchema = z.object({
  achieved: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
})

/**
 * Where an enrolment stands, named from VETtrak's StatusType. Only 0 (active), 1 (completed) and
 * 9 (pre-reporting withdrawal) have a published meaning; any other number is `other`.
 */
export const EnrolmentStateSchema = z.enum(['active', 'completed', 'withdrawn', 'other'])
export type EnrolmentState = z.infer<typeof EnrolmentStateSchema>

export const EnrolmentSchema = z.object({
  id: z.number().int(),
  code: z.string().optional(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  /** VETtrak's own word for the status (`Pre-Reporting Withdrawal`). */
  status: z.string().optional(),
  /** Absent when VETtrak did not say the status type. */
  state: EnrolmentStateSchema.optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  /** VETtrak's location code (`PAR-WST`). */
  location: z.string().optional(),
  /** The location's name (`Parramatta campus`); absent when VETtrak did not say it. */
  locationName: z.string().optional(),
  deliveryModes: z.array(z.string()),
  employerName: z.string().optional(),
  amount: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
  learner: z
    .object({
      clientCode: ClientCodeSchema,
      givenName: z.string().optional(),
      surname: z.string().optional(),
    })
    .optional(),
  progress: ProgressSchema.optional(),
})
export type Enrolment = z.infer<typeof EnrolmentSchema>
export const EnrolmentListSchema = listOf(EnrolmentSchema)
export type EnrolmentList = z.infer<typeof EnrolmentListSchema>

/** A unit's result, grouped from AVETMISS outcome identifiers. */
export const UnitOutcomeSchema = z.enum([
  'achieved',
  'not-achieved',
  'credit',
  'in-progress',
  'not-started',
  'withdrawn',
  'other',
])
export type UnitOutcome = z.infer<typeof UnitOutcomeSchema>

export const UnitSchema = z.object({
  unitCode: z.string().optional(),
  unitName: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  result: z.string().optional(),
  resultCode: z.string().optional(),
  outcome: UnitOutcomeSchema,
  score: z.number().optional(),
  hours: z.number().optional(),
})
export type Unit = z.infer<typeof UnitSchema>
export const UnitListSchema = listOf(UnitSchema)
export type UnitList = z.infer<typeof UnitListSchema>

export const EventSchema = z.object({
  id: z.number().int(),
  name: z.string().optional(),
  start: LocalDateTimeSchema,
  finish: LocalDateTimeSchema.optional(),
  complete: z.boolean(),
  description: z.string().optional(),
  enrolmentId: z.number().int().optional(),
  contractId: z.number().int().optional(),
  /** The qualification or course of the enrolment the event belongs to, when it is one of theirs. */
  courseName: z.string().optional(),
  /** Where that enrolment is delivered: VETtrak's location code, and its name when known. */
  location: z.string().optional(),
  locationName: z.string().optional(),
})
export type Event = z.infer<typeof EventSchema>
export const EventListSchema = listOf(EventSchema)
export type EventList = z.infer<typeof EventListSchema>

export const PaymentStatusSchema = z.enum(['unpaid', 'part-paid', 'paid', 'overpaid', 'credited'])
export type PaymentStatus = z.infer<typeof PaymentStatusSchema>

export const InvoiceItemSchema = z.object({
  id: z.number().int().optional(),
  description: z.string().optional(),
  quantity: z.number().optional(),
  amount: MoneySchema.optional(),
  gst: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
})

export const InvoiceSchema = z.object({
  id: z.number().int(),
  number: z.string().optional(),
  date: LocalDateTimeSchema.optional(),
  dueDate: LocalDateTimeSchema.optional(),
  description: z.string().optional(),
  orderNumber: z.string().optional(),
  invoiceeName: z.string().optional(),
  /** Absent when VETtrak said neither the status nor the total. */
  paymentStatus: PaymentStatusSchema.optional(),
  total: MoneySchema.optional(),
  gst: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
  /** What is still to pay (never negative); absent when the total is unknown. */
  owing: MoneySchema.optional(),
  /** Something is owing and the due date is before the RTO's today. */
  overdue: z.boolean().optional(),
  items: z.array(InvoiceItemSchema),
  employerContact: z
    .object({
      clientCode: ClientCodeSchema.optional(),
      givenName: z.string().optional(),
      surname: z.string().optional(),
    })
    .optional(),
})
export type Invoice = z.infer<typeof InvoiceSchema>
export const InvoiceListSchema = listOf(InvoiceSchema)
export type InvoiceList = z.infer<typeof InvoiceListSchema>

/** `?status=&from=&to=` of the invoice lists; dates are RTO calendar dates, inclusive. */
export const InvoiceQuerySchema = z
  .object({
    status: z.enum(['all', 'unpaid', 'paid']).default('all'),
    from: LocalDateSchema.optional(),
    to: LocalDateSchema.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '`from` must not be after `to`',
    path: ['from'],
  })
export type InvoiceQuery = z.infer<typeof InvoiceQuerySchema>

export const ContractSchema = z.object({
  id: z.number().int(),
  code: z.string().optional(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  status: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  employerId: z.string().optional(),
  employerName: z.string().optional(),
  contractType: z.string().optional(),
  state: z.string().optional(),
})
export type Contract = z.infer<typeof ContractSchema>
export const ContractListSchema = listOf(ContractSchema)
export type ContractList = z.infer<typeof ContractListSchema>

export const AwardSchema = z.object({
  id: z.number().int(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  certificateNumber: z.string().optional(),
  awardType: z.string().optional(),
  recorded: LocalDateTimeSchema.optional(),
  expiry: LocalDateTimeSchema.optional(),
  enrolmentId: z.number().int().optional(),
})
export type Award = z.infer<typeof AwardSchema>
export const AwardListSchema = listOf(AwardSchema)
export type AwardList = z.infer<typeof AwardListSchema>

/** `:id` of an enrolment or contract in a path. */
export const RecordIdParamsSchema = z.object({ id: IdParamSchema })
