import { readFile } from 'node:fs/promises'
import { chooseEmployer, expect, expectNoSeriousA11yViolations, test } from '../fixtures.ts'

test.describe('a contact of two employers', () => {
  test('chooses one after signing in and switches to the other from the header', async ({
    page,
    loginAs,
  }) => {
    await loginAs('employer')
    await expect(page).toHaveURL('/choose-employer')
    await page.getByRole('radio', { name: /Harbour Logistics/ }).check()
    await page.getByRole('button', { name: 'Continue' }).click()
    // A contact's home is the employer's overview.
    await expect(page).toHaveURL('/employer')
    await expect(page.getByRole('heading', { level: 1, name: 'Harbour Logistics' })).toBeVisible()

    const header = page.getByRole('banner')
    await header.getByRole('button', { name: /Harbour Logistics.*Switch employer/ }).click()
    const dialog = page.getByRole('dialog', { name: 'Switch employer' })
    await dialog.getByRole('radio', { name: /Acme Training Services/ }).check()
    await dialog.getByRole('button', { name: 'Switch' }).click()
    await expect(page.getByText('Now acting for Acme Training Services')).toBeVisible()
    await expect(
      header.getByRole('button', { name: /Acme Training Services.*Switch employer/ }),
    ).toBeVisible()

    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Employer' })
      .click()
    await expect(
      page.getByRole('heading', { level: 1, name: 'Acme Training Services' }),
    ).toBeVisible()
  })

  test('moves through the sites by keyboard, scopes to one, finds a trainee, exports them and opens their units', async ({
    page,
    loginAs,
  }) => {
    await loginAs('employer', { from: '/employer' })
    await chooseEmployer(page, 'Acme Training Services')
    await expect(page).toHaveURL('/employer')

    // The tree is one tab stop; arrow keys move, Right opens a site, Enter chooses.
    const tree = page.getByRole('tree', { name: 'Sites' })
    const site = (name: string) => tree.getByRole('treeitem', { name: new RegExp(`^${name} ?,`) })
    await site('Acme Training Services').focus()
    await page.keyboard.press('ArrowDown')
    await expect(site('Acme Training Services - Parramatta')).toBeFocused()
    await page.keyboard.press('ArrowDown')
    const newcastle = site('Acme Training Services - Newcastle')
    await expect(newcastle).toBeFocused()
    await expect(newcastle).toHaveAttribute('aria-expanded', 'false')
    await page.keyboard.press('ArrowRight')
    await expect(newcastle).toHaveAttribute('aria-expanded', 'true')
    await page.keyboard.press('ArrowRight')
    await expect(site('Acme Training Services - Maitland Depot')).toBeFocused()
    await page.keyboard.press('ArrowLeft')
    await expect(newcastle).toBeFocused()
    await page.keyboard.press('Enter')

    await expect(page).toHaveURL('/employer?site=1003')
    await expect(newcastle).toHaveAttribute('aria-selected', 'true')
    await expect(page.getByRole('region', { name: 'Sites shown' })).toContainText(
      'Showing Acme Training Services - Newcastle and the sites under it',
    )

    // The chosen site stays with the area's pages.
    await page
      .getByRole('navigation', { name: 'Employer' })
      .getByRole('link', { name: 'Trainees' })
      .click()
    await expect(page).toHaveURL('/employer/trainees?site=1003')
    const table = page.getByRole('table', { name: /Trainees/ })
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      'Showing 3 of 3 trainees',
    )
    await expect(table.getByRole('link', { name: 'Minh Pham' })).toBeVisible()
    await expect(table.getByRole('link', { name: 'Olivia Brown' })).toHaveCount(0)

    await page.getByLabel(/^Search by name/).fill('kelly')
    await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText(
      'Showing 1 of 3 trainees',
    )
    await expect(table.getByRole('row')).toHaveCount(2)

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: /Export CSV/ }).click(),
    ])
    expect(download.suggestedFilename()).toBe('trainees.csv')
    const csv = await readFile(await download.path(), 'utf8')
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n')
    // The file has the table's columns, in its order, and the one trainee shown.
    const headers = await table.getByRole('columnheader').allInnerTexts()
    expect(lines[0]).toBe(headers.map((header) => `"${header.trim()}"`).join(','))
    expect(lines).toHaveLength(3) // the header, one trainee, and the final CRLF
    expect(lines[1]).toMatch(
      /^"Kelly, Lachlan","VT00000109","CPC30220 .*","Acme Training Services - Newcastle",/,
    )
    expect(lines[2]).toBe('')

    await table.getByRole('link', { name: 'Lachlan Kelly' }).click()
    await expect(page).toHaveURL(/\/employer\/trainees\/\d+\?site=1003$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Lachlan Kelly' })).toBeVisible()
  })

  test("goes through the employer's pages, each keeping the chosen site, with axe on each", async ({
    page,
    loginAs,
  }) => {
    test.slow() // six pages, each with an axe run
    await loginAs('employer', { from: '/employer?site=1002' })
    await chooseEmployer(page, 'Acme Training Services')
    await expect(page).toHaveURL('/employer?site=1002')
    const area = page.getByRole('navigation', { name: 'Employer' })
    for (const [link, path] of [
      ['Employees', 'employees'],
      ['Enrolments', 'enrolments'],
      ['Invoices', 'invoices'],
      ['Events', 'events'],
      ['Classes', 'occurrences'],
      ['Contacts', 'contacts'],
    ] as const) {
      await area.getByRole('link', { name: link }).click()
      await expect(page).toHaveURL(`/employer/${path}?site=1002`)
      await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible()
      await expect(page.getByRole('region', { name: 'Sites shown' })).toContainText(
        'Acme Training Services - Parramatta',
      )
      await expectNoSeriousA11yViolations(page)
    }
  })

  test("opens a trainee's units and sees each unit's outcome", async ({ page, loginAs }) => {
    await loginAs('employer', { from: '/employer/trainees' })
    await chooseEmployer(page, 'Acme Training Services')
    await page
      .getByRole('table', { name: /Trainees/ })
      .getByRole('link', { name: 'Olivia Brown' })
      .click()
    await expect(page.getByRole('heading', { level: 1, name: 'Olivia Brown' })).toBeVisible()
    // Olivia is part-way through BSB30120: some units achieved, the rest in progress or to come.
    const units = page.getByRole('table', { name: 'Units of the training contract' })
    await expect(units.getByRole('row')).toHaveCount(10) // the heading row and 9 units
    await expect(units.getByText('Achieved', { exact: true }).first()).toBeVisible()
    await expect(units.getByText('Not started', { exact: true }).first()).toBeVisible()

    // Her contract, and the workplace visit still to come.
    const contract = page.getByRole('region', { name: 'Training contract' })
    await expect(contract).toContainText(/Contract number\s*NSW-\d{7}/)
    await expect(contract).toContainText('Active')
    const visits = page.getByRole('region', { name: 'Upcoming visits' })
    await expect(visits.getByText('Trainee workplace visit')).toHaveCount(1)
    await expect(visits).toContainText('Workplace visit: Olivia Brown')
    await expectNoSeriousA11yViolations(page)
  })
})
