import { expect, expectNoSeriousA11yViolations, test } from '../fixtures.ts'

test.describe('checking a certificate', () => {
  test('a learner opens the check of a real demo parchment from their certificates page', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner', { from: '/learning/certificates' })
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible()
    const row = page.getByRole('row').filter({ hasText: 'CSIQ0060001' })
    await row.getByText('QR code').click()
    await expect(
      row.getByRole('img', { name: /QR code opening the certificate check/ }),
    ).toBeVisible()
    await row.getByRole('link', { name: /Check link/ }).click()

    await expect(page).toHaveURL('/verify?givenName=Charlotte&surname=Nguyen&number=CSIQ0060001')
    await expect(page.getByRole('textbox', { name: 'Certificate number' })).toHaveValue(
      'CSIQ0060001',
    )
    await page.getByRole('button', { name: 'Check certificate' }).click()
    await expect(page.getByRole('heading', { name: 'This qualification was issued' })).toBeVisible()
    await expect(page.getByText('Certificate III in Business')).toBeVisible()
    await expect(page.getByText('BSB30120')).toBeVisible()
    await expectNoSeriousA11yViolations(page)
  })

  test('someone not signed in is told a wrong parchment has no match', async ({ page }) => {
    await page.goto('/verify?givenName=Charlotte&surname=Nguyen')
    await expect(page.getByRole('heading', { level: 1, name: 'Check a certificate' })).toBeVisible()
    await page.getByRole('textbox', { name: 'Certificate number' }).fill('CSIQ0069999')
    await page.getByRole('button', { name: 'Check certificate' }).click()
    await expect(page.getByRole('heading', { name: 'No match' })).toBeVisible()
    await expect(page.getByText('This qualification was issued')).toHaveCount(0)
    await expectNoSeriousA11yViolations(page)
  })
})
