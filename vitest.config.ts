import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: ['packages/*', 'bff', 'web'].flatMap((glob) => [glob]),
  },
})
