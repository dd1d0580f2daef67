/**
 * @module
 * A learner's records: events, enrolments, units, contracts, invoices and awards. Each is made
 * from the contract's record of the same name (`@vettrak-portal/contracts`), so a field the SPA
 * also gets is declared once there; what is added here is VETtrak's own, which the BFF turns into
 * the contract's fields (a status number into a named state, a location code into a name) or keeps.
 */
import { z } from 'zod'
import * as Contracts from '@vettrak-portal/contracts'
import { LocalDateTimeSchema, MoneySchema } from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/** A client or employer event (appointment, visit, reminder). */
export const EventSchema = Contracts.EventSchema.omit({
  courseName: true,
  location: true,
  locationName: true,
}).extend({
  /** Tolerated absent here; the BFF leaves out an event it cannot place in time. */
  start: LocalDateTimeSchema.optional(),
  /** 0 client event, 1 employer event. */
  eventType: z.number().int().optional(),
  /** The client code (client event) or employer identifier (employer event). */
  identifier: z.string().optional(),
  staffCode: z.string().optional(),
})
export type Event = z.infer<typeof EventSchema>

/** An enrolment in a qualification or course (VETtrak's TClieEnro). */
export const EnrolmentSchema = Contracts.EnrolmentSchema.omit({
  state: true,
  location: true,
  locationName: true,
  learner: true,
  progress: true,
}).extend({
  /** 0 active, 1 completed, … (VETtrak's StatusType): the BFF names it as the enrolment's state. */
  statusType: z.number().int().optional(),
  dateOfEffect: LocalDateTimeSchema.optional(),
  organisationId: z.number().int().optional(),
  description: z.string().optional(),
  /** VETtrak's location code: the BFF adds the location's name. */
  locationCode: z.string().optional(),
  deliveryType: z.string().optional(),
  employerIdentifier: z.string().optional(),
  employerContactCode: z.string().optional(),
  gst: MoneySchema.optional(),
  amountCredited: MoneySchema.optional(),
  divisionId: z.number().int().optional(),
  enrolmentType: z.string().optional(),
  enrolmentTypeCode: z.string().optional(),
  /** The learner, on an enrolment listed for an employer or a staff member. */
  clientCode: z.string().optional(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
})
export type Enrolment = z.infer<typeof EnrolmentSchema>

/** A unit of competency within an enrolment or contract, with its result. */
export const UnitSchema = Contracts.UnitSchema.omit({ outcome: true }).extend({
  /** The enrolment the unit sits under. */
  enrolmentId: z.number().int().optional(),
})
export type Unit = z.infer<typeof UnitSchema>

/** A traineeship or apprenticeship contract (with the trainee's name when listed for an employer). */
export const ContractSchema = Contracts.ContractSchema.omit({
  employerId: true,
  state: true,
}).extend({
  dateOfEffect: LocalDateTimeSchema.optional(),
  employerIdentifier: z.string().optional(),
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

/** A line of an invoice: the contract's, field for field. */
export const InvoiceItemSchema = Contracts.InvoiceItemSchema
export type InvoiceItem = z.infer<typeof InvoiceItemSchema>

/** An invoice to a client or an employer. */
export const InvoiceSchema = Contracts.InvoiceSchema.pick({
  id: true,
  number: true,
  dueDate: true,
  description: true,
  orderNumber: true,
  invoiceeName: true,
  amountPaid: true,
  items: true,
}).extend({
  invoiceDate: LocalDateTimeSchema.optional(),
  /** 0 client, 1 employer. */
  invoiceeType: z.number().int().optional(),
  invoiceeIdentifier: z.string().optional(),
  /** 0 no payments, 1 part paid, 2 fully paid, 3 overpaid, 4 credited out: the BFF names it. */
  paymentStatus: z.number().int().optional(),
  totalAmount: MoneySchema.optional(),
  totalGst: MoneySchema.optional(),
  organisationId: z.number().int().optional(),
  /** The employer contact the invoice is addressed to (employer invoices). */
  employerContact: ClientSchema.optional(),
})
export type Invoice = z.infer<typeof InvoiceSchema>

/** An award (qualification or statement of attainment) issued to a client. */
export const AwardSchema = Contracts.AwardSchema.omit({
  certificateNumber: true,
  recorded: true,
  expiry: true,
}).extend({
  clientCode: z.string().optional(),
  locationCode: z.string().optional(),
  parchmentNumber: z.string().optional(),
  recordedDate: LocalDateTimeSchema.optional(),
  staffCode: z.string().optional(),
  /** The award type's name, which the BFF shows over `awardType` (VETtrak's code) when given. */
  awardTypeName: z.string().optional(),
  awardTypeCode: z.string().optional(),
  expiryDate: LocalDateTimeSchema.optional(),
  organisationId: z.number().int().optional(),
  documentReference: z.string().optional(),
})
export type Award = z.infer<typeof AwardSchema>
