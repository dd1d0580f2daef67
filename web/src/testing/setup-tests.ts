import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// The first render of a test file loads its lazy route modules; on a busy 2-core CI machine that
// can take longer than Testing Library's 1 s default for findBy/waitFor. A ceiling, not a timing.
configure({ asyncUtilTimeout: 5_000 })

// An unexpected console.error (a React warning, a failed prop type, an act() warning) is a bug.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  vi.unstubAllGlobals()
  if (typeof localStorage !== 'undefined') localStorage.clear()
})
