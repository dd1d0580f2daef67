import { expect, test } from '../fixtures.ts'

test('an employee who is not a contact has no Employer menu and gets the 403 page at /employer', async ({
  page,
  loginAs,
}) => {
  await loginAs('employee')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'My learning' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Employer' })).toHaveCount(0)

  await page.goto('/employer')
  await expect(
    page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }),
  ).toBeVisible()
  await expect(page.getByText('Error 403')).toBeVisible()
  await expect(page).toHaveURL('/employer')
})

test('a learner who types an address that does not exist gets the 404 page', async ({
  page,
  loginAs,
}) => {
  await loginAs('learner')
  await page.goto('/no-such-page')
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible()
  await page.getByRole('link', { name: 'Go to My learning' }).click()
  await expect(page).toHaveURL('/')
})
