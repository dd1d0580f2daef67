/**
 * @module
 * `@vettrak-portal/contracts`: the zod schemas of the BFF's JSON API and its error codes. The BFF
 * validates with them and the SPA imports them; no response type is declared anywhere else. Every
 * route is declared once: `@vettrak-portal/contracts/api-routes` (method, path, access: no zod, so
 * the SPA's first page may import it) and `api-route-schemas.ts` under the same name.
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
export type { Access, ApiRoute } from './api-routes/index.ts'
export * from './api-route-schemas.ts'
