import { accounts, expect, signIn, test } from '../fixtures.ts'

test.describe('signing in and out', () => {
  test('a learner signs in with their username and sees their own name', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner')
    await expect(page).toHaveURL('/')
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible()
    await expect(page.getByText('Welcome, Charlotte')).toBeVisible()
  })

  test('a learner signs in with their email address', async ({ page, loginAs }) => {
    await loginAs('learner', { via: 'email' })
    await expect(page.getByText('Welcome, Charlotte')).toBeVisible()
  })

  test('a wrong password keeps the learner on sign-in with a message', async ({ page }) => {
    await page.goto('/login')
    await signIn(page, accounts.learner.username, 'Not-the-password1!')
    await expect(page.getByRole('alert')).toContainText('That username or password is not right')
    await expect(page).toHaveURL('/login')
  })

  test('a visitor who is not signed in is sent to sign-in and back to the page they asked for', async ({
    page,
  }) => {
    await page.goto('/account')
    await expect(page).toHaveURL('/login?redirectTo=%2Faccount')
    await signIn(page, accounts.learner.username, accounts.learner.password)
    await expect(page).toHaveURL('/account')
    await expect(page.getByRole('heading', { level: 1, name: 'Account' })).toBeVisible()
  })

  test('after signing out, the back button shows sign-in and none of the learner’s records', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner', { from: '/learning/invoices' })
    const invoices = page.getByRole('heading', { level: 2, name: /^Invoice / })
    await expect(invoices.first()).toBeVisible()

    await page.getByRole('button', { name: /Charlotte Nguyen/ }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL('/login?reason=signed-out')
    await expect(page.getByRole('status')).toHaveText('You have signed out.')

    await page.goBack()
    await expect(page).toHaveURL('/login?redirectTo=%2Flearning%2Finvoices')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(invoices).toHaveCount(0)
    await expect(page.getByText('Charlotte')).toHaveCount(0)
  })
})
