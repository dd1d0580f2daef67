/**
 * @module
 * `/api/employer…`: the employer views, called with the service account after the user's right to
 * the employer has been checked.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { requireSession } from '../middleware/require-session.ts'

/** The employer routes. */
export function employerRoutes(_vettrak: VettrakClient) {
  return new Hono<AppEnv>().use(requireSession)
}
