/**
 * @module
 * What the portal says about itself before anyone signs in (`/api/meta`): whether it runs against
 * the demo simulator, and then which demo accounts to try.
 */
import { z } from 'zod'

export const DemoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  /** Who this account is, in a few words ("a learner"). */
  who: z.string(),
})
export type DemoAccount = z.infer<typeof DemoAccountSchema>

export const MetaSchema = z.object({
  demo: z.boolean(),
  /** Empty unless `demo`. */
  demoAccounts: z.array(DemoAccountSchema),
})
export type Meta = z.infer<typeof MetaSchema>
