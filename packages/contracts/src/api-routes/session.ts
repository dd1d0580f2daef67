/**
 * @module
 * The routes the first page needs: demo mode and brand, and the session.
 */

export const meta = { method: 'get', path: '/api/meta', access: 'public' } as const

// Session
export const signIn = { method: 'post', path: '/api/session', access: 'public' } as const
export const currentSession = { method: 'get', path: '/api/session', access: 'signed-in' } as const
export const chooseEmployer = {
  method: 'put',
  path: '/api/session/employer',
  access: 'signed-in',
} as const
export const signOut = { method: 'delete', path: '/api/session', access: 'public' } as const
