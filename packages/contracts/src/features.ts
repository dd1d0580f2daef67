/**
 * @module
 * The portal's features by name: the one list the BFF (which decides from VETtrak's WSDL which are
 * on), `vettrak doctor` and the SPA (which hides what is off) share. The operations each feature
 * needs are declared beside the client, in `@vettrak-portal/vettrak-client`'s `portalFeatures`.
 */
import { z } from 'zod'

export const featureNames = [
  'signIn',
  'myDetails',
  'enrolments',
  'contracts',
  'events',
  'invoices',
  'certificates',
  'certificateVerification',
  'passwordChange',
  'employer',
  'employerContacts',
  'trainees',
  'employees',
  'employerEnrolments',
  'employerInvoices',
  'employerEvents',
  'occurrences',
  'staffClients',
  /** Location names in place of codes (optional: without it, codes are shown). */
  'locationNames',
] as const

export const FeatureNameSchema = z.enum(featureNames)
export type FeatureName = z.infer<typeof FeatureNameSchema>

/** Whether each feature is on: every name is present, so a new feature cannot be forgotten. */
export const FeaturesSchema = z.record(FeatureNameSchema, z.boolean())
export type Features = z.infer<typeof FeaturesSchema>

/** Every feature on: what the SPA assumes until `/api/meta` says otherwise. */
export const allFeaturesOn = (): Features =>
  Object.fromEntries(featureNames.map((name) => [name, true])) as Features
