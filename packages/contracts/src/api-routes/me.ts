/**
 * @module
 * The signed-in person's own records and calendar feeds.
 */

// The learner's own records
export const myProfile = { method: 'get', path: '/api/me', access: 'signed-in' } as const
export const myEnrolments = {
  method: 'get',
  path: '/api/me/enrolments',
  access: 'signed-in',
} as const
export const myEnrolmentUnits = {
  method: 'get',
  path: '/api/me/enrolments/:id/units',
  access: 'signed-in',
} as const
export const myEvents = { method: 'get', path: '/api/me/events', access: 'signed-in' } as const
export const myInvoices = { method: 'get', path: '/api/me/invoices', access: 'signed-in' } as const
export const myContracts = {
  method: 'get',
  path: '/api/me/contracts',
  access: 'signed-in',
} as const
export const myContractUnits = {
  method: 'get',
  path: '/api/me/contracts/:id/units',
  access: 'signed-in',
} as const
export const myAwards = { method: 'get', path: '/api/me/awards', access: 'signed-in' } as const
export const myPasswordPolicy = {
  method: 'get',
  path: '/api/me/password-policy',
  access: 'signed-in',
} as const
export const changeMyPassword = {
  method: 'put',
  path: '/api/me/password',
  access: 'signed-in',
} as const

// Calendar feeds (the feed itself is GET /calendar/<token>.ics: no session, the token decides)
export const myFeeds = { method: 'get', path: '/api/feeds', access: 'signed-in' } as const
export const createFeed = { method: 'post', path: '/api/feeds', access: 'signed-in' } as const
export const revokeFeed = { method: 'delete', path: '/api/feeds/:id', access: 'signed-in' } as const
export const myEventsCalendar = {
  method: 'get',
  path: '/api/feeds/events.ics',
  access: 'signed-in',
} as const
