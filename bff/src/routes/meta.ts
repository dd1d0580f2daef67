/**
 * @module
 * `/api/meta`: public facts the sign-in page needs before anyone signs in. In demo mode (the BFF
 * runs against the simulator) it lists the simulator's demo accounts so visitors can try each role.
 * It lists which features this RTO's VETtrak offers, so the SPA hides the others.
 */
import type { Brand, Features, Meta } from '@vettrak-portal/contracts'
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'

/** The simulator's demo accounts (its seed); never shown unless the BFF is in demo mode. */
const DEMO_ACCOUNTS: Meta['demoAccounts'] = [
  { username: 'demo.learner', password: 'Learner!2026', who: 'A learner' },
  {
    username: 'demo.employer',
    password: 'Employer!2026',
    who: 'Contact for two employers; also a learner',
  },
  { username: 'demo.employee', password: 'Employee!2026', who: 'An employee, not a contact' },
  { username: 'demo.staff', password: 'Staff!2026', who: 'RTO staff; also a learner' },
  {
    username: 'demo.bigemployer',
    password: 'BigEmployer!2026',
    who: 'Contact for a hospital network with 5,000 trainees',
  },
]

/** The meta route. */
export function metaRoutes(options: {
  demo: boolean
  features: () => Features
  /** Whether calendar feeds can be kept (a shared store or `DATA_DIR`). */
  calendarFeeds?: boolean
  /** The RTO's brand. */
  brand?: Brand
}) {
  const demoAccounts = options.demo ? DEMO_ACCOUNTS : []
  return new Hono<AppEnv>().get('/', (c) => {
    const meta: Meta = {
      demo: options.demo,
      demoAccounts,
      features: options.features(),
      calendarFeeds: options.calendarFeeds ?? false,
      ...(options.brand && { brand: options.brand }),
    }
    return c.json(meta)
  })
}
