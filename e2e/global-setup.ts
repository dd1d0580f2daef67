/**
 * Starts the simulators and BFFs (serving the built SPA) once for the run, on free ports, and
 * hands their URLs to the workers in `e2e/.run/stacks.json`.
 */
import { spawn } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { writeStacks, type Stacks } from './support/run-file.ts'

const root = fileURLToPath(new URL('..', import.meta.url))

export default async function globalSetup() {
  if (!existsSync(`${root}/web/dist/index.html`))
    throw new Error('Build the SPA first: pnpm --filter @vettrak-portal/web build')
  const child = spawn(`${root}/node_modules/.bin/tsx`, [`${root}/e2e/support/serve-stack.ts`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`the e2e stack exited early (${code})`)))
  })
  writeStacks(JSON.parse(line) as Stacks)
  return async () => {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
    rmSync(`${root}/e2e/.run`, { recursive: true, force: true })
  }
}
