/**
 * @module
 * The domain schemas and types of the VETtrak client.
 */
export * from './common.ts'
export * from './auth.ts'
export * from './learner.ts'
export * from './employer.ts'
export * from './staff.ts'
