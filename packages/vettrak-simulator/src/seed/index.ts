/**
 * @module
 * The simulator's seeded store: the demo people (`DEMO`, `DEMO_ACCOUNTS`), Southern Health
 * Network and a seeded bulk of other learners and employers. The same options always give the
 * same store.
 */
import type { SimStore } from '../data/store.ts'
import { createEmptyStore } from './builders.ts'
import { seedBulk } from './bulk.ts'
import { seedDemo } from './demo.ts'
import { seedDivisions } from './divisions.ts'
import { createIdSequence, ID_RANGES } from './ids.ts'
import { isLocalDate } from './local-date.ts'
import { seedLocations } from './locations.ts'
import { createRandom } from './random.ts'
import { seedSouthernHealth } from './southern-health.ts'

export { DEMO, DEMO_ACCOUNTS, demoAccount } from './demo.ts'
export { BULK_LEARNER_PASSWORD, BULK_STAFF_PASSWORD } from './bulk.ts'

export interface SeedOptions {
  seed: number
  /** Bulk learners besides the demo people (default 300). */
  clients?: number
  /** Bulk employers besides the demo employers (default 30). */
  employers?: number
  /** "Today" for the seeded data, `YYYY-MM-DD`. */
  referenceDate: string
  /** The VETtrak "use email as username" setting (default true). */
  emailAsUsername?: boolean
}

export const DEFAULT_BULK_CLIENTS = 300
export const DEFAULT_BULK_EMPLOYERS = 30

const count = (name: string, value: number | undefined, fallback: number) => {
  const result = value ?? fallback
  if (!Number.isInteger(result) || result < 0) {
    throw new RangeError(`createSeededStore: ${name} must be a whole number ≥ 0, got ${value}`)
  }
  return result
}

/** Builds the seeded store: demo people, Southern Health Network, then the bulk. */
export function createSeededStore(options: SeedOptions): SimStore {
  const { referenceDate } = options
  if (!isLocalDate(referenceDate)) {
    throw new RangeError(
      `createSeededStore: referenceDate must be YYYY-MM-DD, got '${referenceDate}'`,
    )
  }
  if (!Number.isFinite(options.seed))
    throw new RangeError('createSeededStore: seed must be a number')
  const clients = count('clients', options.clients, DEFAULT_BULK_CLIENTS)
  const employers = count('employers', options.employers, DEFAULT_BULK_EMPLOYERS)

  const store = createEmptyStore({ emailAsUsername: options.emailAsUsername ?? true })
  seedDivisions(store)
  seedLocations(store)
  seedDemo({ store, referenceDate, nextId: createIdSequence(ID_RANGES.demo) })
  seedSouthernHealth({ store, referenceDate, nextId: createIdSequence(ID_RANGES.southernHealth) })
  seedBulk(
    { store, referenceDate, nextId: createIdSequence(ID_RANGES.bulk) },
    createRandom(options.seed).fork('bulk'),
    { clients, employers },
  )
  return store
}
