/**
 * @module
 * The employer views.
 */

// Employer views (service account, after the right is checked)
export const employerDetails = {
  method: 'get',
  path: '/api/employer',
  access: 'employer-contact',
} as const
export const employerTree = {
  method: 'get',
  path: '/api/employer/tree',
  access: 'employer-contact',
} as const
export const employerSites = {
  method: 'get',
  path: '/api/employer/sites',
  access: 'employer-contact',
} as const
export const employerTrainees = {
  method: 'get',
  path: '/api/employer/trainees',
  access: 'employer-contact',
} as const
export const employerAttention = {
  method: 'get',
  path: '/api/employer/attention',
  access: 'employer-contact',
} as const
export const employerTrainee = {
  method: 'get',
  path: '/api/employer/trainees/:contractId',
  access: 'employer-contact',
} as const
export const employerTraineeUnits = {
  method: 'get',
  path: '/api/employer/trainees/:contractId/units',
  access: 'employer-contact',
} as const
export const employerEmployees = {
  method: 'get',
  path: '/api/employer/employees',
  access: 'employer-contact',
} as const
export const employerEnrolments = {
  method: 'get',
  path: '/api/employer/enrolments',
  access: 'employer-contact',
} as const
export const employerEnrolmentProgress = {
  method: 'get',
  path: '/api/employer/enrolments/progress',
  access: 'employer-contact',
} as const
export const employerInvoices = {
  method: 'get',
  path: '/api/employer/invoices',
  access: 'employer-contact',
} as const
export const employerEvents = {
  method: 'get',
  path: '/api/employer/events',
  access: 'employer-contact',
} as const
export const employerOccurrences = {
  method: 'get',
  path: '/api/employer/occurrences',
  access: 'employer-contact',
} as const
export const employerContacts = {
  method: 'get',
  path: '/api/employer/contacts',
  access: 'employer-contact',
} as const
