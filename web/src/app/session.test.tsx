import { act, screen, within } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { AwardListSchema } from '@vettrak-portal/contracts'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { api } from '../lib/api-client.ts'
import { buildSession, twoEmployers } from '../testing/data-generators.ts'
import { apiError, fakeBff, json } from '../testing/fake-bff.ts'
import { renderApp } from '../testing/render-app.tsx'

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })

describe('route guards', () => {
  it('a visitor who is not signed in is sent to sign in, and comes back afterwards', async () => {
    fakeBff({ 'GET /api/session': apiError(401, 'UNAUTHENTICATED', 'Sign in first') })
    const { location } = renderApp('/account')
    expect(await heading('Sign in')).toBeInTheDocument()
    expect(location()).toBe('/login?redirectTo=%2Faccount')
    expect(screen.queryByText(/session expired/)).not.toBeInTheDocument()
  })

  it('an employee who is not a contact gets the 403 page at /employer, inside the portal', async () => {
    fakeBff({ 'GET /api/session': json(buildSession()) })
    const { location } = renderApp('/employer')
    expect(await heading('You do not have access to this page')).toBeInTheDocument()
    expect(location()).toBe('/employer')
    const nav = screen.getAllByRole('navigation', { name: 'Main' })[0]
    expect(nav).toBeDefined()
    expect(within(nav as HTMLElement).queryByRole('link', { name: 'Employer' })).toBeNull()
  })

  it('a learner who is not staff gets the 403 page at /staff', async () => {
    fakeBff({ 'GET /api/session': json(buildSession()) })
    renderApp('/staff')
    expect(await heading('You do not have access to this page')).toBeInTheDocument()
  })

  it('staff see the Staff area and its navigation', async () => {
    fakeBff({ 'GET /api/session': json(buildSession({ user: { isStaff: true } })) })
    renderApp('/staff')
    expect(await heading('Staff')).toBeInTheDocument()
    expect(screen.getAllByRole('link', { name: 'Staff' }).length).toBeGreaterThan(0)
  })

  it('a contact of two employers who has not chosen one is asked to first', async () => {
    fakeBff({ 'GET /api/session': json(buildSession({ employers: twoEmployers })) })
    const { location } = renderApp('/employer')
    expect(await heading('Choose an employer')).toBeInTheDocument()
    expect(location()).toBe('/choose-employer?redirectTo=%2Femployer')
  })

  it('an unknown address shows the 404 page', async () => {
    fakeBff({ 'GET /api/session': json(buildSession()) })
    renderApp('/no/such/page')
    expect(await heading('Page not found')).toBeInTheDocument()
  })
})

describe('when VETtrak is down', () => {
  it('the page says so and "Try again" loads it once VETtrak is back', async () => {
    const bff = fakeBff({
      'GET /api/session': apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not available'),
    })
    const { user } = renderApp('/')
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('VETtrak is not available right now')

    bff.on('GET /api/session', json(buildSession()))
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await heading('My learning')).toBeInTheDocument()
  })
})

describe('when the session expires', () => {
  it('a 401 SESSION_EXPIRED from a query returns to sign-in, which says why, then back again', async () => {
    const bff = fakeBff({
      'GET /api/session': json(buildSession()),
      // A query the Account page itself does not make (it reads /api/me and the password policy).
      'GET /api/me/awards': apiError(401, 'SESSION_EXPIRED', 'Your session has expired'),
    })
    const { queryClient, user, location } = renderApp('/account')
    expect(await heading('Account')).toBeInTheDocument()

    await act(() =>
      queryClient
        .fetchQuery({
          queryKey: ['awards-check'],
          queryFn: () => api.get('/api/me/awards', AwardListSchema),
        })
        .catch(() => undefined),
    )

    expect(await heading('Sign in')).toBeInTheDocument()
    expect(location()).toBe('/login?reason=expired&redirectTo=%2Faccount')
    expect(screen.getByRole('status')).toHaveTextContent(
      'Your session expired, please sign in again.',
    )
    expect(queryClient.getQueryData(['session'])).toBeUndefined()

    bff.on('POST /api/session', json(buildSession(), 201))
    await user.type(screen.getByLabelText('Username or email'), 'demo.learner')
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'Learner!2026')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await heading('Account')).toBeInTheDocument()
    expect(location()).toBe('/account')
  })
})

describe('when VETtrak has forgotten the token (a restart)', () => {
  it('a page whose own read is answered SESSION_EXPIRED returns to sign-in, then back to that page', async () => {
    // The BFF answers a read refused for an unknown token (Status -1) as 401 SESSION_EXPIRED.
    const bff = fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/awards': apiError(401, 'SESSION_EXPIRED', 'Your session has expired'),
    })
    const { user, location } = renderApp('/learning/certificates')

    expect(await heading('Sign in')).toBeInTheDocument()
    expect(location()).toBe('/login?reason=expired&redirectTo=%2Flearning%2Fcertificates')

    bff.on('POST /api/session', json(buildSession(), 201))
    bff.on('GET /api/me/awards', json(AwardListSchema.parse({ items: [] })))
    await user.type(screen.getByLabelText('Username or email'), 'demo.learner')
    await user.type(screen.getByLabelText('Password', { selector: 'input' }), 'Learner!2026')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await heading('Certificates')).toBeInTheDocument()
    expect(location()).toBe('/learning/certificates')
  })
})

