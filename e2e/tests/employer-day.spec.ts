import type { Page } from '@playwright/test'
import { chooseEmployer, expect, test } from '../fixtures.ts'

// The employer contact's day, at desktop width and again at a phone's (`@phone`).

/** The link to My learning on the employer overview: one click at any width. */
async function reachMyLearningFromOverview(page: Page) {
  await page.getByRole('main').getByRole('link', { name: 'My learning' }).click()
  await expect(page).toHaveURL('/learning')
  await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible()
}

type Journey = (fixtures: {
  page: Page
  loginAs: (role: 'employer' | 'bigEmployer', options?: { from?: string }) => Promise<void>
}) => Promise<void>

const journeys: Record<string, Journey> = {
  async 'a contact starts at the employer overview and reaches their own learning in one click'({
    page,
    loginAs,
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

  async 'a filtered, searched and sorted trainee list survives opening a trainee, Back and reload'({
    page,
    loginAs,
  }) {
    await loginAs('bigEmployer', { from: '/employer/trainees' })
    const shown = page.getByRole('status').filter({ hasText: /^Showing/ })
    await expect(shown).toHaveText('Showing 5,000 of 5,000 trainees')
    await page.getByLabel('Filter by status').selectOption('Active')
    await page.getByLabel(/^Search by name/).fill('smith')
    await page
      .getByRole('columnheader', { name: /Client code/ })
      .getByRole('button')
      .click()
    await expect(page).toHaveURL('/employer/trainees?q=smith&sort=code&status=Active')
    const narrowed = (await shown.textContent()) ?? ''
    expect(narrowed).toMatch(/^Showing [1-9][\d,]* of 5,000 trainees$/)

    const expectSameList = async () => {
      await expect(shown).toHaveText(narrowed)
      await expect(page.getByLabel(/^Search by name/)).toHaveValue('smith')
      await expect(page.getByLabel('Filter by status')).toHaveValue('Active')
      await expect(page.getByRole('columnheader', { name: /Client code/ })).toHaveAttribute(
        'aria-sort',
        'ascending',
      )
    }
    await page
      .getByRole('table', { name: /Trainees/ })
      .getByRole('link')
      .first()
      .click()
    await expect(page).toHaveURL(/\/employer\/trainees\/\d+/)
    await page.goBack()
    await expectSameList()
    await page.reload()
    await expectSameList()
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
