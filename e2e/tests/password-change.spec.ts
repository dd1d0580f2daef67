import type { Page } from '@playwright/test'
import { accounts, expect, signIn, test } from '../fixtures.ts'

// The password is shared state: this runs on the isolated stack, alone, and puts it back.
test.describe('changing a password', { tag: '@isolated' }, () => {
  const { username, password } = accounts.learner
  const newPassword = 'Kookaburra#2027'

  test('a learner whose new password breaks the rules is refused, then changes it and signs in with it', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner', { from: '/account' })
    const form = page.getByRole('form', { name: 'Change your password' })
    const submit = form.getByRole('button', { name: 'Change password' })

    // The live checklist says what is missing, and the button waits for every rule.
    await form.getByLabel('Current password').fill(password)
    await form.getByLabel('New password', { exact: true }).fill('short')
    await expect(form.getByRole('status').filter({ hasText: 'password rules met' })).toHaveText(
      /^\d of \d password rules met\.$/,
    )
    await expect(form.getByRole('listitem').filter({ hasText: '(not yet)' }).first()).toBeVisible()
    await form.getByLabel('Confirm new password').fill('short')
    await expect(submit).toBeDisabled()

    // VETtrak's policy also refuses the current password as the new one.
    await fillNewPassword(page, password, password)
    await submit.click()
    await expect(form.getByText('Choose a password different from your current one.')).toBeVisible()
    await expect(form.getByLabel('New password', { exact: true })).toHaveAttribute(
      'aria-invalid',
      'true',
    )

    await fillNewPassword(page, password, newPassword)
    await expect(form.getByRole('status').filter({ hasText: 'rules' })).toHaveText(
      'All password rules are met.',
    )
    await submit.click()
    await expect(form.getByRole('status').filter({ hasText: 'has been changed' })).toBeVisible()

    // The new password signs in; the old one no longer does.
    await page.getByRole('button', { name: /Charlotte Nguyen/ }).click()
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect(page).toHaveURL('/login?reason=signed-out')
    await signIn(page, username, password)
    await expect(page.getByRole('alert')).toContainText('That username or password is not right')
    await signIn(page, username, newPassword)
    await expect(page).toHaveURL('/')

    // Put it back for whoever signs in as the learner on this stack next.
    await page.goto('/account')
    await fillNewPassword(page, newPassword, password)
    await submit.click()
    await expect(form.getByRole('status').filter({ hasText: 'has been changed' })).toBeVisible()
  })
})

async function fillNewPassword(page: Page, current: string, next: string) {
  const form = page.getByRole('form', { name: 'Change your password' })
  await form.getByLabel('Current password').fill(current)
  await form.getByLabel('New password', { exact: true }).fill(next)
  await form.getByLabel('Confirm new password').fill(next)
}
