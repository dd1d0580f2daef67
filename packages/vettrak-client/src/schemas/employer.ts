/**
 * @module
 * Employers and what the employer views show: the tree of sites, contacts, employees, occurrences.
 */
import { z } from 'zod'
import {
  AddressSchema,
  LocalDateTimeSchema,
  OccurrenceSchema as OccurrenceContractSchema,
} from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/** An employer (a VETtrak TEmpl). */
export const EmployerSchema = z.object({
  identifier: z.string(),
  name: z.string().optional(),
  legalName: z.string().optional(),
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
  phone: z.string().optional(),
  fax: z.string().optional(),
  mobile: z.string().optional(),
  email: z.string().optional(),
  acn: z.string().optional(),
  abn: z.string().optional(),
  active: z.string().optional(),
  parentIdentifier: z.string().optional(),
  parentName: z.string().optional(),
  type: z.string().optional(),
  code: z.string().optional(),
  url: z.string().optional(),
  businessAddress: AddressSchema.optional(),
  postalAddress: AddressSchema.optional(),
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
  email: z.string().optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  positionName: z.string().optional(),
  isPrimaryContact: z.boolean(),
})
export type EmployerContact = z.infer<typeof EmployerContactSchema>

/** An employee of an employer or one of its sites. */
export const EmployeeSchema = ClientSchema.extend({
  email: z.string().optional(),
  positionName: z.string().optional(),
  employerIdentifier: z.string().optional(),
  employerName: z.string().optional(),
  commencedDate: LocalDateTimeSchema.optional(),
})
export type Employee = z.infer<typeof EmployeeSchema>

/**
 * A scheduled run of a programme (an occurrence) that an employer's people can book: the
 * contract's fields, with VETtrak's location code and delivery modes where the contract has what
 * only the BFF knows (the location's name, who is booked).
 */
export const OccurrenceSchema = OccurrenceContractSchema.omit({
  location: true,
  locationName: true,
  booked: true,
}).extend({
  locationCode: z.string().optional(),
  /** The first is the primary delivery mode. */
  deliveryModes: z.array(z.string()),
})
export type Occurrence = z.infer<typeof OccurrenceSchema>
