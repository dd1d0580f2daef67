import { readFile } from 'node:fs/promises'
import { expect, test } from '../fixtures.ts'

test.describe('a learner', () => {
  test('sees what is coming up, what they owe and their current courses on the dashboard', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner')
    await expect(page.getByText('Welcome, Charlotte')).toBeVisible()
    for (const card of ['Coming up', 'Invoices', 'Current courses'])
      await expect(page.getByRole('heading', { name: card })).toBeVisible()
    await expect(page.getByText('Certificate III in Individual Support').first()).toBeVisible()
  })

  test("opens an enrolment and sees each unit's outcome", async ({ page, loginAs }) => {
    await loginAs('learner', { from: '/learning/enrolments' })
    await expect(page.getByRole('heading', { level: 1, name: 'Enrolments' })).toBeVisible()
    await page.getByRole('link', { name: 'Certificate III in Individual Support' }).click()

    await expect(page).toHaveURL('/learning/enrolments/10001')
    await expect(
      page.getByRole('heading', { level: 1, name: 'Certificate III in Individual Support' }),
    ).toBeVisible()
    const units = page.getByRole('table', {
      name: 'Units of Certificate III in Individual Support',
    })
    await expect(units.getByRole('row')).toHaveCount(12) // the heading row and 11 units
    for (const outcome of ['Achieved', 'Credit', 'In progress', 'Not started', 'Not yet competent'])
      await expect(units.getByText(outcome, { exact: true }).first()).toBeVisible()
  })

  test('filters their invoices to the unpaid ones, and the address keeps the filter', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner', { from: '/learning/invoices' })
    const invoices = page.getByRole('heading', { level: 2, name: /^Invoice / })
    await expect(invoices.first()).toBeVisible()
    const all = await invoices.count()

    await page
      .getByRole('navigation', { name: 'Show' })
      .getByRole('link', { name: 'Unpaid' })
      .click()
    await expect(page).toHaveURL('/learning/invoices?status=unpaid')
    await expect(page.getByText('Unpaid invoices.')).toBeVisible()
    await expect(invoices).toHaveCount(2)
    expect(all).toBeGreaterThan(2)
    // Every invoice shown still owes something: its status says unpaid or part paid.
    const cards = page.getByRole('listitem').filter({ has: invoices })
    await expect(cards).toHaveCount(2)
    for (const card of await cards.all())
      await expect(card.getByText(/^(Unpaid|Part paid)$/)).toBeVisible()

    // The filter is in the address: reloading, or coming back to it, shows the same.
    await page.reload()
    await expect(page.getByRole('link', { name: 'Unpaid' })).toHaveAttribute('aria-current', 'true')
    await expect(invoices).toHaveCount(2)
    await page.getByRole('link', { name: 'All', exact: true }).click()
    await expect(page).toHaveURL('/learning/invoices')
    await expect(invoices).toHaveCount(all)
    await page.goBack()
    await expect(page).toHaveURL('/learning/invoices?status=unpaid')
    await expect(invoices).toHaveCount(2)
  })

  test('looks at the month calendar and downloads their events for their own calendar', async ({
    page,
    loginAs,
  }) => {
    await loginAs('learner', { from: '/learning/events' })
    const upcomingHeading = page.getByRole('heading', { level: 2, name: /^Upcoming/ })
    const upcoming = Number((await upcomingHeading.textContent())?.match(/\((\d+)\)/)?.[1])
    expect(upcoming).toBeGreaterThan(0)

    await page
      .getByRole('navigation', { name: 'Event views' })
      .getByRole('link', { name: 'Calendar' })
      .click()
    await expect(page).toHaveURL('/learning/events?view=calendar')
    const grid = page.getByRole('grid')
    const today = grid.locator('[aria-current="date"]')
    await expect(today).toBeVisible()
    // One tab stop: today; the arrow keys move by day.
    await today.focus()
    await page.keyboard.press('ArrowRight')
    await expect(today).not.toBeFocused()
    await expect(grid.getByRole('button').and(page.locator(':focus'))).toHaveCount(1)
    // A day with events lists them.
    const busyDay = grid.getByRole('button', { name: /\d+ events?$/ }).first()
    await busyDay.click()
    await expect(page.getByRole('status').filter({ hasText: /events? on / })).toBeVisible()

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download my events (.ics)' }).click(),
    ])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const ics = await readFile(await download.path(), 'utf8')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
    // Every event, past ones too, at the RTO's wall clock (its zone, from the BFF).
    const events = ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT')
    expect(events.length).toBeGreaterThanOrEqual(upcoming)
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Australia/Sydney')
    expect(ics).toMatch(/\r\nDTSTART;TZID=Australia\/Sydney:\d{8}T\d{6}\r\n/)
    // Every line ends with CRLF: no bare LF anywhere.
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n')
  })

  test('opens their traineeship contract and sees its units', async ({ page, loginAs }) => {
    await loginAs('learner', { from: '/learning/contracts' })
    await expect(page.getByRole('heading', { level: 1, name: 'Contracts' })).toBeVisible()
    await page.getByRole('link', { name: 'Certificate III in Individual Support' }).click()
    await expect(page).toHaveURL('/learning/contracts/20001')
    await expect(page.getByText('with Bayside Aged Care')).toBeVisible()
    const units = page.getByRole('table', {
      name: 'Units of Certificate III in Individual Support',
    })
    await expect(units.getByRole('row')).toHaveCount(12)
  })

  test('sees their certificates', async ({ page, loginAs }) => {
    await loginAs('learner', { from: '/learning/certificates' })
    await expect(page.getByRole('heading', { level: 1, name: 'Certificates' })).toBeVisible()
    const certificates = page.getByRole('table', { name: 'Your certificates' })
    await expect(certificates).toContainText('Certificate III in Business')
  })
})
