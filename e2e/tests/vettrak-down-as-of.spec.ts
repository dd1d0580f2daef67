import { expect, test } from '../fixtures.ts'

// The fault is set on the isolated stack's simulator, so it breaks no journey running beside this.
test.describe('a page seen before VETtrak stopped answering', { tag: '@isolated' }, () => {
  test('shows what this session last saw "as of" its time, then refreshes itself when VETtrak is back', async ({
    page,
    loginAs,
    sim,
  }) => {
    // The page's clock is moved, not waited for: staleness, retries and the 15-second refresh.
    await page.clock.install()
    await loginAs('learner', { from: '/learning/certificates' })
    const row = page.getByRole('row').filter({ hasText: 'CSIQ0060001' })
    await expect(row).toBeVisible()
    const nav = page.getByRole('navigation', { name: 'Learning' })
    await nav.getByRole('link', { name: 'Enrolments' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Enrolments' })).toBeVisible()

    await sim.failEveryCall('http-500')
    await page.clock.fastForward('01:00')
    await nav.getByRole('link', { name: 'Certificates' }).click()
    const notice = page.getByRole('status').filter({ hasText: 'Shown as of' })
    await expect(async () => {
      await page.clock.fastForward('00:05')
      await expect(notice).toBeVisible({ timeout: 500 })
    }).toPass({ timeout: 20_000 })
    await expect(notice).toHaveText(
      /^Shown as of \d{1,2}:\d{2} (am|pm): VETtrak is not answering; this page refreshes when it is back\.$/,
    )
    await expect(row).toBeVisible()

    await sim.clearFaults()
    await expect(async () => {
      await page.clock.fastForward('00:16')
      await expect(notice).toHaveCount(0, { timeout: 1_000 })
    }).toPass({ timeout: 40_000 })
    await expect(row).toBeVisible()
  })
})
