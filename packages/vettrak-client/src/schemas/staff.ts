/**
 * @module
 * What a staff member sees: enrolments they have a role in.
 */
import { z } from 'zod'
import { EnrolmentSchema } from './learner.ts'

/** An enrolment with the staff member's role in it. */
export const StaffEnrolmentSchema = EnrolmentSchema.extend({
  roleName: z.string().optional(),
})
export type StaffEnrolment = z.infer<typeof StaffEnrolmentSchema>
