import { fileURLToPath } from 'node:url'
import type { Locator, Page } from '@playwright/test'
import { expect, expectNoSeriousA11yViolations, test } from '../fixtures.ts'

// The sample RTO of scripts/sample-brand, which the `branded` stack runs with.
const NAME = 'Harbourside Training College'
const PRIMARY = 'rgb(29, 78, 216)' // #1d4ed8
const SHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots', import.meta.url))

/** Whether the image has loaded (a broken logo has no natural width). */
const loaded = (image: Locator) =>
  image.evaluate((element) => (element as HTMLImageElement).naturalWidth > 0)

const backgroundOf = (locator: Locator) =>
  locator.evaluate((element) => getComputedStyle(element).backgroundColor)

/** The README's picture of a branded portal, only when asked (`E2E_SCREENSHOTS=1`). */
async function screenshot(page: Page, name: string) {
  if (process.env.E2E_SCREENSHOTS !== '1') return
  await page.screenshot({ path: `${SHOTS_DIR}/${name}-desktop.png`, animations: 'disabled' })
}

test.describe('an RTO with its own brand', { tag: '@branded' }, () => {
  test.use({ colorScheme: 'light' })

  test('its name, logo, colours, favicon and contacts are everywhere a person sees them', async ({
    page,
    request,
    loginAs,
  }) => {
    await page.goto('/login')
    await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible()
    await expect(page).toHaveTitle(`Sign in · ${NAME}`)
    const main = page.getByRole('main')
    await expect(main.getByText(NAME, { exact: true })).toBeVisible()
    // The logo loads after the page shows: wait for it rather than read it at once.
    await expect.poll(() => loaded(main.locator('img[src="/brand/logo"]'))).toBe(true)
    // The primary button takes the RTO's colour from /brand/theme.css.
    expect(await backgroundOf(page.getByRole('button', { name: 'Sign in' }))).toBe(PRIMARY)
    const contact = page.getByRole('list', { name: `Contact ${NAME}` })
    await expect(
      contact.getByRole('link', { name: 'help@harbourside.example.edu.au' }),
    ).toBeVisible()
    await expect(contact.getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      'https://harbourside.example.edu.au/privacy',
    )
    const favicon = await request.get(
      (await page.locator('link[rel="icon"]').getAttribute('href')) ?? '',
    )
    expect(favicon.headers()['content-type']).toBe('image/svg+xml')
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'branded-sign-in')

    await loginAs('learner')
    await expect(page.getByRole('heading', { level: 1, name: 'My learning' })).toBeVisible()
    await expect(page).toHaveTitle(`My learning · ${NAME}`)
    const header = page.getByRole('banner')
    await expect(header.getByRole('link', { name: NAME })).toBeVisible()
    await expect.poll(() => loaded(header.locator('img[src="/brand/logo"]'))).toBe(true)
    const footer = page.getByRole('contentinfo')
    await expect(footer.getByText(`${NAME} · Records come from`)).toBeVisible()
    await expect(footer.getByRole('link', { name: '1300 555 010' })).toHaveAttribute(
      'href',
      'tel:1300555010',
    )
    await expectNoSeriousA11yViolations(page)
    await screenshot(page, 'branded-dashboard')

    // A printout has no header: the page itself carries the RTO's name and ABN.
    await page.emulateMedia({ media: 'print' })
    await expect(header).toBeHidden()
    await expect(main.getByText(NAME, { exact: true })).toBeVisible()
    await expect(main.getByText('ABN 51 824 753 556')).toBeVisible()
  })
})
