/**
 * @module
 * `/api/staff…`: client search and a client's records, with the staff user's own token.
 */
import type { VettrakClient } from '@vettrak-portal/vettrak-client'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { requireSession, requireStaff } from '../middleware/require-session.ts'

/** The staff routes. */
export function staffRoutes(_vettrak: VettrakClient) {
  return new Hono<AppEnv>().use(requireSession, requireStaff)
}
