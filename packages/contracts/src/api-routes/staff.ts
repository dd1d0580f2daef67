/**
 * @module
 * The staff views of clients.
 */

// Staff views (the staff user's own token)
export const staffClientSearch = {
  method: 'get',
  path: '/api/staff/clients',
  access: 'staff',
} as const
export const staffClient = {
  method: 'get',
  path: '/api/staff/clients/:code',
  access: 'staff',
} as const
export const staffClientEnrolments = {
  method: 'get',
  path: '/api/staff/clients/:code/enrolments',
  access: 'staff',
} as const
export const staffClientEnrolmentUnits = {
  method: 'get',
  path: '/api/staff/clients/:code/enrolments/:id/units',
  access: 'staff',
} as const
export const staffClientEvents = {
  method: 'get',
  path: '/api/staff/clients/:code/events',
  access: 'staff',
} as const
export const staffClientInvoices = {
  method: 'get',
  path: '/api/staff/clients/:code/invoices',
  access: 'staff',
} as const
export const staffClientContracts = {
  method: 'get',
  path: '/api/staff/clients/:code/contracts',
  access: 'staff',
} as const
export const staffClientContractUnits = {
  method: 'get',
  path: '/api/staff/clients/:code/contracts/:id/units',
  access: 'staff',
} as const
export const staffClientAwards = {
  method: 'get',
  path: '/api/staff/clients/:code/awards',
  access: 'staff',
} as const
