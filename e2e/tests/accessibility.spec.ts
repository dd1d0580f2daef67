import type { Page } from '@playwright/test'
import {
  chooseEmployer,
  expect,
  expectNoSeriousA11yViolations,
  test,
  type KnownA11yIssue,
  type Role,
} from '../fixtures.ts'

interface MainPage {
  /** What the person is looking at, for the test's name. */
  name: string
  who?: Role
  path: string
  /** The page's h1 once it has loaded (axe must see the page, not its loading state). */
  heading: string | RegExp
  /** Why the page cannot be checked yet; the check is `fixme` until then. */
  pending?: string
  /** Where to start when it is not `path` (signing in first). */
  from?: string
  /** Steps between signing in and the page (the employer chooser). */
  before?: (page: Page) => Promise<void>
  known?: KnownA11yIssue[]
}

const chooseAcme = (page: Page) => chooseEmployer(page, 'Acme Training Services')

const mainPages: MainPage[] = [
  { name: 'the sign-in page', path: '/login', heading: 'Sign in' },
  { name: 'their dashboard', who: 'learner', path: '/', heading: 'My learning' },
  {
    name: 'their enrolments',
    who: 'learner',
    path: '/learning/enrolments',
    heading: 'Enrolments',
  },
  {
    name: "an enrolment's units",
    who: 'learner',
    path: '/learning/enrolments/10001',
    heading: 'Certificate III in Individual Support',
  },
  {
    name: 'their events',
    who: 'learner',
    path: '/learning/events',
    heading: 'Events',
  },
  {
    name: 'their events calendar',
    who: 'learner',
    path: '/learning/events?view=calendar',
    heading: 'Events',
  },
  {
    name: 'their invoices',
    who: 'learner',
    path: '/learning/invoices',
    heading: 'Invoices',
  },
  {
    name: 'their certificates',
    who: 'learner',
    path: '/learning/certificates',
    heading: 'Certificates',
  },
  { name: 'their account', who: 'learner', path: '/account', heading: 'Account' },
  {
    name: 'the employer chooser',
    who: 'employer',
    from: '/login',
    path: '/choose-employer',
    heading: 'Choose an employer',
  },
  {
    name: 'the employer overview and its site tree',
    who: 'employer',
    path: '/employer',
    heading: 'Acme Training Services',
    before: chooseAcme,
  },
  {
    name: 'the trainee table',
    who: 'employer',
    path: '/employer/trainees',
    heading: 'Trainees',
    before: chooseAcme,
  },
  {
    name: 'the enrolment table',
    who: 'employer',
    path: '/employer/enrolments',
    heading: 'Enrolments',
    before: chooseAcme,
  },
  {
    name: 'client search',
    who: 'staff',
    path: '/staff',
    heading: 'Staff',
  },
  {
    name: "a client's record",
    who: 'staff',
    path: '/staff/clients/VT00000001',
    heading: 'Charlotte Nguyen',
  },
  {
    name: 'the 403 page',
    who: 'employee',
    path: '/employer',
    heading: 'You do not have access to this page',
  },
  { name: 'the 404 page', who: 'learner', path: '/no-such-page', heading: 'Page not found' },
]

test.describe('a person using assistive technology', () => {
  for (const main of mainPages) {
    test(`meets no serious or critical accessibility problem on ${main.name}`, async ({
      page,
      loginAs,
    }) => {
      test.fixme(main.pending !== undefined, main.pending)
      if (main.who) await loginAs(main.who, { from: main.from ?? main.path })
      else await page.goto(main.path)
      await main.before?.(page)
      await expect(page).toHaveURL(main.path)
      await expect(page.getByRole('heading', { level: 1, name: main.heading })).toBeVisible()
      await expectNoSeriousA11yViolations(page, main.known)
    })
  }
})
