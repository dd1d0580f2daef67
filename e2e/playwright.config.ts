import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from '@vettrak-portal/test-support/chromium'
import type { StackName } from './support/run-file.ts'

const desktop = {
  ...devices['Desktop Chrome'],
  channel: undefined,
  viewport: { width: 1280, height: 800 },
}

export default defineConfig<{ stackName: StackName }>({
  testDir: './tests',
  globalSetup: './global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // `list` ends with Playwright's summary ("N passed"); the HTML report keeps traces for CI.
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium: Playwright cannot download its own browsers here.
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'desktop', use: desktop, grepInvert: /@isolated|@phone|@sparse|@branded/ },
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], channel: undefined },
      grep: /@phone/,
      grepInvert: /@isolated|@sparse|@branded/,
    },
    {
      // Journeys that change what every session sees (VETtrak failing, tokens expired, a password):
      // their own simulator and BFF, one at a time, beside the others.
      name: 'isolated',
      use: { ...desktop, stackName: 'isolated' },
      grep: /@isolated/,
      grepInvert: /@sparse/,
      workers: 1,
      fullyParallel: false,
    },
    {
      // The portal with an RTO's own brand (scripts/sample-brand).
      name: 'branded',
      use: { ...desktop, stackName: 'branded' },
      grep: /@branded/,
    },
    {
      // Every role against a VETtrak that serves only what is published (sparse answers).
      name: 'sparse',
      use: { ...desktop, stackName: 'sparse' },
      grep: /@sparse/,
    },
    {
      // The deployment of docs/deploy.md: Caddy (deploy/Caddyfile) over HTTPS in front of two BFFs
      // started from the production bundle (`pnpm run build`), sharing Redis.
      name: 'balanced',
      testDir: './balanced',
      use: { ...desktop, ignoreHTTPSErrors: true },
      workers: 1,
    },
  ],
})
