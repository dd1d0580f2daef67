import { chooseEmployer, expect, test } from '../fixtures.ts'

// The fault is set on the isolated stack's simulator, so it breaks no journey running beside this.
test.describe('when VETtrak stops answering', { tag: '@isolated' }, () => {
  test('an employer contact sees the error banner with Try again, and the page recovers once VETtrak is back', async ({
    page,
    loginAs,
    sim,
  }) => {
    await loginAs('employer', { from: '/employer' })
    await chooseEmployer(page, 'Acme Training Services')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Acme Training Services' }),
    ).toBeVisible()

    await sim.failEveryCall('http-500')
    await page
      .getByRole('navigation', { name: 'Employer' })
      .getByRole('link', { name: 'Contacts' })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'We could not load this page' }),
    ).toBeVisible()
    const banner = page.getByRole('alert')
    await expect(banner).toContainText('VETtrak is not available right now')
    // The shell stays: the person can still go elsewhere.
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()

    await sim.clearFaults()
    await banner.getByRole('button', { name: 'Try again' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible()
    await expect(page.getByRole('alert')).toHaveCount(0)
  })
})
