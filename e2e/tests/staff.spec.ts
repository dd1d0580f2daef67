import { expect, test } from '../fixtures.ts'

test.describe('a staff member', () => {
  test('finds a learner as they type, opens their record and sees their enrolments', async ({
    page,
    loginAs,
  }) => {
    await loginAs('staff', { from: '/staff' })
    const search = page.getByRole('combobox', { name: 'Find a client' })
    const status = page.getByRole('status').filter({ hasText: /client|characters|Searching/ })

    // Results come as they type: no button to press.
    await search.pressSequentially('n')
    await expect(status).toHaveText('Type at least 2 characters to search.')
    await search.pressSequentially('guyen')
    await expect(status).toHaveText(/^\d+ clients? found\.$|^More than \d+ clients match/)
    await expect(page).toHaveURL('/staff?q=nguyen')
    const results = page.getByRole('listbox', { name: 'Clients found' })
    const charlotte = results.getByRole('option', { name: /Nguyen, Charlotte.*VT00000001/ })
    await expect(charlotte).toBeVisible()
    await expect(search).toHaveAttribute('aria-expanded', 'true')

    // The keyboard stays in the box; the arrow keys move through the results.
    await search.press('ArrowDown')
    await expect(results.getByRole('option').first()).toHaveAttribute('aria-selected', 'true')
    await charlotte.click()

    await expect(page).toHaveURL('/staff/clients/VT00000001')
    await expect(page.getByRole('heading', { level: 1, name: 'Charlotte Nguyen' })).toBeVisible()
    const enrolments = page.getByRole('region', { name: 'Enrolments' })
    await expect(enrolments.getByText('Certificate III in Individual Support')).toBeVisible()
    await expect(enrolments.getByText('Certificate III in Business')).toBeVisible()

    // Back returns to the same results.
    await page.goBack()
    await expect(page).toHaveURL('/staff?q=nguyen')
    await expect(search).toHaveValue('nguyen')
    await expect(charlotte).toBeVisible()
  })
})

test('a learner who is not staff gets the 403 page at /staff', async ({ page, loginAs }) => {
  await loginAs('learner', { from: '/staff' })
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
  ).toBeVisible()
})
