import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: '@vettrak-portal/bff',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // Load and soak tests take real seconds: they run once, through vitest.load.config.ts.
    exclude: ['**/node_modules/**', 'test/**/*.load.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
