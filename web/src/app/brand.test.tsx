import { screen, waitFor, within } from '@testing-library/react'
import { allFeaturesOn, type Brand } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { buildProfile, buildPasswordPolicy, buildSession } from '../testing/data-generators.ts'
import { apiError, fakeBff, json } from '../testing/fake-bff.ts'
import { renderApp } from '../testing/render-app.tsx'

const harbourside: Brand = {
  name: 'Harbourside Training College',
  primaryColour: '#1d4ed8',
  logoUrl: '/brand/logo',
  supportEmail: 'help@harbourside.edu.au',
  supportPhone: '1300 555 010',
  privacyPolicyUrl: 'https://harbourside.edu.au/privacy',
}

const meta = (brand?: Brand) =>
  json({ demo: false, demoAccounts: [], features: allFeaturesOn(), ...(brand && { brand }) })

describe("the RTO's brand", () => {
  it('names the sign-in page, shows the logo and how to reach the RTO', async () => {
    fakeBff({ 'GET /api/meta': meta(harbourside) })
    renderApp('/login')
    expect(await screen.findByText('Harbourside Training College')).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Sign in · Harbourside Training College'))
    const main = screen.getByRole('main')
    // The logo is decorative beside the name, from the portal's own origin.
    expect(main.querySelector('img[src="/brand/logo"]')).toHaveAttribute('alt', '')
    const contact = screen.getByRole('list', { name: 'Contact Harbourside Training College' })
    expect(within(contact).getByRole('link', { name: 'help@harbourside.edu.au' })).toHaveAttribute(
      'href',
      'mailto:help@harbourside.edu.au',
    )
    expect(within(contact).getByRole('link', { name: '1300 555 010' })).toHaveAttribute(
      'href',
      'tel:1300555010',
    )
    expect(within(contact).getByRole('link', { name: 'Privacy policy' })).toHaveAttribute(
      'href',
      'https://harbourside.edu.au/privacy',
    )
  })

  it('names the header, the page titles, the footer and the printout of signed-in pages', async () => {
    fakeBff({
      'GET /api/meta': meta(harbourside),
      'GET /api/session': json(buildSession()),
      'GET /api/me': json(buildProfile()),
      'GET /api/me/password-policy': json(buildPasswordPolicy()),
    })
    renderApp('/account')
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Account · Harbourside Training College'))
    const header = screen.getByRole('banner')
    expect(within(header).getByRole('link', { name: 'Harbourside Training College' })).toBeVisible()
    expect(header.querySelector('img[src="/brand/logo"]')).not.toBeNull()
    const footer = screen.getByRole('contentinfo')
    expect(within(footer).getByText(/^Harbourside Training College ·/)).toBeInTheDocument()
    expect(within(footer).getByRole('link', { name: 'Privacy policy' })).toBeInTheDocument()
    // The header does not print; the page carries the name instead.
    expect(screen.getByRole('main')).toHaveTextContent(/^Harbourside Training College/)
  })

  it("without one, the portal's own name and mark, and no contact list", async () => {
    fakeBff({ 'GET /api/meta': meta() })
    renderApp('/login')
    await waitFor(() => expect(document.title).toBe('Sign in · VETtrak Portal'))
    expect(screen.getByRole('main').querySelector('img')).toBeNull()
    expect(screen.queryByRole('list', { name: /^Contact/ })).not.toBeInTheDocument()
  })

  it('comes when a later page reads it after a first read failed, and stays after sign-out', async () => {
    const bff = fakeBff({
      'GET /api/meta': apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not available.'),
      'GET /api/session': json(buildSession()),
      'GET /api/me': json(buildProfile()),
      'GET /api/me/password-policy': json(buildPasswordPolicy()),
    })
    const { queryClient, user } = renderApp('/account')
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    await waitFor(() => expect(document.title).toBe('Account · VETtrak Portal'))

    bff.on('GET /api/meta', meta(harbourside))
    await queryClient.refetchQueries({ queryKey: ['meta'] })
    await waitFor(() => expect(document.title).toBe('Account · Harbourside Training College'))

    bff.on('DELETE /api/session', new Response(null, { status: 204 }))
    bff.on('GET /api/session', apiError(401, 'UNAUTHENTICATED', 'Sign in first.'))
    bff.on('GET /api/meta', apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not available.'))
    await user.click(screen.getByRole('button', { name: /Ava Nguyen/ }))
    await user.click(await screen.findByRole('button', { name: 'Sign out' }))
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument()
    expect(screen.getByText('Harbourside Training College')).toBeInTheDocument()
  })
})
