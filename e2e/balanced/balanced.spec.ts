/**
 * One journey through the deployment of docs/deploy.md: Chromium talks HTTPS to Caddy
 * (`deploy/Caddyfile`), which balances two BFF instances built from the production bundle that
 * share Redis. The learner's pages are served by both; signing out in the browser ends the session
 * on both.
 */
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { expect, test as base } from '../fixtures.ts'
import type { StackUrls } from '../support/stack.ts'

const root = fileURLToPath(new URL('../..', import.meta.url))

interface BalancedUrls extends StackUrls {
  /** Each instance's own address, behind the balancer. */
  instances: string[]
}

const test = base.extend<{ stack: StackUrls }, { balanced: BalancedUrls }>({
  balanced: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the object pattern.
    async ({}, use) => {
      const child = spawn(
        `${root}/node_modules/.bin/tsx`,
        [`${root}/e2e/support/serve-balanced.ts`],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      )
      const line = await new Promise<string>((resolve, reject) => {
        createInterface({ input: child.stdout }).once('line', resolve)
        child.once('exit', (code) => reject(new Error(`the balanced stack exited early (${code})`)))
      })
      await use(JSON.parse(line) as BalancedUrls)
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve())
        child.kill('SIGTERM')
      })
    },
    { scope: 'worker', timeout: 60_000 },
  ],
  stack: async ({ balanced }, use) => {
    await use(balanced)
  },
})

test.use({ ignoreHTTPSErrors: true })

test('a learner’s session is served by both instances, and signing out ends it on both', async ({
  page,
  context,
  loginAs,
  balanced,
  request,
}) => {
  await loginAs('learner', { from: '/learning/invoices' })
  await expect(page.getByRole('heading', { level: 2, name: /^Invoice / }).first()).toBeVisible()
  await page.goto('/')
  await expect(page.getByText('Welcome, Charlotte')).toBeVisible()

  const [cookie] = (await context.cookies()).filter((c) => c.name === '__Host-vtp_session')
  expect(cookie?.secure).toBe(true)
  const onEach = () =>
    Promise.all(
      balanced.instances.map(async (instance) =>
        (
          await request.get(`${instance}/api/session`, {
            headers: { cookie: `${cookie?.name}=${cookie?.value}` },
          })
        ).status(),
      ),
    )
  expect(await onEach()).toEqual([200, 200])

  await page.getByRole('button', { name: /Charlotte Nguyen/ }).click()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page).toHaveURL('/login?reason=signed-out')
  // The copy of the cookie is refused by both instances, not only the one that signed it out.
  expect(await onEach()).toEqual([401, 401])
})
