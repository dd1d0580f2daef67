// Lets `npm start` / `npm test` work on a fresh clone with only Node and npm: installs the
// workspace with the pinned pnpm when node_modules is missing or older than the lockfile.
import { execSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'

const marker = 'node_modules/.modules.yaml'
const stale = !existsSync(marker) || statSync('pnpm-lock.yaml').mtimeMs > statSync(marker).mtimeMs
if (stale) {
  const { packageManager } = JSON.parse(readFileSync('package.json', 'utf8'))
  console.log(`Installing dependencies with ${packageManager}…`)
  execSync(`npx -y ${packageManager} install --frozen-lockfile`, { stdio: 'inherit' })
}
