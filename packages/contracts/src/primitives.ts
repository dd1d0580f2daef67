/**
 * @module
 * Shared value schemas. VETtrak's date-times carry no zone and mean the RTO's local time, so they
 * travel as zone-less strings and are never turned into a `Date` in some machine's zone.
 */
import { z } from 'zod'

/** `YYYY-MM-DDTHH:mm:ss`, the RTO's local time. */
export const LocalDateTimeSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/, 'Expected a local date-time YYYY-MM-DDTHH:mm:ss')
export type LocalDateTime = z.infer<typeof LocalDateTimeSchema>

/** `YYYY-MM-DD`, a calendar date at the RTO. */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date YYYY-MM-DD')
  .refine((value) => isRealDate(value), 'Expected a real calendar date')

/** An amount in Australian dollars, GST inclusive unless named otherwise. */
export const MoneySchema = z.number().finite()

/** A VETtrak client code (at most 10 characters). */
export const ClientCodeSchema = z.string().trim().min(1).max(10)

/** A VETtrak employer identifier: digits only. */
export const EmployerIdSchema = z.string().regex(/^\d{1,10}$/, 'Expected an employer identifier')
export const isEmployerId = (value: string) => EmployerIdSchema.safeParse(value).success

/** A positive integer ID taken from a path segment. */
export const IdParamSchema = z.coerce.number().int().positive().max(2_147_483_647)

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

/** A list response; `items` keeps room for paging metadata without breaking clients. */
export const listOf = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) })

function isRealDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}
