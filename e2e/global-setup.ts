/**
 * Starts the simulator and the BFF (serving the built SPA) once for the run, on free ports, and
 * hands their URLs to the tests through the environment.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

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
  const { baseUrl, simUrl } = JSON.parse(line) as { baseUrl: string; simUrl: string }
  process.env.E2E_BASE_URL = baseUrl
  process.env.E2E_SIM_URL = simUrl
  return async () => {
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  }
}
