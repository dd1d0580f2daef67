import { defineConfig } from 'vitest/config'

/**
 * The hostile load and soak tests (`test/hostile/*.load.test.ts`): real seconds of traffic, so they
 * run once (`pnpm test:load`), not under every time zone; one file at a time, with `global.gc`.
 */
export default defineConfig({
  test: {
    name: '@vettrak-portal/bff load',
    root: import.meta.dirname,
    include: ['test/hostile/*.load.test.ts'],
    fileParallelism: false,
    execArgv: ['--expose-gc'],
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
})