/**
 * Waits until no request of the page is in flight. Each answer counts as activity and restarts the
 * idle countdown: one that lands after the test has moved the clock would restart it from there.
 */
const settled = (queryClient: QueryClient) =>
  vi.waitFor(() => expect(queryClient.isFetching() + queryClient.isMutating()).toBe(0))

const IDLE_TITLE = 'Are you still there?'

/**
 * The idle warning, found by its title and then checked to be the alert dialog it names: a role
 * query walks the whole page at every poll, which on a busy two-core machine outlasted the test.
 */
async function idleWarning(): Promise<HTMLElement> {
  const dialog = (await screen.findByText(IDLE_TITLE)).closest<HTMLElement>('[role="alertdialog"]')
  expect(dialog).toHaveAccessibleName(IDLE_TITLE)
  return dialog as HTMLElement
}

/**
 * Moves the clock on a second at a time until `check` passes, and returns what it returned. A read
 * that lands late (a dashboard card whose code arrived after the rest) renews the session and
 * restarts the countdown, so these tests count from what the page shows, not from when they began.
 */
async function advanceUntil<T>(check: () => T, limitSeconds = 600): Promise<T> {
  for (let seconds = 0; ; seconds++) {
    try {
      return check()
    } catch (error) {
      if (seconds >= limitSeconds) throw error
    }
    await act(async () => {
      vi.advanceTimersByTime(1_000)
      await Promise.resolve()
    })
  }
}

const shownIdleWarning = () => {
  const dialog = screen.getByText(IDLE_TITLE).closest<HTMLElement>('[role="alertdialog"]')
  expect(dialog).toHaveAccessibleName(IDLE_TITLE)
  return dialog as HTMLElement
}

describe('the idle warning', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('counts down before the idle timeout; "Stay signed in" renews the session', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const bff = fakeBff({ 'GET /api/session': json(buildSession({ idleTimeoutSeconds: 120 })) })
    const { user, queryClient } = renderApp('/')
    expect(await heading('My learning')).toBeInTheDocument()
    await settled(queryClient)
    expect(screen.queryByText(IDLE_TITLE)).not.toBeInTheDocument()

    // 120 s of idleness: the warning shows for the last 30 (a quarter), counting down.
    const dialog = await advanceUntil(shownIdleWarning)
    expect(dialog).toHaveTextContent('30 s')
    await act(async () => {
      vi.advanceTimersByTime(10_000)
      await Promise.resolve()
    })
    expect(dialog).toHaveTextContent('20 s')

    const sessionReads = bff.requests.filter((r) => r.url.pathname === '/api/session').length
    await user.click(within(dialog).getByRole('button', { name: 'Stay signed in' }))
    await vi.waitFor(() => expect(dialog).not.toBeInTheDocument())
    expect(bff.requests.filter((r) => r.url.pathname === '/api/session').length).toBe(
      sessionReads + 1,
    )
  })

  it('when time runs out the learner is returned to sign-in with a message', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const bff = fakeBff({ 'GET /api/session': json(buildSession({ idleTimeoutSeconds: 120 })) })
    const { location, queryClient } = renderApp('/account')
    expect(await heading('Account')).toBeInTheDocument()
    await settled(queryClient)
    bff.on('GET /api/session', apiError(401, 'SESSION_EXPIRED', 'Your session has expired'))

    await advanceUntil(() => expect(location()).toBe('/login?reason=expired&redirectTo=%2Faccount'))
    expect(await heading('Sign in')).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('Your session expired')
  })

  it('a session kept alive in another tab is not ended when this tab’s countdown runs out', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] })
    const bff = fakeBff({ 'GET /api/session': json(buildSession({ idleTimeoutSeconds: 120 })) })
    const { location, queryClient } = renderApp('/account')
    expect(await heading('Account')).toBeInTheDocument()
    await settled(queryClient)
    const sessionReads = () => bff.requests.filter((r) => r.url.pathname === '/api/session').length
    const readsBefore = sessionReads()

    await advanceUntil(() => expect(sessionReads()).toBe(readsBefore + 1))
    await vi.waitFor(() => expect(queryClient.isFetching()).toBe(0))
    expect(location()).toBe('/account')

    // The countdown starts again from the BFF's answer.
    await act(async () => {
      vi.advanceTimersByTime(85_000)
      await Promise.resolve()
    })
    expect(screen.queryByText(IDLE_TITLE)).not.toBeInTheDocument()
    await act(async () => {
      vi.advanceTimersByTime(10_000)
      await Promise.resolve()
    })
    expect(await idleWarning()).toBeInTheDocument()
  })
})
