import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/*', 'bff', 'web'],
    reporters: ['default', './scripts/summary-reporter.ts'],
  },
})
