import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { allFeaturesOn, type CalendarFeed } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import {
  buildPasswordPolicy,
  buildProfile,
  buildSession,
  twoEmployers,
} from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

const URL_HTTPS = 'https://portal.example.edu.au/calendar/abc.ics'
const URL_WEBCAL = 'webcal://portal.example.edu.au/calendar/abc.ics'

function account(options: { calendarFeeds: boolean; employers?: typeof twoEmployers }) {
  const feeds: CalendarFeed[] = []
  const bff = fakeBff({
    'GET /api/meta': json({
      demo: false,
      demoAccounts: [],
      features: allFeaturesOn(),
      calendarFeeds: options.calendarFeeds,
    }),
    'GET /api/session': json(buildSession({ employers: options.employers ?? [] })),
    'GET /api/me': json(buildProfile()),
    'GET /api/me/password-policy': json(buildPasswordPolicy()),
    'GET /api/feeds': () => json({ items: feeds }),
    'POST /api/feeds': () => {
      const feed: CalendarFeed = { id: 'f1', kind: 'learner', createdAt: '2026-11-16T00:00:00Z' }
      feeds.splice(0, feeds.length, feed)
      return json({ feed, url: URL_HTTPS, webcalUrl: URL_WEBCAL }, 201)
    },
    'DELETE /api/feeds/f1': () => {
      feeds.splice(0, feeds.length)
      return new Response(null, { status: 204 })
    },
  })
  return bff
}

describe('calendar subscription on the account page', () => {
  it('makes a link, shows both URLs with copy buttons and how-tos, and stops it', async () => {
    const user = userEvent.setup()
    const bff = account({ calendarFeeds: true })
    renderApp('/account')
    const section = await screen.findByRole('region', { name: 'My events' })
    expect(within(section).getByText('No subscription link yet.')).toBeInTheDocument()

    await user.click(within(section).getByRole('button', { name: 'Make a subscription link' }))
    expect(await within(section).findByLabelText('Calendar app link (webcal)')).toHaveValue(
      URL_WEBCAL,
    )
    expect(within(section).getByLabelText('Web link (https, for Google Calendar)')).toHaveValue(
      URL_HTTPS,
    )
    expect(bff.requests.find((r) => r.method === 'POST')?.body).toEqual({ kind: 'learner' })
    await user.click(
      within(section).getByRole('button', { name: 'Copy the calendar app link (webcal)' }),
    )
    expect(await within(section).findByText('Copied.')).toBeInTheDocument()
    // user-event stands in for the clipboard.
    expect(await navigator.clipboard.readText()).toBe(URL_WEBCAL)
    for (const app of ['Google Calendar', 'Outlook', 'Apple Calendar (iPhone, iPad, Mac)'])
      expect(screen.getByText(app)).toBeInTheDocument()
    expect(
      await within(section).findByRole('button', { name: 'Make a new link (the old one stops)' }),
    ).toBeInTheDocument()

    await user.click(within(section).getByRole('button', { name: 'Stop this link' }))
    expect(await within(section).findByText('No subscription link yet.')).toBeInTheDocument()
    expect(within(section).queryByLabelText('Calendar app link (webcal)')).not.toBeInTheDocument()
    expect(
      bff.requests.some((r) => r.method === 'DELETE' && r.url.pathname === '/api/feeds/f1'),
    ).toBe(true)
  })

  it("offers each employer's calendar to a contact", async () => {
    account({ calendarFeeds: true, employers: twoEmployers })
    renderApp('/account')
    expect(
      await screen.findByRole('region', { name: 'Acme Training Services: events and classes' }),
    ).toBeInTheDocument()
    expect(
      screen.getByRole('region', { name: 'Harbour Logistics: events and classes' }),
    ).toBeInTheDocument()
  })

  it('is not offered when the portal keeps no feeds', async () => {
    account({ calendarFeeds: false })
    renderApp('/account')
    expect(await screen.findByRole('heading', { name: 'Your details' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Calendar subscription' })).not.toBeInTheDocument()
  })
})
