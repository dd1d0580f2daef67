/**
 * @module
 * Employers and what the employer views show: the tree of sites, contacts, employees, occurrences.
 * The fields each shares with the contract's record of the same name are the contract's.
 */
import { z } from 'zod'
import * as Contracts from '@vettrak-portal/contracts'
import { LocalDateTimeSchema } from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/** An employer (a VETtrak TEmpl): the contract's details, and VETtrak's rest. */
export const EmployerSchema = Contracts.EmployerDetailsSchema.omit({
  id: true,
  website: true,
  parentId: true,
}).extend({
  /** The employer's identifier (the contract's `id`). */
  identifier: z.string(),
  typeCode: z.string().optional(),
  anzsicCode: z.string().optional(),
  size: z.string().optional(),
  businessStreet: z.string().optional(),
  businessCity: z.string().optional(),
  businessPostcode: z.string().optional(),
  businessState: z.string().optional(),
  postalStreet: z.string().optional(),
  postalCity: z.string().optional(),
  postalPostcode: z.string().optional(),
  postalState: z.string().optional(),
  fax: z.string().optional(),
  mobile: z.string().optional(),
  acn: z.string().optional(),
  active: z.string().optional(),
  parentIdentifier: z.string().optional(),
  type: z.string().optional(),
  code: z.string().optional(),
  url: z.string().optional(),
})
export type Employer = z.infer<typeof EmployerSchema>

/** An employer of the signed-in client, with the client's relation to it. */
export const ClientEmployerSchema = EmployerSchema.extend({
  isContact: z.boolean(),
  isPrimaryContact: z.boolean(),
  isEmployee: z.boolean(),
})
export type ClientEmployer = z.infer<typeof ClientEmployerSchema>

/** An employer and its child sites, recursively. */
export interface EmployerTree {
  employer: Employer
  children: EmployerTree[]
}
/** The schema of `EmployerTree`. */
export const EmployerTreeSchema: z.ZodType<EmployerTree> = z.object({
  employer: EmployerSchema,
  get children() {
    return z.array(EmployerTreeSchema)
  },
})

/** A contact person of an employer. */
export const EmployerContactSchema = ClientSchema.extend({
  ...Contracts.EmployerContactSchema.pick({ email: true, workPhone: true, mobilePhone: true })
    .shape,
  positionName: z.string().optional(),
  isPrimaryContact: z.boolean(),
})
export type EmployerContact = z.infer<typeof EmployerContactSchema>

/** An employee of an employer or one of its sites. */
export const EmployeeSchema = ClientSchema.extend({
  ...Contracts.EmployeeSchema.pick({ email: true, employerName: true }).shape,
  positionName: z.string().optional(),
  employerIdentifier: z.string().optional(),
  commencedDate: LocalDateTimeSchema.optional(),
})
export type Employee = z.infer<typeof EmployeeSchema>

/**
 * A scheduled run of a programme (an occurrence) that an employer's people can book: the
 * contract's fields, with VETtrak's location code and delivery modes where the contract has what
 * only the BFF knows (the location's name, who is booked).
 */
export const OccurrenceSchema = Contracts.OccurrenceSchema.omit({
  location: true,
  locationName: true,
  booked: true,
}).extend({
  locationCode: z.string().optional(),
  /** The first is the primary delivery mode. */
  deliveryModes: z.array(z.string()),
})
export type Occurrence = z.infer<typeof OccurrenceSchema>
