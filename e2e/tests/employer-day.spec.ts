import type { Page } from '@playwright/test'
import { chooseEmployer, expect, test } from '../fixtures.ts'

// The employer contact's day, at desktop width and again at a phone's (`@phone`).

/** The link to My learning on the employer overview: one click at any width. */
async function reachMyLearningFromOverview(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'My learning' }).click()
  await expect(page).toHaveURL('/learning')
  await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible()
}

const journeys = {
  async 'a contact starts at the employer overview and reaches their own learning in one click'({
    page,
    loginAs,
  }: {
    page: Page
    loginAs: (role: 'employer' | 'bigEmployer') => Promise<void>
  }) {
    await loginAs('bigEmployer')
    await expect(page).toHaveURL('/employer')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Southern Health Network' }),
    ).toBeVisible()
    await reachMyLearningFromOverview(page)

    // The contact of two employers chooses one and lands on its overview too.
    await page.context().clearCookies()
    await loginAs('employer')
    await chooseEmployer(page, 'Acme Training Services')
    await expect(page).toHaveURL('/employer')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Acme Training Services' }),
    ).toBeVisible()
    await reachMyLearningFromOverview(page)
    await expect(page.getByRole('navigation', { name: 'My learning' })).toBeVisible()
  },
}

for (const [tag, describe] of [
  ['', 'an employer contact'],
  ['@phone', 'an employer contact on a phone'],
] as const) {
  test.describe(describe, tag ? { tag } : {}, () => {
    for (const [name, journey] of Object.entries(journeys))
      test(name, ({ page, loginAs }) => journey({ page, loginAs }))
  })
}
