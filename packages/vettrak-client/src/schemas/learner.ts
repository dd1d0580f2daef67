/**
 * @module
 * A learner's records: events, enrolments, units, contracts, invoices and awards.
 */
import { z } from 'zod'
import { LocalDateTimeSchema, MoneySchema } from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/** A client or employer event (appointment, visit, reminder). */
export const EventSchema = z.object({
  id: z.number().int(),
  name: z.string().optional(),
  /** 0 client event, 1 employer event. */
  eventType: z.number().int().optional(),
  /** The client code (client event) or employer identifier (employer event). */
  identifier: z.string().optional(),
  start: LocalDateTimeSchema.optional(),
  finish: LocalDateTimeSchema.optional(),
  complete: z.boolean(),
  staffCode: z.string().optional(),
  enrolmentId: z.number().int().optional(),
  contractId: z.number().int().optional(),
  description: z.string().optional(),
})
export type Event = z.infer<typeof EventSchema>

/** An enrolment in a qualification or course (VETtrak's TClieEnro). */
export const EnrolmentSchema = z.object({
  id: z.number().int(),
  code: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  status: z.string().optional(),
  /** 0 active, 1 completed, … (VETtrak's StatusType). */
  statusType: z.number().int().optional(),
  dateOfEffect: LocalDateTimeSchema.optional(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  organisationId: z.number().int().optional(),
  description: z.string().optional(),
  locationCode: z.string().optional(),
  deliveryType: z.string().optional(),
  /** The first is the primary mode. */
  deliveryModes: z.array(z.string()),
  employerIdentifier: z.string().optional(),
  employerName: z.string().optional(),
  employerContactCode: z.string().optional(),
  amount: MoneySchema.optional(),
  gst: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
  amountCredited: MoneySchema.optional(),
  divisionId: z.number().int().optional(),
  enrolmentType: z.string().optional(),
  enrolmentTypeCode: z.string().optional(),
  clientCode: z.string().optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
})
export type Enrolment = z.infer<typeof EnrolmentSchema>

/** A unit of competency within an enrolment or contract, with its result. */
export const UnitSchema = z.object({
  /** The enrolment the unit sits under. */
  enrolmentId: z.number().int().optional(),
  unitCode: z.string().optional(),
  unitName: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  result: z.string().optional(),
  /** The AVETMISS outcome identifier, e.g. `20`, `30`, `70`. */
  resultCode: z.string().optional(),
  score: z.number().optional(),
  hours: z.number().optional(),
})
export type Unit = z.infer<typeof UnitSchema>

/** A traineeship or apprenticeship contract (with the trainee's name when listed for an employer). */
export const ContractSchema = z.object({
  id: z.number().int(),
  code: z.string().optional(),
  startDate: LocalDateTimeSchema.optional(),
  endDate: LocalDateTimeSchema.optional(),
  status: z.string().optional(),
  dateOfEffect: LocalDateTimeSchema.optional(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  employerIdentifier: z.string().optional(),
  employerName: z.string().optional(),
  contractType: z.string().optional(),
  contractTypeCode: z.string().optional(),
  organisationId: z.number().int().optional(),
  description: z.string().optional(),
  stateShortName: z.string().optional(),
  employerContactCode: z.string().optional(),
  clientCode: z.string().optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
})
export type Contract = z.infer<typeof ContractSchema>

/** A line of an invoice. */
export const InvoiceItemSchema = z.object({
  id: z.number().int().optional(),
  description: z.string().optional(),
  quantity: z.number().optional(),
  amount: MoneySchema.optional(),
  gst: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
})
export type InvoiceItem = z.infer<typeof InvoiceItemSchema>

/** An invoice to a client or an employer. */
export const InvoiceSchema = z.object({
  id: z.number().int(),
  number: z.string().optional(),
  invoiceDate: LocalDateTimeSchema.optional(),
  /** 0 client, 1 employer. */
  invoiceeType: z.number().int().optional(),
  invoiceeIdentifier: z.string().optional(),
  invoiceeName: z.string().optional(),
  orderNumber: z.string().optional(),
  dueDate: LocalDateTimeSchema.optional(),
  description: z.string().optional(),
  /** 0 no payments, 1 part paid, 2 fully paid, 3 overpaid, 4 credited out. */
  paymentStatus: z.number().int().optional(),
  totalAmount: MoneySchema.optional(),
  totalGst: MoneySchema.optional(),
  amountPaid: MoneySchema.optional(),
  items: z.array(InvoiceItemSchema),
  organisationId: z.number().int().optional(),
  /** The employer contact the invoice is addressed to (employer invoices). */
  employerContact: ClientSchema.optional(),
})
export type Invoice = z.infer<typeof InvoiceSchema>

/** An award (qualification or statement of attainment) issued to a client. */
export const AwardSchema = z.object({
  id: z.number().int(),
  qualificationCode: z.string().optional(),
  qualificationName: z.string().optional(),
  clientCode: z.string().optional(),
  locationCode: z.string().optional(),
  parchmentNumber: z.string().optional(),
  recordedDate: LocalDateTimeSchema.optional(),
  staffCode: z.string().optional(),
  awardType: z.string().optional(),
  awardTypeName: z.string().optional(),
  awardTypeCode: z.string().optional(),
  expiryDate: LocalDateTimeSchema.optional(),
  organisationId: z.number().int().optional(),
  documentReference: z.string().optional(),
  enrolmentId: z.number().int().optional(),
})
export type Award = z.infer<typeof AwardSchema>
