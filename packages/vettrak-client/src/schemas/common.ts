/**
 * @module
 * Domain shapes shared by several areas: date inputs, client summaries and locations. The value
 * schemas (local date-times, money, addresses) are the contracts' own, imported where used.
 */
import { z } from 'zod'

/** A date-time the caller passes in: a local date-time, or a date (meaning its midnight). */
export const LocalDateInputSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss')
export type LocalDateInput = z.infer<typeof LocalDateInputSchema>

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
