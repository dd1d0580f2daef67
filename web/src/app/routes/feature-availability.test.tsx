import { allFeaturesOn } from '@vettrak-portal/contracts'
import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildSession } from '../../testing/data-generators.ts'
import { apiError, fakeBff, json } from '../../testing/fake-bff.ts'
import { renderApp } from '../../testing/render-app.tsx'

const meta = (off: string[]) =>
  json({
    demo: false,
    demoAccounts: [],
    features: { ...allFeaturesOn(), ...Object.fromEntries(off.map((name) => [name, false])) },
  })

describe('features this RTO’s VETtrak does not offer', () => {
  it('are left out of the navigation', async () => {
    fakeBff({
      'GET /api/meta': meta(['certificates', 'events']),
      'GET /api/session': json(buildSession()),
      'GET /api/me/enrolments': json({ items: [] }),
    })
    renderApp('/learning/enrolments')
    const nav = await screen.findByRole('navigation', { name: 'My learning' })
    const links = () =>
      within(nav)
        .getAllByRole('link')
        .map((link) => link.textContent)
    await waitFor(() =>
      expect(links()).toEqual(['Overview', 'Enrolments', 'Contracts', 'Invoices']),
    )
  })

  it('leave out their dashboard cards, and nothing is asked of the BFF for them', async () => {
    const bff = fakeBff({
      'GET /api/meta': meta(['events', 'invoices']),
      'GET /api/session': json(buildSession()),
      'GET /api/me/enrolments': json({ items: [] }),
    })
    renderApp('/')
    expect(await screen.findByRole('region', { name: 'Current courses' })).toBeInTheDocument()
    expect(await screen.findByText('No current courses')).toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Coming up' })).not.toBeInTheDocument()
    expect(screen.queryByRole('region', { name: 'Invoices' })).not.toBeInTheDocument()
    expect(screen.queryByText('This could not be loaded')).not.toBeInTheDocument()
    const asked = bff.requests.map((request) => request.url.pathname)
    expect(asked).not.toContain('/api/me/events')
    expect(asked).not.toContain('/api/me/invoices')
  })

  it('explain themselves when reached by their address', async () => {
    fakeBff({
      'GET /api/meta': meta(['certificates']),
      'GET /api/session': json(buildSession()),
      'GET /api/me/awards': apiError(
        404,
        'FEATURE_UNAVAILABLE',
        "This is not offered by your training organisation's VETtrak.",
      ),
    })
    renderApp('/learning/certificates')
    expect(
      await screen.findByRole('heading', {
        level: 1,
        name: 'Not offered by your training organisation',
      }),
    ).toBeInTheDocument()
    expect(screen.getByText(/not offered by your training organisation's VETtrak/)).toBeVisible()
  })
})
