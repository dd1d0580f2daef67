/**
 * @module
 * Staff views (`/api/staff/...`): client search and a chosen client's records.
 */
import { z } from 'zod'
import { ClientCodeSchema, IdParamSchema, LocalDateSchema } from './primitives.ts'

export const ClientSearchQuerySchema = z.object({
  q: z.string().trim().min(2, 'Type at least two characters').max(100),
})
export type ClientSearchQuery = z.infer<typeof ClientSearchQuerySchema>

export const ClientSummarySchema = z.object({
  clientCode: ClientCodeSchema,
  givenName: z.string().optional(),
  surname: z.string().optional(),
  /**
   * What tells people of the same name apart, as the staff member's own token may read it: set
   * on search results that share their name with another result.
   */
  dateOfBirth: LocalDateSchema.optional(),
  email: z.string().optional(),
  suburb: z.string().optional(),
})
export type ClientSummary = z.infer<typeof ClientSummarySchema>

export const ClientSearchResultSchema = z.object({
  items: z.array(ClientSummarySchema),
  /** True when more clients matched than were returned. */
  truncated: z.boolean(),
})
export type ClientSearchResult = z.infer<typeof ClientSearchResultSchema>

export const ClientCodeParamSchema = z.object({ code: ClientCodeSchema })

/** `:code/…/:id`: one enrolment or contract of a chosen client. */
export const ClientRecordParamsSchema = ClientCodeParamSchema.extend({ id: IdParamSchema })
