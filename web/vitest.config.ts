import { defineProject } from 'vitest/config'

export default defineProject({
  test: {
    name: '@vettrak-portal/web',
    environment: './src/testing/jsdom-environment.ts',
    setupFiles: ['./src/testing/setup-tests.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
  },
})
