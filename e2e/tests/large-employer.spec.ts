import type { Page } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

async function openTrainees(
  page: Page,
  loginAs: (role: 'bigEmployer', o: { from: string }) => Promise<void>,
) {
  await loginAs('bigEmployer', { from: '/employer/trainees' })
  await expect(page).toHaveURL('/employer/trainees')
  const table = page.getByRole('table', { name: /Trainees/ })
  await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
    'Showing 5,000 of 5,000 trainees',
  )
  await expect(table).toHaveAttribute('aria-rowcount', '5001')
  // Scroll the page so the whole table box is in view, as a person would before using it.
  await page.getByRole('heading', { level: 1, name: 'Trainees' }).hover()
  await page.mouse.wheel(0, 2000)
  await expect(page.getByRole('contentinfo')).toBeInViewport()
  return table
}

test.describe('a contact of a 5,000-trainee employer', () => {
  test('scrolls the trainee table to its last row and finds one trainee by client code', async ({
    page,
    loginAs,
  }) => {
    const table = await openTrainees(page, loginAs)
    // Only the rows in view are in the page; the last one arrives when scrolled to.
    const lastRow = table.locator('tr[aria-rowindex="5001"]')
    await expect(lastRow).toHaveCount(0)
    expect(await table.getByRole('row').count()).toBeLessThan(100)

    // Rows are measured as they appear, so the end moves as it comes into view: keep scrolling,
    // as a person with a mouse wheel does, until the last row shows.
    await table.getByRole('row').nth(1).hover()
    await expect(async () => {
      await page.mouse.wheel(0, 400_000)
      await expect(lastRow).toBeInViewport({ timeout: 1_000 })
    }).toPass()
    expect(await table.getByRole('row').count()).toBeLessThan(100)

    await page.getByLabel(/^Search by name/).fill('VT20004321')
    await expect(page.getByRole('status').filter({ hasText: /^Showing/ })).toHaveText(
      'Showing 1 of 5,000 trainees',
    )
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table.getByRole('row').nth(1)).toContainText('VT20004321')
  })

  test('a keyboard user presses End in the trainee table and sees the last trainee', async ({
    page,
    loginAs,
  }) => {
    const table = await openTrainees(page, loginAs)
    await table.getByRole('row').nth(1).focus()
    await page.keyboard.press('End')
    const lastRow = table.locator('tr[aria-rowindex="5001"]')
    await expect(lastRow).toBeFocused()
    await expect(lastRow).toBeInViewport()
    await page.keyboard.press('Home')
    await expect(table.locator('tr[aria-rowindex="2"]')).toBeFocused()
  })
})
