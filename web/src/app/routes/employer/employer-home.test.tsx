import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { buildAcmeTree, buildEnrolment, buildSession } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

const WAIT = { timeout: 4000 }

function contactBff(session = acmeContact()) {
  return fakeBff({
    'GET /api/session': json(session),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/tree': json(buildAcmeTree()),
    'GET /api/employer': json({ id: '101', name: 'Acme Training Services' }),
    'GET /api/employer/enrolments': json({ items: [] }),
    'GET /api/employer/invoices': json({ items: [] }),
    'GET /api/employer/events': json({ items: [] }),
    'GET /api/me/events': json({ items: [] }),
    'GET /api/me/invoices': json({ items: [] }),
    'GET /api/me/enrolments': json({
      items: [buildEnrolment({ id: 7, qualificationName: 'Certificate IV in Leadership' })],
    }),
  })
}

describe('the home page of an employer contact', { timeout: 20_000 }, () => {
  it('is the employer overview, and their own learning is one click away', async () => {
    contactBff()
    const { user, location } = renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Acme Training Services' }, WAIT),
    ).toBeInTheDocument()
    expect(location()).toBe('/employer')

    const main = within(screen.getByRole('main'))
    await user.click(main.getByRole('link', { name: 'My learning' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My learning' }, WAIT),
    ).toBeInTheDocument()
    expect(location()).toBe('/learning')
    expect(await screen.findByText('Certificate IV in Leadership', {}, WAIT)).toBeInTheDocument()
    // One overview tab, marked as the current page, in My learning's own navigation.
    const tabs = screen.getByRole('navigation', { name: 'My learning' })
    expect(within(tabs).getByRole('link', { name: 'Overview' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1)

    // And back to the employer from the main navigation.
    const nav = screen.getAllByRole('navigation', { name: 'Main' })[0]
    if (!nav) throw new Error('no main navigation')
    expect(within(nav).getByRole('link', { name: 'My learning' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    await user.click(within(nav).getByRole('link', { name: 'Employer' }))
    await vi.waitFor(() => expect(location()).toBe('/employer'), WAIT)
  })

  it('a learner who acts for no employer still starts at My learning', async () => {
    contactBff(buildSession())
    const { location } = renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My learning' }, WAIT),
    ).toBeInTheDocument()
    expect(location()).toBe('/')
    const tabs = screen.getByRole('navigation', { name: 'My learning' })
    expect(within(tabs).getByRole('link', { name: 'Overview' })).toHaveAttribute('href', '/')
  })

  it('after each page change, the next Tab reaches the area’s own tabs first', async () => {
    const bff = contactBff()
    bff.on('GET /api/employer/trainees', json({ items: [] }))
    const { user, location } = renderApp('/employer')
    await screen.findByRole('heading', { level: 1, name: 'Acme Training Services' }, WAIT)
    const tabs = screen.getByRole('navigation', { name: 'Employer' })
    await user.click(within(tabs).getByRole('link', { name: 'Trainees' }))
    await vi.waitFor(() => expect(location()).toBe('/employer/trainees'), WAIT)
    await screen.findByRole('heading', { level: 1, name: 'Trainees' }, WAIT)

    // Focus is at the start of the page's main region, which the new heading names. Both happen in
    // one effect once the navigation is idle, which can come after the heading is on screen.
    await vi.waitFor(
      () => expect(screen.getByRole('main', { name: 'Trainees' })).toHaveFocus(),
      WAIT,
    )
    await user.tab()
    expect(within(tabs).getByRole('link', { name: 'Overview' })).toHaveFocus()
  })
})
