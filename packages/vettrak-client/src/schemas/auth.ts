/**
 * @module
 * Sign-in and account: the signed-in user, their details and the password policy.
 */
import { z } from 'zod'
import { AddressSchema, LocalDateTimeSchema } from '@vettrak-portal/contracts'
import { ClientSchema } from './common.ts'

/** The result of a successful sign-in. The token is opaque: pass it back exactly as it is. */
export const SignInSchema = z.object({
  token: z.string().min(1),
  clientCode: z.string().min(1),
  /** VETtrak's `ID`: the user who created the token. */
  userId: z.number().int().optional(),
  /** VETtrak answered TokenType `03` (a staff member). */
  isStaff: z.boolean(),
})
export type SignIn = z.infer<typeof SignInSchema>

/** A client's own details (VETtrak's TClieDetail). */
export const ClientDetailsSchema = ClientSchema.extend({
  employerIdentifier: z.string().optional(),
  otherName: z.string().optional(),
  username: z.string().optional(),
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
  email: z.string().optional(),
  faxPhone: z.string().optional(),
  homePhone: z.string().optional(),
  workPhone: z.string().optional(),
  mobilePhone: z.string().optional(),
  emergencyContactName: z.string().optional(),
  emergencyContactPhone: z.string().optional(),
  title: z.string().optional(),
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
  usualAddress: AddressSchema.optional(),
  postalAddress: AddressSchema.optional(),
  usi: z.string().optional(),
  usiExempt: z.boolean().optional(),
  isStaff: z.boolean(),
})
export type ClientDetails = z.infer<typeof ClientDetailsSchema>

/** The password rules of the VETtrak database. */
export const PasswordPolicySchema = z.object({
  minimumLength: z.number().int().optional(),
  requireUpperCase: z.boolean().optional(),
  requireLowerCase: z.boolean().optional(),
  requireDigit: z.boolean().optional(),
  requireSymbol: z.boolean().optional(),
  emailAsUsername: z.boolean().optional(),
})
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>
