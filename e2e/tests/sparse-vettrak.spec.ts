/**
 * Every role against a VETtrak that serves only what is published (the simulator's `published`
 * profile, on the `sparse` stack): members this project defined are absent, a third of optional
 * strings are never filled, some dates are nil, and unknown members come with every record. Each
 * person signs in and visits every page of their area; each page shows its heading, finishes
 * loading and shows no error (a console error fails the test through the fixtures).
 */
import type { Page } from '@playwright/test'
import { expect, test, type Role } from '../fixtures.ts'

test.use({ stackName: 'sparse' })

/**
 * The page has its heading, has finished loading, shows no error banner, and no missing value
 * leaked into the text as `undefined`, `NaN` or an invalid date.
 */
async function expectPage(page: Page, heading: string | RegExp): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  await expect(page.locator('.animate-pulse')).toHaveCount(0)
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(page.getByRole('main')).not.toContainText(
    /\bundefined\b|\bNaN\b|Invalid Date|\bnull\b/,
  )
}

/** The pages of My learning, in the order of its navigation, opening a record where there is one. */
async function visitLearning(
  page: Page,
  has: { enrolments: boolean; contracts: boolean },
): Promise<void> {
  await expectPage(page, 'My learning')

  await page.goto('/learning/enrolments')
  await expectPage(page, 'Enrolments')
  const enrolment = page.locator('main a[href^="/learning/enrolments/"]')
  if (has.enrolments) {
    await enrolment.first().click()
    await expect(page).toHaveURL(/\/learning\/enrolments\/\d+$/)
    await expect(page.getByRole('link', { name: 'All enrolments' })).toBeVisible()
    await expectPage(page, /./)
    await expect(page.getByRole('table', { name: /^Units of / })).toBeVisible()
    // TEnun's outcomes are defined here: the page claims no progress it was not given.
    await expect(page.getByText(/recorded; VETtrak did not send their outcomes/)).toBeVisible()
  } else await expect(enrolment).toHaveCount(0)

  await page.goto('/learning/contracts')
  await expectPage(page, 'Contracts')
  const contract = page.locator('main a[href^="/learning/contracts/"]')
  await expect(contract).toHaveCount(has.contracts ? 1 : 0)
  if (has.contracts) {
    await contract.click()
    await expect(page).toHaveURL(/\/learning\/contracts\/\d+$/)
    await expectPage(page, /./)
  }

  for (const [path, heading] of [
    ['/learning/events', 'Events'],
    ['/learning/invoices', 'Invoices'],
    ['/learning/certificates', 'Certificates'],
    ['/account', 'Account'],
  ] as const) {
    await page.goto(path)
    await expectPage(page, heading)
  }
  // GetPasswordPolicy's members are defined here: no rule is invented in their place.
  await expect(
    page.getByText('Your training organisation checks the new password when you change it.'),
  ).toBeVisible()
}

const learnerViewsOnly: Array<[Role, string]> = [
  ['learner', 'a learner'],
  ['employee', 'an employee who is not a contact'],
  // IsContact is defined here, so a published VETtrak says nothing of who is a contact: the
  // contacts of Acme, Harbour and Southern Health sign in with learner views only. That is what
  // the portal can honestly show them; the journey asserts it.
  ['employer', 'a contact of two employers'],
  ['bigEmployer', 'the contact of a large employer'],
]

test.describe('against a VETtrak that serves only what is published @sparse', () => {
  for (const [role, who] of learnerViewsOnly)
    test(`${who} signs in and sees every page of My learning`, async ({ page, loginAs }) => {
      await loginAs(role)
      await expect(page).toHaveURL('/')
      const main = page.getByRole('navigation', { name: 'Main' }).first()
      await expect(main.getByRole('link', { name: 'Employer' })).toHaveCount(0)
      await expect(main.getByRole('link', { name: 'Staff' })).toHaveCount(0)
      await visitLearning(page, {
        enrolments: role !== 'bigEmployer',
        contracts: role === 'learner',
      })
    })

  test('a staff member finds a client, opens their record and one of its enrolments', async ({
    page,
    loginAs,
  }) => {
    await loginAs('staff', { from: '/staff' })
    await expectPage(page, 'Staff')
    // TClie's names are among the strings this VETtrak never fills: only the code finds her.
    await page.getByRole('combobox', { name: 'Find a client' }).fill('VT00000001')
    const results = page.getByRole('listbox', { name: 'Clients found' })
    const charlotte = results.getByRole('option', { name: /VT00000001/ })
    await expect(charlotte).toBeVisible()
    await charlotte.click()
    await expect(page).toHaveURL('/staff/clients/VT00000001')
    await expectPage(page, /./)
    const enrolments = page.getByRole('region', { name: 'Enrolments' })
    await expect(enrolments.getByRole('link').first()).toBeVisible()
    await enrolments.getByRole('link').first().click()
    await expect(page).toHaveURL(/\/staff\/clients\/VT00000001\/enrolments\/\d+$/)
    await expectPage(page, /./)

    // Their own learning too.
    await page.goto('/')
    await visitLearning(page, { enrolments: true, contracts: false })
  })
})
