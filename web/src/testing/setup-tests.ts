import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'
import { testNowInstant } from './clock.ts'

// The first render of a test file loads its lazy route modules; on a busy 2-core CI machine that
// can take longer than Testing Library's 1 s default for findBy/waitFor. A ceiling, not a timing.
configure({ asyncUtilTimeout: 5_000 })

// "Now" is pinned to the tests' today (the clock still runs from there, so waits and timers work):
// no test decides on the real date. A test that fakes more timers installs its own clock.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'], now: testNowInstant(), shouldAdvanceTime: true })
})

// An unexpected console.error (a React warning, a failed prop type, an act() warning) is a bug.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  vi.useRealTimers()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  if (typeof localStorage !== 'undefined') localStorage.clear()
})
