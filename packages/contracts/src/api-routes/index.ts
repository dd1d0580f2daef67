/**
 * @module
 * Every JSON route of the BFF by name: its method, its path and who may call it. The schemas of
 * its parameters, query, body and answer are `api-route-schemas.ts`'s entry of the same name.
 *
 * No zod here, so the SPA's first page can build URLs from these without loading the schemas.
 * Each route is its own export and each area its own module: a bundle keeps the routes it uses,
 * and the first page's chunk only the session's.
 */
export type { Access, ApiRoute } from './types.ts'
export * from './session.ts'
export * from './verify.ts'
export * from './me.ts'
export * from './employer.ts'
export * from './staff.ts'
