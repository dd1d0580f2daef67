import { accounts, expect, signIn, test } from '../fixtures.ts'

// Expiring tokens ends every session on the simulator: only on the isolated stack.
test.describe('when the VETtrak session ends', { tag: '@isolated' }, () => {
  test('a learner whose session expired is asked to sign in again and lands back on the same page', async ({
    page,
    loginAs,
    sim,
  }) => {
    await loginAs('employee', { from: '/learning/enrolments' })
    await expect(page.getByRole('heading', { level: 1, name: 'Enrolments' })).toBeVisible()

    await sim.expireTokens()
    await page
      .getByRole('navigation', { name: 'My learning' })
      .getByRole('link', { name: 'Invoices' })
      .click()

    // Back to the page they were on (the SPA keeps the current page while the next one loads).
    await expect(page).toHaveURL('/login?reason=expired&redirectTo=%2Flearning%2Fenrolments')
    await expect(page.getByRole('status')).toHaveText('Your session expired, please sign in again.')
    await signIn(page, accounts.employee.username, accounts.employee.password)
    await expect(page).toHaveURL('/learning/enrolments')
    await expect(page.getByRole('heading', { level: 1, name: 'Enrolments' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Certificate IV in Business' })).toBeVisible()
  })
})
