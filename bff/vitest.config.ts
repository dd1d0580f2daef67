import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: '@vettrak-portal/bff',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
})
