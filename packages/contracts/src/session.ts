/**
 * @module
 * Sign-in, the session and the employer context (`/api/session`).
 */
import { z } from 'zod'
import { ClientCodeSchema, EmployerIdSchema } from './primitives.ts'

export const SignInInputSchema = z.object({
  /** A VETtrak username, or the email address where VETtrak uses email as username. */
  username: z.string().trim().min(1, 'Enter your username or email').max(100),
  password: z.string().min(1, 'Enter your password').max(100),
})
export type SignInInput = z.infer<typeof SignInInputSchema>

export const SessionUserSchema = z.object({
  clientCode: ClientCodeSchema,
  givenName: z.string().optional(),
  surname: z.string().optional(),
  email: z.string().optional(),
  isStaff: z.boolean(),
})
export type SessionUser = z.infer<typeof SessionUserSchema>

/** An employer the user is a contact for: the only employers they may choose. */
export const EmployerChoiceSchema = z.object({
  id: EmployerIdSchema,
  name: z.string(),
  isPrimaryContact: z.boolean(),
})
export type EmployerChoice = z.infer<typeof EmployerChoiceSchema>

export const SessionSchema = z.object({
  user: SessionUserSchema,
  employers: z.array(EmployerChoiceSchema),
  /** Chosen automatically when there is exactly one employer; otherwise the SPA asks. */
  activeEmployerId: EmployerIdSchema.nullable(),
  /** Seconds of inactivity after which the session ends, so the SPA can warn before it does. */
  idleTimeoutSeconds: z.number().int().positive(),
  /**
   * Present (true) while VETtrak has not said which employers the person acts for: the employer
   * views are missing for now, and reading the session again asks VETtrak again.
   */
  employersUnavailable: z.literal(true).optional(),
})
export type Session = z.infer<typeof SessionSchema>

export const ChooseEmployerInputSchema = z.object({ employerId: EmployerIdSchema })
export type ChooseEmployerInput = z.infer<typeof ChooseEmployerInputSchema>
