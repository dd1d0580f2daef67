import type { Locator, Page } from '@playwright/test'
import { expect, test, type Role } from '../fixtures.ts'

// Every fact of a row shows without scrolling sideways: at a phone's width rows are cards (`@phone`),
// at a desktop's the table fits.

/** Neither the page nor the table's own box scrolls sideways. */
async function expectNoSidewaysScroll(page: Page, table: Locator) {
  const widths = await table.evaluate((element) => {
    const box = element.parentElement ?? element
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      box: box.scrollWidth - box.clientWidth,
    }
  })
  expect(widths).toEqual({ page: 0, box: 0 })
}

/** Wholly on screen once scrolled to (vertically): not cut, not off to the side. */
async function expectWhollyVisible(locator: Locator) {
  await locator.scrollIntoViewIfNeeded()
  await expect(locator).toBeInViewport({ ratio: 1 })
}

type Journey = (fixtures: {
  page: Page
  loginAs: (role: Role, options?: { from?: string }) => Promise<void>
}) => Promise<void>

const journeys: Record<string, Journey> = {
  async 'a learner reads every unit’s outcome, dates and score'({ page, loginAs }) {
    await loginAs('learner', { from: '/learning/enrolments/10001' })
    const units = page.getByRole('table', {
      name: 'Units of Certificate III in Individual Support',
    })
    await expect(units).toBeVisible()
    await expectNoSidewaysScroll(page, units)
    await expectWhollyVisible(units.getByText('Not yet competent', { exact: true }).first())
    for (const cell of await units.locator('tbody tr').last().getByRole('cell').all())
      await expectWhollyVisible(cell)
  },

  async 'a learner sees each certificate’s expiry, and which have expired'({ page, loginAs }) {
    await loginAs('learner', { from: '/learning/certificates' })
    const certificates = page.getByRole('table', { name: 'Your certificates' })
    await expect(certificates).toContainText('Certificate III in Business')
    await expectNoSidewaysScroll(page, certificates)
    for (const row of await certificates.locator('tbody tr').all())
      await expectWhollyVisible(row.getByRole('cell').last())
    await expectWhollyVisible(certificates.getByText('Expired', { exact: true }).first())
  },

  async 'a contact reads every fact of a trainee without scrolling sideways'({ page, loginAs }) {
    await loginAs('employer', { from: '/employer/trainees' })
    await page.getByRole('radio', { name: /Acme Training Services/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    const table = page.getByRole('table', { name: /Trainees/ })
    await expect(table.getByRole('link', { name: 'Minh Pham' })).toBeVisible()
    await expectNoSidewaysScroll(page, table)
    const row = table.getByRole('row').filter({ hasText: 'Minh Pham' })
    for (const cell of await row.getByRole('cell').all()) await expectWhollyVisible(cell)
  },
}

for (const [tag, describe] of [
  ['', 'at a desktop’s width'],
  ['@phone', 'on a phone'],
] as const) {
  test.describe(describe, tag ? { tag } : {}, () => {
    for (const [name, journey] of Object.entries(journeys))
      test(name, ({ page, loginAs }) => journey({ page, loginAs }))
  })
}
