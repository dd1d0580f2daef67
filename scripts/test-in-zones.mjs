// VETtrak's date-times carry no zone; the whole suite runs once in UTC and once in an Australian
// zone so that nothing silently depends on the host's time zone.
import { spawnSync } from 'node:child_process'

const zones = ['UTC', 'Australia/Sydney']
const extra = process.argv.slice(2)
for (const TZ of zones) {
  console.log(`\n=== vitest with TZ=${TZ} ===`)
  const run = spawnSync('vitest', ['run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, TZ },
    shell: process.platform === 'win32',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
