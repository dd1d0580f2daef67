/**
 * @module
 * Domain shapes shared by several areas: date inputs, client summaries and locations. The value
 * schemas (local date-times, money, addresses) and the fields a record shares with the SPA's are
 * the contracts' own, imported where used.
 */
import { z } from 'zod'
import { ClientSummarySchema } from '@vettrak-portal/contracts'

/** A date-time the caller passes in: a local date-time, or a date (meaning its midnight). */
export const LocalDateInputSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2})?$/, 'expected YYYY-MM-DD or YYYY-MM-DDTHH:mm:ss')
export type LocalDateInput = z.infer<typeof LocalDateInputSchema>

/** A client (learner, contact or staff member) as VETtrak lists them. */
export const ClientSchema = ClientSummarySchema.pick({ givenName: true, surname: true }).extend({
  /** As VETtrak sent it; the contract's trims and bounds it. */
  clientCode: z.string(),
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
