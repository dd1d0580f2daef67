/**
 * @module
 * Starts a simulator on a free loopback port over the small hand-built store.
 */
import { runSimulator, type RunOptions, type RunningSimulator } from '../../src/simulator.ts'
import { createSmallStore } from './small-store.ts'

export const REFERENCE_DATE = '2026-03-15'

/** A running simulator over a fresh small store. */
export function startSmall(options: Partial<RunOptions> = {}): Promise<RunningSimulator> {
  return runSimulator(createSmallStore(), { port: 0, referenceDate: REFERENCE_DATE, ...options })
}
