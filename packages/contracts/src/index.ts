/**
 * @module
 * `@vettrak-portal/contracts`: the zod schemas of the BFF's JSON API and its error codes. The BFF
 * validates with them and the SPA imports them; no response type is declared anywhere else.
 */
export * from './errors.ts'
export * from './primitives.ts'
export * from './session.ts'
export * from './password.ts'
export * from './learner.ts'
export * from './employer.ts'
export * from './staff.ts'
export * from './features.ts'
export * from './meta.ts'
export * from './verification.ts'
export * from './feeds.ts'
