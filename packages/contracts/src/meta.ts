/**
 * @module
 * What the portal says about itself before anyone signs in (`/api/meta`): whether it runs against
 * the demo simulator, and then which demo accounts to try; which features this RTO's VETtrak offers.
 */
import { z } from 'zod'
import { FeaturesSchema } from './features.ts'

export const DemoAccountSchema = z.object({
  username: z.string(),
  password: z.string(),
  /** Who this account is, in a few words ("a learner"). */
  who: z.string(),
})
export type DemoAccount = z.infer<typeof DemoAccountSchema>

/** The RTO's own brand, as the portal shows it. */
export const BrandSchema = z.object({
  name: z.string(),
  /** `#rrggbb`: the colour behind white text (already adjusted to reach WCAG AA). */
  primaryColour: z.string(),
  /** Same-origin paths, when set. */
  logoUrl: z.string().optional(),
  faviconUrl: z.string().optional(),
  supportEmail: z.string().optional(),
  supportPhone: z.string().optional(),
  privacyPolicyUrl: z.string().optional(),
  /** The RTO's ABN (`51 824 753 556`), printed on statements. */
  abn: z.string().optional(),
})
export type Brand = z.infer<typeof BrandSchema>

export const MetaSchema = z.object({
  demo: z.boolean(),
  /** Empty unless `demo`. */
  demoAccounts: z.array(DemoAccountSchema),
  /**
   * Which features this RTO's VETtrak offers (decided from its WSDL). A feature that is off is
   * hidden, and its API routes answer `FEATURE_UNAVAILABLE`.
   */
  features: FeaturesSchema,
  /** Whether this portal keeps calendar feeds (absent: it does not). */
  calendarFeeds: z.boolean().optional(),
  /** The RTO's brand (absent: the portal's own name and colours). */
  brand: BrandSchema.optional(),
})
export type Meta = z.infer<typeof MetaSchema>
