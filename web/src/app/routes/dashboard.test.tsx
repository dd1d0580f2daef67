import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  buildEnrolment,
  buildEvent,
  buildInvoice,
  buildSession,
} from '../../testing/data-generators.ts'
import { daysFromToday } from '../../testing/clock.ts'
import { apiError, fakeBff, json } from '../../testing/fake-bff.ts'
import { renderApp } from '../../testing/render-app.tsx'

const card = (name: string) => screen.getByRole('region', { name })

describe('the dashboard', () => {
  it('shows what is coming up, current courses with progress, and what is owing', async () => {
    const bff = fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/events': json({
        items: [
          buildEvent({ id: 1, name: 'Yesterday', start: daysFromToday(-1, '09:00:00') }),
          // Started at 9 today, finishes at 15:30: still coming up at the tests' 10 o'clock.
          buildEvent({ id: 2, name: 'Under way', start: daysFromToday(0, '09:00:00') }),
          ...[1, 2, 3].map((n) =>
            buildEvent({ id: 10 + n, name: `Class ${n}`, start: daysFromToday(n + 1, '09:00:00') }),
          ),
        ],
      }),
      'GET /api/me/enrolments': json({
        items: [
          buildEnrolment({ id: 1 }),
          buildEnrolment({ id: 2, qualificationName: 'Old course', state: 'completed' }),
        ],
      }),
      'GET /api/me/invoices': json({
        items: [
          buildInvoice({ id: 1, owing: 149, overdue: true }),
          buildInvoice({ id: 2, owing: 1000, overdue: false }),
        ],
      }),
    })
    renderApp('/')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My learning' }),
    ).toBeInTheDocument()

    const coming = card('Coming up')
    expect(await within(coming).findByText('Class 1')).toBeInTheDocument()
    expect(within(coming).getAllByRole('listitem')).toHaveLength(3)
    expect(within(coming).getByText('Under way')).toBeInTheDocument()
    expect(within(coming).queryByText('Yesterday')).not.toBeInTheDocument()
    expect(within(coming).queryByText('Class 3')).not.toBeInTheDocument()
    expect(coming).toHaveTextContent('in 2 days')

    const courses = card('Current courses')
    const bar = await within(courses).findByRole('progressbar', {
      name: 'Progress: Certificate III in Individual Support',
    })
    expect(bar).toHaveAttribute('aria-valuenow', '6')
    expect(bar).toHaveAttribute('aria-valuemax', '11')
    expect(within(courses).queryByText('Old course')).not.toBeInTheDocument()

    const invoices = card('Invoices')
    expect(await within(invoices).findByText('$1,149.00')).toBeInTheDocument()
    expect(invoices).toHaveTextContent('$149.00 is overdue (1 invoice).')
    expect(within(invoices).getByRole('link', { name: 'View unpaid invoices' })).toHaveAttribute(
      'href',
      '/learning/invoices?status=unpaid',
    )
    expect(bff.requests.find((r) => r.url.pathname === '/api/me/invoices')?.url.search).toBe(
      '?status=unpaid',
    )
  })

  it('with nothing on, each card says what is empty', async () => {
    fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/events': json({ items: [] }),
      'GET /api/me/enrolments': json({ items: [] }),
      'GET /api/me/invoices': json({ items: [] }),
    })
    renderApp('/')
    expect(await screen.findByText('No upcoming events')).toBeInTheDocument()
    expect(await screen.findByText('No current courses')).toBeInTheDocument()
    expect(await screen.findByText('You have nothing to pay. Thank you!')).toBeInTheDocument()
  })

  it('one card failing leaves the others, and offers to try again', async () => {
    const bff = fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/events': apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is not available.'),
      'GET /api/me/enrolments': json({ items: [] }),
      'GET /api/me/invoices': json({ items: [] }),
    })
    const { user } = renderApp('/')
    const coming = await screen.findByRole('region', { name: 'Coming up' })
    const alert = await within(coming).findByRole('alert')
    expect(alert).toHaveTextContent('VETtrak is not available.')
    expect(await screen.findByText('No current courses')).toBeInTheDocument()

    bff.on('GET /api/me/events', json({ items: [] }))
    await user.click(within(alert).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByText('No upcoming events')).toBeInTheDocument()
  })
})
