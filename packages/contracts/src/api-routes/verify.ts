/**
 * @module
 * Anyone: check that a certificate was issued.
 */

export const verifyAward = { method: 'post', path: '/api/verify', access: 'public' } as const
