/**
 * @module
 * `/api/verify`: anyone may check a parchment. The answer is only "issued" with the qualification's
 * code, name and date, or "no match": the same for every way a claim can be wrong.
 */
import { z } from 'zod'
import { LocalDateSchema } from './primitives.ts'

const text = (what: string, max: number) =>
  z.string().trim().min(1, `Enter the ${what}`).max(max, `The ${what} is too long`)

/** What is printed on a parchment: the holder's names and its number. */
export const VerifyAwardInputSchema = z.object({
  givenName: text('given name', 100),
  surname: text('surname', 100),
  parchmentNumber: text('certificate number', 50),
})
export type VerifyAwardInput = z.infer<typeof VerifyAwardInputSchema>

export const VerificationSchema = z.discriminatedUnion('result', [
  z.object({
    result: z.literal('issued'),
    qualificationCode: z.string().optional(),
    qualificationName: z.string().optional(),
    /** The day the award was recorded as issued, at the RTO. */
    issuedOn: LocalDateSchema.optional(),
  }),
  z.object({ result: z.literal('no-match') }),
])
export type Verification = z.infer<typeof VerificationSchema>
