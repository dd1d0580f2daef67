import { request as httpClient } from '@playwright/test'
import { expect, test } from '../fixtures.ts'

test.describe('calendar subscription', () => {
  test('a learner copies their feed URL, a calendar app fetches it, they stop it and the next fetch is refused', async ({
    page,
    context,
    loginAs,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await loginAs('learner', { from: '/account' })
    const mine = page.getByRole('region', { name: 'My events' })
    await mine.getByRole('button', { name: /Make a (subscription|new) link/ }).click()

    await mine
      .getByRole('button', { name: 'Copy the web link (https, for Google Calendar)' })
      .click()
    await expect(mine.getByText('Copied.')).toBeVisible()
    const url = await page.evaluate(() => navigator.clipboard.readText())
    expect(url).toMatch(/\/calendar\/[\w-]{43}\.ics$/)
    await expect(mine.getByLabel('Calendar app link (webcal)')).toHaveValue(
      url.replace(/^https?:/, 'webcal:'),
    )

    // A calendar app: no cookie, no session, just the URL.
    const calendarApp = await httpClient.newContext()
    const fetched = await calendarApp.get(url)
    expect(fetched.status()).toBe(200)
    expect(fetched.headers()['content-type']).toMatch(/^text\/calendar/)
    const ics = await fetched.text()
    expect(ics).toContain('BEGIN:VTIMEZONE\r\nTZID:Australia/Sydney')
    expect(ics.split('\r\n').filter((line) => line === 'BEGIN:VEVENT').length).toBeGreaterThan(0)
    const etag = fetched.headers()['etag'] ?? ''
    expect((await calendarApp.get(url, { headers: { 'if-none-match': etag } })).status()).toBe(304)

    await mine.getByRole('button', { name: 'Stop this link' }).click()
    await expect(mine.getByText('No subscription link yet.')).toBeVisible()
    expect((await calendarApp.get(url)).status()).toBe(404)
    await calendarApp.dispose()
  })
})
