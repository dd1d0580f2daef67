/**
 * Debian's Chromium, as the browser journeys (`e2e/`) and the journey benchmark (`bench/`) launch
 * it: Playwright cannot download its own browsers here.
 */
export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium'

/** Headless, and quiet: no sandbox (containers), no GPU, no background traffic to Google. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

/** Playwright's `launchOptions` for that browser (a fresh copy of the arguments each time). */
export const chromiumLaunchOptions = () => ({
  executablePath: CHROMIUM_EXECUTABLE,
  args: [...CHROMIUM_ARGS],
})
