/**
 * @module
 * Domain shapes shared by several areas: local date-times, addresses and client summaries.
 */
import { z } from 'zod'

/** A zone-less local date-time at the RTO, `YYYY-MM-DDTHH:mm:ss`; never converted to a `Date`. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'expected YYYY-MM-DDTHH:mm:ss')
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>

/** A date-time the caller passes in: a local date-time, or a date (meaning its midnight). */
export const LocalDateInputSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss')
export type LocalDateInput = z.infer<typeof LocalDateInputSchema>

/** An AVETMISS address. */
export const AddressSchema = z.object({
  building: z.string().optional(),
  unitDetails: z.string().optional(),
  streetNumber: z.string().optional(),
  streetName: z.string().optional(),
  poBox: z.string().optional(),
  city: z.string().optional(),
  state: z.string().optional(),
  postcode: z.string().optional(),
})
export type Address = z.infer<typeof AddressSchema>

/** A client (learner, contact or staff member) as VETtrak lists them. */
export const ClientSchema = z.object({
  clientCode: z.string(),
  givenName: z.string().optional(),
  surname: z.string().optional(),
})
export type Client = z.infer<typeof ClientSchema>

/** A location of the RTO (a campus or delivery site), named by its code. */
export const LocationSchema = z.object({
  code: z.string(),
  name: z.string().optional(),
  suburb: z.string().optional(),
  state: z.string().optional(),
})
export type Location = z.infer<typeof LocationSchema>
