import type { Page } from '@playwright/test'
import { fileURLToPath } from 'node:url'
import { chooseEmployer, expect, test, type Role } from '../fixtures.ts'

// The README's pictures: `E2E_SCREENSHOTS=1 pnpm --filter @vettrak-portal/e2e test screenshots`.
// Off otherwise, so an ordinary run (and CI) never rewrites them.
const SHOTS_DIR = fileURLToPath(new URL('../../docs/screenshots', import.meta.url))
const sizes = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const

interface Shot {
  name: string
  who?: Role
  path: string
  heading: string
  before?: (page: Page) => Promise<void>
  /** The whole page rather than the first screen, where the whole page is the point. */
  fullPage?: boolean
}

const shots: Shot[] = [
  { name: 'sign-in', path: '/login', heading: 'Sign in' },
  { name: 'learner-dashboard', who: 'learner', path: '/', heading: 'My learning' },
  {
    name: 'learner-units',
    who: 'learner',
    path: '/learning/enrolments/10001',
    heading: 'Certificate III in Individual Support',
  },
  {
    name: 'learner-calendar',
    who: 'learner',
    path: '/learning/events?view=calendar',
    heading: 'Events',
  },
  {
    name: 'learner-invoices',
    who: 'learner',
    path: '/learning/invoices?status=unpaid',
    heading: 'Invoices',
  },
  {
    name: 'learner-certificates',
    who: 'learner',
    path: '/learning/certificates',
    heading: 'Certificates',
  },
  { name: 'account', who: 'learner', path: '/account', heading: 'Account' },
  {
    name: 'employer-overview',
    who: 'employer',
    path: '/employer',
    heading: 'Acme Training Services',
    before: (page) => chooseEmployer(page, 'Acme Training Services'),
  },
  {
    name: 'employer-trainees',
    who: 'bigEmployer',
    path: '/employer/trainees',
    heading: 'Trainees',
  },
  {
    name: 'employer-enrolments',
    who: 'bigEmployer',
    path: '/employer/enrolments',
    heading: 'Enrolments',
    // The rows in view show their progress once it has come.
    before: (page) => expect(page.getByText(/^\d+ of \d+$/).first()).toBeVisible(),
  },
  {
    name: 'employer-invoices',
    who: 'employer',
    path: '/employer/invoices',
    heading: 'Invoices',
    before: (page) => chooseEmployer(page, 'Acme Training Services'),
  },
  { name: 'staff-search', who: 'staff', path: '/staff?q=nguyen', heading: 'Staff' },
  {
    name: 'staff-client',
    who: 'staff',
    path: '/staff/clients/VT00000001',
    heading: 'Charlotte Nguyen',
  },
]

test.describe('screenshots for the README', () => {
  test.skip(process.env.E2E_SCREENSHOTS !== '1', 'set E2E_SCREENSHOTS=1 to take them')

  for (const shot of shots) {
    test(`a picture of ${shot.name} at desktop and phone width`, async ({ page, loginAs }) => {
      if (shot.who) await loginAs(shot.who, { from: shot.path })
      else await page.goto(shot.path)
      await shot.before?.(page)
      await expect(page.getByRole('heading', { level: 1, name: shot.heading })).toBeVisible()
      for (const [size, viewport] of Object.entries(sizes)) {
        await page.setViewportSize(viewport)
        // The phone layout's heading is the same element: wait for nothing but the layout.
        await expect(page.getByRole('heading', { level: 1, name: shot.heading })).toBeInViewport()
        await page.screenshot({
          path: `${SHOTS_DIR}/${shot.name}-${size}.png`,
          fullPage: shot.fullPage ?? false,
          animations: 'disabled',
          caret: 'hide',
        })
      }
    })
  }
})
