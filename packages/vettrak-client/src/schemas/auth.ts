/**
 * @module
 * Sign-in and account: the signed-in user, their details and the password policy.
 */
import { z } from 'zod'
import { AddressSchema, LocalDateTimeSchema, ProfileSchema } from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/**
 * The result of a successful sign-in: the BFF keeps it in the sealed session and the SPA never
 * sees it, so it has no contract. The token is opaque: pass it back exactly as it is.
 */
export const SignInSchema = z.object({
  token: z.string().min(1),
  clientCode: z.string().min(1),
  /** VETtrak's `ID`: the user who created the token. */
  userId: z.number().int().optional(),
  /** VETtrak answered TokenType `03` (a staff member). */
  isStaff: z.boolean(),
})
export type SignIn = z.infer<typeof SignInSchema>

/** A client's own details (VETtrak's TClieDetail): the contract's profile, and VETtrak's rest. */
export const ClientDetailsSchema = ProfileSchema.omit({
  clientCode: true,
  dateOfBirth: true,
  residentialAddress: true,
}).extend({
  ...ClientSchema.shape,
  employerIdentifier: z.string().optional(),
  /** VETtrak's date-time; the profile shows its date. */
  dateOfBirth: LocalDateTimeSchema.optional(),
  residentialStreet: z.string().optional(),
  residentialCity: z.string().optional(),
  residentialPostcode: z.string().optional(),
  residentialState: z.string().optional(),
  postalStreet: z.string().optional(),
  postalCity: z.string().optional(),
  postalPostcode: z.string().optional(),
  postalState: z.string().optional(),
  addressType: z.number().int().optional(),
  faxPhone: z.string().optional(),
  emergencyContactName: z.string().optional(),
  emergencyContactPhone: z.string().optional(),
  gender: z.string().optional(),
  positionCode: z.string().optional(),
  passportNumber: z.string().optional(),
  visaNumber: z.string().optional(),
  visaType: z.string().optional(),
  visaExpiryDate: LocalDateTimeSchema.optional(),
  lastAssessedDate: LocalDateTimeSchema.optional(),
  commencedDate: LocalDateTimeSchema.optional(),
  terminationDate: LocalDateTimeSchema.optional(),
  salary: z.number().optional(),
  divisionId: z.number().int().optional(),
  /** The residential address (the profile's `residentialAddress`). */
  usualAddress: AddressSchema.optional(),
  usiExempt: z.boolean().optional(),
})
export type ClientDetails = z.infer<typeof ClientDetailsSchema>

/**
 * The password rules of the VETtrak database. Every rule may be unstated here, where the contract's
 * are all stated: the BFF fills in what VETtrak left out.
 */
export const PasswordPolicySchema = z.object({
  minimumLength: z.number().int().optional(),
  requireUpperCase: z.boolean().optional(),
  requireLowerCase: z.boolean().optional(),
  requireDigit: z.boolean().optional(),
  requireSymbol: z.boolean().optional(),
  emailAsUsername: z.boolean().optional(),
})
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>
