/**
 * The journeys' `test`: the portal's URL as `baseURL`, `loginAs(role)` through the real sign-in form,
 * `sim` to break VETtrak on purpose, and a page that fails the test on any `console.error` or
 * uncaught error. Import `test` and `expect` from here, never from `@playwright/test`.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'
import { readStacks, type StackName } from './support/run-file.ts'
import type { StackUrls } from './support/stack.ts'

/** The demo people the simulator always seeds (`DEMO` in vettrak-simulator; the README lists them). */
export const accounts = {
  learner: {
    username: 'demo.learner',
    password: 'Learner!2026',
    email: 'demo.learner@example.edu.au',
  },
  employer: {
    username: 'demo.employer',
    password: 'Employer!2026',
    email: 'demo.employer@example.com.au',
  },
  employee: {
    username: 'demo.employee',
    password: 'Employee!2026',
    email: 'demo.employee@example.com.au',
  },
  staff: { username: 'demo.staff', password: 'Staff!2026', email: 'demo.staff@example.edu.au' },
  bigEmployer: {
    username: 'demo.bigemployer',
    password: 'BigEmployer!2026',
    email: 'demo.bigemployer@example.com.au',
  },
} as const

export type Role = keyof typeof accounts

export interface LoginOptions {
  /** Sign in with the username (default) or the email address. */
  via?: 'username' | 'email'
  /** Where to start; the sign-in form is where the portal sends a signed-out visitor. */
  from?: string
}

/** The simulator's control endpoint: what the journeys do to VETtrak on purpose. */
export interface Sim {
  /** Every SOAP call fails this way until `clearFaults`. */
  failEveryCall(kind?: 'http-500' | 'db-error' | 'soap-fault' | 'reset'): Promise<void>
  clearFaults(): Promise<void>
  /** Every VETtrak token issued so far answers "expired". */
  expireTokens(): Promise<void>
}

interface Fixtures {
  /** Which stack the test talks to: `isolated` for journeys that change what every session sees. */
  stackName: StackName
  stack: StackUrls
  /** Messages the page wrote with `console.error`, and its uncaught errors. */
  pageProblems: string[]
  loginAs: (role: Role, options?: LoginOptions) => Promise<void>
  sim: Sim
}

// Chromium reports every non-2xx fetch this way; the statuses themselves are what journeys check.
const NETWORK_NOISE = /^Failed to load resource: the server responded with a status of \d{3}/

export const test = base.extend<Fixtures>({
  stackName: ['shared', { option: true }],
  stack: async ({ stackName }, use) => {
    await use(readStacks()[stackName])
  },
  baseURL: async ({ stack }, use) => {
    await use(stack.baseUrl)
  },

  pageProblems: [
    async ({ page }, use) => {
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() === 'error' && !NETWORK_NOISE.test(message.text()))
          problems.push(`console.error: ${message.text()}`)
      })
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.stack ?? error.message}`))
      await use(problems)
      expect(problems, 'the page logged errors').toEqual([])
    },
    { auto: true },
  ],

  loginAs: async ({ page }, use) => {
    await use(async (role, options = {}) => {
      const account = accounts[role]
      await page.goto(options.from ?? '/login')
      await signIn(
        page,
        options.via === 'email' ? account.email : account.username,
        account.password,
      )
      await expect(page).not.toHaveURL(/\/login(\?|$)/)
    })
  },

  sim: async ({ stack, stackName }, use) => {
    if (stackName !== 'shared') {
      const sim = simulatorControl(stack.simUrl)
      await use(sim)
      await sim.clearFaults()
      return
    }
    // A fault on the shared stack would break the journeys running beside this one.
    throw new Error('Use `sim` only in journeys tagged @isolated (their own simulator and BFF)')
  },
})

export { expect }

/** Fills in and submits the sign-in form on the current page. */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in' })
  await form.getByLabel('Username or email').fill(username)
  await form.getByLabel('Password', { exact: true }).fill(password)
  await form.getByRole('button', { name: 'Sign in' }).click()
}

/** Chooses the employer to act for on the chooser shown after signing in. */
export async function chooseEmployer(page: Page, name: string): Promise<void> {
  await page.getByRole('radio', { name: new RegExp(name) }).check()
  await page.getByRole('button', { name: 'Continue' }).click()
}

function simulatorControl(simUrl: string): Sim {
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${simUrl}/__sim/${path}`, {
      method,
      headers: body === undefined ? {} : { 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    if (!response.ok)
      throw new Error(`${method} /__sim/${path}: ${response.status} ${await response.text()}`)
  }
  return {
    failEveryCall: (kind = 'http-500') => call('POST', 'faults', { failures: [{ kind }] }),
    clearFaults: () => call('DELETE', 'faults'),
    expireTokens: () => call('POST', 'tokens/expire'),
  }
}

/** A problem axe reports that is known and owned elsewhere: skipped only inside `within`. */
export interface KnownA11yIssue {
  rule: string
  /** A CSS selector; only the rule's findings inside it are skipped. */
  within: string
  /** Who owns it and why it is skipped, for the reader of the test. */
  why: string
}

/**
 * Runs axe on the page as it is now; fails on any serious or critical violation, except the
 * `known` ones (each narrowed to one rule in one part of the page).
 */
export async function expectNoSeriousA11yViolations(
  page: Page,
  known: readonly KnownA11yIssue[] = [],
): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  const serious: string[] = []
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue
    const skipWithin = known.filter((issue) => issue.rule === violation.id).map((i) => i.within)
    const nodes = []
    for (const node of violation.nodes) {
      const target = node.target.join(' ')
      const skipped =
        skipWithin.length > 0 &&
        (await page.evaluate(
          ([selector, containers]) =>
            containers.some((c) => document.querySelector(selector)?.closest(c) != null),
          [target, skipWithin] as const,
        ))
      if (!skipped) nodes.push(target)
    }
    if (nodes.length > 0)
      serious.push(
        `${violation.id} (${violation.impact}): ${violation.help} — ${nodes.slice(0, 3).join(', ')}`,
      )
  }
  // Soft: a journey that checks several pages reports every page's problems, not just the first.
  expect.soft(serious, `axe on ${page.url()}`).toEqual([])
}
