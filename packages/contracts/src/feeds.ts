/**
 * @module
 * Calendar feeds (`/api/feeds`): a person's subscribable calendars. A feed's URL carries a secret
 * token that the BFF does not keep, so it is shown once, when the feed is made; a new URL for the
 * same calendar replaces the old one.
 */
import { z } from 'zod'
import { EmployerIdSchema, listOf } from './primitives.ts'

export const CalendarFeedKindSchema = z.enum(['learner', 'employer'])
export type CalendarFeedKind = z.infer<typeof CalendarFeedKindSchema>

export const CalendarFeedSchema = z.object({
  id: z.string(),
  kind: CalendarFeedKindSchema,
  employerId: EmployerIdSchema.optional(),
  employerName: z.string().optional(),
  /** ISO 8601 instant. */
  createdAt: z.string(),
})
export type CalendarFeed = z.infer<typeof CalendarFeedSchema>
export const CalendarFeedListSchema = listOf(CalendarFeedSchema)
export type CalendarFeedList = z.infer<typeof CalendarFeedListSchema>

/** Makes (or replaces) the learner's own feed, or an employer's they are a contact for. */
export const CreateCalendarFeedInputSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('learner') }),
  z.object({ kind: z.literal('employer'), employerId: EmployerIdSchema }),
])
export type CreateCalendarFeedInput = z.infer<typeof CreateCalendarFeedInputSchema>

export const CreatedCalendarFeedSchema = z.object({
  feed: CalendarFeedSchema,
  /** The HTTPS `.ics` URL (for Google Calendar's "From URL", Outlook's "Subscribe from web"). */
  url: z.string(),
  /** The same feed as `webcal://` (opens the calendar app on Apple devices and Outlook). */
  webcalUrl: z.string(),
})
export type CreatedCalendarFeed = z.infer<typeof CreatedCalendarFeedSchema>
