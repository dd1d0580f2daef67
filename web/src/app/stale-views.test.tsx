import { cleanup, screen } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { testNowInstant } from '../testing/clock.ts'
import { buildAward, buildSession } from '../testing/data-generators.ts'
import { apiError, fakeBff, json } from '../testing/fake-bff.ts'
import { renderApp } from '../testing/render-app.tsx'

const DOWN = apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not available right now.')

/**
 * The page's next refresh, of every query it has: its text is on screen a moment before React
 * subscribes its queries (in passive effects), and a refresh of only the "active" ones in that
 * moment finds none to refetch.
 */
const refresh = (queryClient: QueryClient) => queryClient.refetchQueries()

function certificatesPage() {
  const bff = fakeBff({
    'GET /api/session': json(buildSession()),
    // The dashboard, where signing in lands.
    'GET /api/me/enrolments': json({ items: [] }),
    'GET /api/me/events': json({ items: [] }),
    'GET /api/me/invoices': json({ items: [] }),
    'GET /api/me/awards': json({
      items: [buildAward({ id: 1, certificateNumber: 'CSIQ0060001' })],
    }),
  })
  const app = renderApp('/learning/certificates')
  return { bff, ...app }
}

describe('a page while VETtrak is not answering', { timeout: 20_000 }, () => {
  it('keeps what this session last saw, says as of when, and refreshes itself when VETtrak is back', async () => {
    // Timers too, so the 15-second refresh can be moved to instead of waited for.
    vi.useFakeTimers({ now: testNowInstant(), shouldAdvanceTime: true })
    const { bff, queryClient } = certificatesPage()
    expect(await screen.findByText('CSIQ0060001')).toBeInTheDocument()

    bff.on('GET /api/me/awards', DOWN)
    await vi.advanceTimersByTimeAsync(60_000)
    await refresh(queryClient)
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Shown as of 10:00 am: VETtrak is not answering; this page refreshes when it is back.',
    )
    expect(screen.getByText('CSIQ0060001')).toBeInTheDocument()
    expect(screen.queryByText('Could not refresh')).not.toBeInTheDocument()

    bff.on(
      'GET /api/me/awards',
      json({ items: [buildAward({ id: 2, certificateNumber: 'CSIQ0060009' })] }),
    )
    await vi.advanceTimersByTimeAsync(15_000)
    expect(await screen.findByText('CSIQ0060009')).toBeInTheDocument()
    expect(screen.queryByText('CSIQ0060001')).not.toBeInTheDocument()
    expect(screen.queryByText(/Shown as of/)).not.toBeInTheDocument()
    // Unmounted while React's report of the caught error is still expected.
    cleanup()
  })

  it('does not show what it saw more than 15 minutes ago: the page says VETtrak is down instead', async () => {
    const { bff, queryClient } = certificatesPage()
    expect(await screen.findByText('CSIQ0060001')).toBeInTheDocument()

    // React logs the error its boundary catches on a page already shown: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    bff.on('GET /api/me/awards', DOWN)
    vi.setSystemTime(testNowInstant().getTime() + 16 * 60_000)
    await refresh(queryClient)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not load this page' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('CSIQ0060001')).not.toBeInTheDocument()
    expect(screen.queryByText(/Shown as of/)).not.toBeInTheDocument()
    // Unmounted while React's report of the caught error is still expected.
    cleanup()
  })

  it('shows nothing from before for another failure, such as VETtrak refusing the request', async () => {
    const { bff, queryClient } = certificatesPage()
    expect(await screen.findByText('CSIQ0060001')).toBeInTheDocument()
    bff.on('GET /api/me/awards', apiError(502, 'UPSTREAM_ERROR', 'VETtrak refused the request.'))
    await refresh(queryClient)
    expect(await screen.findByText('Could not refresh')).toBeInTheDocument()
    expect(screen.queryByText(/Shown as of/)).not.toBeInTheDocument()
  })

  it('shows nothing another session saw: after sign-out, the next person gets no earlier answer', async () => {
    const { bff, user, router } = certificatesPage()
    expect(await screen.findByText('CSIQ0060001')).toBeInTheDocument()

    bff.on('DELETE /api/session', new Response(null, { status: 204 }))
    bff.on('GET /api/session', apiError(401, 'UNAUTHENTICATED', 'Sign in first.'))
    await user.click(screen.getByRole('button', { name: /Ava Nguyen/ }))
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument()

    const ben = buildSession({
      user: { clientCode: 'LRN0002', givenName: 'Ben', surname: 'Other' },
    })
    bff.on('POST /api/session', json(ben, 201))
    bff.on('GET /api/session', json(ben))
    bff.on('GET /api/me/awards', DOWN)
    // The next person's failing page makes React report the error it caught: expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    await user.type(screen.getByLabelText('Username or email'), 'ben')
    await user.type(screen.getByLabelText('Password'), 'secret')
    await user.click(screen.getByRole('button', { name: 'Sign in' }))
    expect(await screen.findByRole('button', { name: /Ben Other/ })).toBeInTheDocument()

    await router.navigate('/learning/certificates')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'We could not load this page' }),
    ).toBeInTheDocument()
    expect(screen.queryByText('CSIQ0060001')).not.toBeInTheDocument()
    expect(screen.queryByText(/Shown as of/)).not.toBeInTheDocument()
    // Unmounted while React's report of the caught error is still expected.
    cleanup()
  })
})
