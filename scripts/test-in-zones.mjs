// VETtrak's date-times carry no zone; the whole suite runs once in UTC and once in an Australian
// zone so that nothing silently depends on the host's time zone. A third run moves the system clock
// a year ahead (libfaketime), so a fixture that will turn into the past fails now, not on the day.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'

const FAKETIME_LIBRARIES = [
  '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1',
  '/usr/lib/aarch64-linux-gnu/faketime/libfaketimeMT.so.1',
]

const extra = process.argv.slice(2)
const runs = [
  { label: 'TZ=UTC', env: { TZ: 'UTC' } },
  { label: 'TZ=Australia/Sydney', env: { TZ: 'Australia/Sydney' } },
]

const faketime = FAKETIME_LIBRARIES.find((path) => existsSync(path))
if (faketime) {
  runs.push({
    label: 'TZ=Australia/Sydney, the clock a year ahead (faketime +365d)',
    env: { TZ: 'Australia/Sydney', LD_PRELOAD: faketime, FAKETIME: '+365d' },
  })
} else if (process.env.CI) {
  console.error('libfaketime is missing: apt-get install -y faketime (.ci/run installs it)')
  process.exit(1)
} else {
  console.warn(
    '\n!!! libfaketime is not installed, so the run with the clock a year ahead is skipped.\n' +
      '!!! apt-get install -y faketime, then run npm test again (CI always runs it).\n',
  )
}

for (const { label, env } of runs) {
  console.log(`\n=== vitest with ${label} ===`)
  const run = spawnSync('vitest', ['run', ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    shell: process.platform === 'win32',
  })
  if (run.status !== 0) process.exit(run.status ?? 1)
}
