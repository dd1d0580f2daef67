/**
 * @module
 * VETtrak element names ↔ domain names for the staff views.
 */
import type { Read } from '@vettrak-portal/vettrak-api'
import type { StaffEnrolment } from '../schemas/staff.ts'
import { toEnrolment } from './learner.ts'

/** A TEnroStaff. */
export function toStaffEnrolment(w: Read<'TEnroStaff'>): StaffEnrolment {
  return Object.assign(toEnrolment(w), { roleName: w.RoleName })
}
