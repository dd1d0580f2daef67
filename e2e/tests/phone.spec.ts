import { expect, test } from '../fixtures.ts'

test.describe('on a phone', { tag: '@phone' }, () => {
  test('a learner opens the menu and reaches their account, and the menu closes behind them', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner')
    const menu = page.getByRole('button', { name: 'Menu' })
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden()

    await menu.click()
    await expect(menu).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await page.getByRole('button', { name: /Charlotte Nguyen/ }).click()
    await page.getByRole('link', { name: 'Account' }).click()

    await expect(page).toHaveURL('/account')
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible()
    await expect(menu).toHaveAttribute('aria-expanded', 'false')
  })
})
