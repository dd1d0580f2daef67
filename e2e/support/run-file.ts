/**
 * The stacks' URLs, written by the global setup to `e2e/.run/stacks.json` and read by the workers'
 * fixtures (a file, so a worker never depends on how Playwright passes the environment on).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { StackUrls } from './stack.ts'

export type StackName = 'shared' | 'isolated' | 'sparse' | 'branded'
export type Stacks = Record<StackName, StackUrls>

const RUN_DIR = fileURLToPath(new URL('../.run', import.meta.url))
const RUN_FILE = `${RUN_DIR}/stacks.json`

/** Records where the stacks answer, for the workers. */
export function writeStacks(stacks: Stacks): void {
  mkdirSync(RUN_DIR, { recursive: true })
  writeFileSync(RUN_FILE, `${JSON.stringify(stacks, null, 2)}\n`)
}

/** Where the stacks of this run answer. */
export function readStacks(): Stacks {
  try {
    return JSON.parse(readFileSync(RUN_FILE, 'utf8')) as Stacks
  } catch {
    throw new Error(
      `No ${RUN_FILE}: run the journeys with Playwright (its global setup starts the stacks)`,
    )
  }
}
