import { chooseEmployer, expect, expectNoSeriousA11yViolations, test } from '../fixtures.ts'

test.describe('an employer contact’s overview', () => {
  test('lists the trainees to look at with why, and opens one', async ({ page, loginAs }) => {
    await loginAs('employer', { from: '/employer' })
    await chooseEmployer(page, 'Acme Training Services')
    await expect(page).toHaveURL('/employer')

    const list = page.locator('section', {
      has: page.getByRole('heading', { name: 'Trainees to look at' }),
    })
    await expect(list.getByRole('link', { name: 'Aisha Rahman' })).toBeVisible()
    await expect(
      list.getByText(/^Withdrew from the traineeship on .* \(12 days ago\)\.$/),
    ).toBeVisible()
    await expect(
      list.getByText(/^Contract ends on .* with \d+ units not yet achieved\.$/),
    ).toBeVisible()
    await expect(list.getByText(/^No unit result in the last 90 days/)).toBeVisible()
    await expectNoSeriousA11yViolations(page, [
      {
        rule: 'label-content-name-mismatch',
        within: '[role="tree"]',
        why: 'the Sites tree items (not this section) name themselves with their counts; the employer pages own it',
      },
    ])

    await list.getByRole('link', { name: 'Lachlan Kelly' }).click()
    await expect(page).toHaveURL(/\/employer\/trainees\/\d+$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Lachlan Kelly' })).toBeVisible()
  })
})
