import { expect, test } from '../fixtures.ts'

test('a contact of a 5,000-trainee employer scrolls to the last trainee and finds one by client code', async ({
  page,
  loginAs,
}) => {
  await loginAs('bigEmployer', { from: '/employer/trainees' })
  await expect(page).toHaveURL('/employer/trainees')
  const table = page.getByRole('table', { name: /Trainees/ })
  const shown = page.getByRole('status').filter({ hasText: /^Showing/ })
  await expect(shown).toHaveText('Showing 5,000 of 5,000 trainees')
  await expect(table).toHaveAttribute('aria-rowcount', '5001')

  // Only the rows in view are in the page; the last one arrives when scrolled to.
  const lastRow = table.locator('tr[aria-rowindex="5001"]')
  await expect(lastRow).toHaveCount(0)
  // Scroll the page so the whole table box is in view, as a person would before using it. (The
  // table moves focus with preventScroll, so it never scrolls the page itself.)
  await page.getByRole('heading', { level: 1, name: 'Trainees' }).hover()
  await page.mouse.wheel(0, 2000)
  await expect(page.getByRole('contentinfo')).toBeInViewport()
  await table.getByRole('row').nth(1).focus()
  await page.keyboard.press('End')
  await expect(lastRow).toBeFocused()
  await expect(lastRow).toBeInViewport()
  expect(await table.getByRole('row').count()).toBeLessThan(100)

  await page.keyboard.press('Home')
  await expect(table.locator('tr[aria-rowindex="2"]')).toBeFocused()

  await page.getByLabel(/^Search by name/).fill('VT20004321')
  await expect(shown).toHaveText('Showing 1 of 5,000 trainees')
  await expect(table.getByRole('row')).toHaveCount(2)
  await expect(table.getByRole('row').nth(1)).toContainText('VT20004321')
})
