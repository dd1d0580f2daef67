import { screen, within } from '@testing-library/react'
import { allFeaturesOn } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import {
  buildAward,
  buildContract,
  buildEnrolment,
  buildEvent,
  buildSession,
  buildUnit,
} from '../../../testing/data-generators.ts'
import { apiError, fakeBff, json, type Handler } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

const heading = (name: string | RegExp) => screen.findByRole('heading', { level: 1, name })

function signedIn(routes: Record<string, Handler | Response>) {
  return fakeBff({ 'GET /api/session': json(buildSession()), ...routes })
}

const units = [
  buildUnit({ unitCode: 'CHCCCS031', outcome: 'achieved', score: 92 }),
  buildUnit({ unitCode: 'CHCCCS041', outcome: 'credit', score: undefined }),
  buildUnit({ unitCode: 'CHCLEG001', outcome: 'not-achieved', score: 45 }),
  buildUnit({ unitCode: 'CHCCCS040', outcome: 'in-progress', endDate: undefined }),
  buildUnit({ unitCode: 'CHCAGE011', outcome: 'not-started' }),
  buildUnit({ unitCode: 'CHCAGE013', outcome: 'withdrawn' }),
]

describe('an enrolment’s units', () => {
  it('each unit shows its outcome in words, its dates and score, with a summary', async () => {
    signedIn({
      'GET /api/me/enrolments': json({ items: [buildEnrolment({ id: 10001 })] }),
      'GET /api/me/enrolments/10001/units': json({ items: units }),
    })
    renderApp('/learning/enrolments/10001')
    expect(await heading('Certificate III in Individual Support')).toBeInTheDocument()

    const table = screen.getByRole('table', {
      name: 'Units of Certificate III in Individual Support',
    })
    const rows = within(table).getAllByRole('row').slice(1)
    const outcomeOf = (code: string) => {
      const row = rows.find((r) => r.textContent?.includes(code)) as HTMLElement
      return within(row).getAllByRole('cell')[1]?.textContent
    }
    // Each cell but the unit's own says what it is, for when rows are cards on a phone.
    expect(outcomeOf('CHCCCS031')).toBe('Outcome:Achieved')
    expect(outcomeOf('CHCCCS041')).toBe('Outcome:Credit')
    expect(outcomeOf('CHCLEG001')).toBe('Outcome:Not yet competent')
    expect(outcomeOf('CHCCCS040')).toBe('Outcome:In progress')
    expect(outcomeOf('CHCAGE011')).toBe('Outcome:Not started')
    expect(outcomeOf('CHCAGE013')).toBe('Outcome:Withdrawn')
    const first = within(rows[0] as HTMLElement).getAllByRole('cell')
    expect(first.map((cell) => cell.textContent)).toEqual([
      'CHCCCS031Provide individualised support',
      'Outcome:Achieved',
      'Start:8 May 2026',
      'End:10 June 2026',
      'Score:92',
    ])
    expect(within(rows[1] as HTMLElement).getAllByRole('cell')[4]).toHaveTextContent('Not recorded')

    const bar = screen.getByRole('progressbar', { name: 'Units achieved or credited' })
    expect(bar).toHaveAttribute('aria-valuenow', '2')
    expect(bar).toHaveAttribute('aria-valuemax', '6')
    expect(bar).toHaveAttribute('aria-valuetext', '2 of 6 units achieved')
    expect(screen.getByText('1 not yet competent')).toBeInTheDocument()
  })

  it('an enrolment that is not the learner’s is the 404 page', async () => {
    signedIn({
      'GET /api/me/enrolments': json({ items: [buildEnrolment({ id: 10001 })] }),
      'GET /api/me/enrolments/424242/units': apiError(404, 'NOT_FOUND', 'Not found.'),
    })
    renderApp('/learning/enrolments/424242')
    expect(await heading('Page not found')).toBeInTheDocument()
  })

  it('an address that is not an enrolment number is the 404 page', async () => {
    signedIn({})
    renderApp('/learning/enrolments/not-a-number')
    expect(await heading('Page not found')).toBeInTheDocument()
  })

  it('units VETtrak sent without outcomes: no progress is claimed, and each outcome is a dash', async () => {
    const bare = buildUnit({
      unitCode: undefined,
      unitName: undefined,
      result: undefined,
      resultCode: undefined,
      outcome: 'other',
      startDate: undefined,
      endDate: undefined,
      score: undefined,
    })
    signedIn({
      'GET /api/me/enrolments': json({ items: [buildEnrolment({ id: 10002 })] }),
      'GET /api/me/enrolments/10002/units': json({ items: [bare, bare] }),
    })
    renderApp('/learning/enrolments/10002')
    expect(
      await screen.findByText(/2 units are recorded; VETtrak did not send their outcomes\./),
    ).toBeInTheDocument()
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument()
    const table = screen.getByRole('table', { name: /^Units of / })
    expect(within(table).queryByText('Other')).not.toBeInTheDocument()
    expect(within(table).getAllByText('Not recorded')).toHaveLength(8)
  })

  it('no units yet: the empty state says so', async () => {
    signedIn({
      'GET /api/me/enrolments': json({ items: [buildEnrolment({ id: 10002 })] }),
      'GET /api/me/enrolments/10002/units': json({ items: [] }),
    })
    renderApp('/learning/enrolments/10002')
    expect(await screen.findByText('No units yet')).toBeInTheDocument()
  })
})

describe('enrolments', () => {
  it('each course links to its units and shows status, dates, delivery and progress', async () => {
    signedIn({
      'GET /api/me/enrolments': json({
        items: [
          buildEnrolment({ id: 10001, deliveryModes: ['Workplace-based', 'Internal delivery'] }),
          buildEnrolment({
            id: 10003,
            qualificationName: 'Certificate III in Business',
            status: 'Completed',
            state: 'completed',
            progress: { achieved: 9, total: 9 },
          }),
        ],
      }),
    })
    renderApp('/learning/enrolments')
    expect(await heading('Enrolments')).toBeInTheDocument()
    expect(
      screen.getByRole('link', { name: 'Certificate III in Individual Support' }),
    ).toHaveAttribute('href', '/learning/enrolments/10001')
    expect(screen.getByText('Workplace-based, Internal delivery')).toBeInTheDocument()
    expect(screen.getAllByText('8 May 2026 – 8 May 2027')).toHaveLength(2)
    expect(screen.getByText('Completed')).toBeInTheDocument()
    const bar = screen.getByRole('progressbar', {
      name: 'Progress: Certificate III in Business',
    })
    expect(bar).toHaveAttribute('aria-valuetext', '9 of 9 units achieved')
    const nav = screen.getByRole('navigation', { name: 'My learning' })
    expect(within(nav).getByRole('link', { name: 'Enrolments' })).toHaveAttribute(
      'aria-current',
      'page',
    )
  })

  it('no enrolments: the empty state says so', async () => {
    signedIn({ 'GET /api/me/enrolments': json({ items: [] }) })
    renderApp('/learning/enrolments')
    expect(await screen.findByText('No enrolments')).toBeInTheDocument()
  })
})

describe('contracts', () => {
  it('a contract shows its employer, type, dates, status and units', async () => {
    signedIn({
      'GET /api/me/contracts': json({ items: [buildContract({ id: 20001 })] }),
      'GET /api/me/contracts/20001/units': json({ items: units.slice(0, 2) }),
    })
    renderApp('/learning/contracts/20001')
    expect(await heading('Certificate III in Individual Support')).toBeInTheDocument()
    const details = screen.getByRole('region', { name: 'Contract' })
    expect(details).toHaveTextContent('EmployerBayside Aged Care')
    expect(details).toHaveTextContent('TypeTraineeship')
    expect(details).toHaveTextContent('Dates8 May 2026 – 8 May 2027')
    expect(details).toHaveTextContent('StatusActive')
    expect(screen.getByRole('table', { name: /Units of/ })).toHaveTextContent('CHCCCS041')
    expect(
      within(screen.getByRole('navigation', { name: 'My learning' })).getByRole('link', {
        name: 'Contracts',
      }),
    ).toHaveAttribute('aria-current', 'page')
  })

  it('a contract that is not the learner’s is the 404 page', async () => {
    signedIn({
      'GET /api/me/contracts': json({ items: [] }),
      'GET /api/me/contracts/5/units': apiError(404, 'NOT_FOUND', 'Not found.'),
    })
    renderApp('/learning/contracts/5')
    expect(await heading('Page not found')).toBeInTheDocument()
  })

  it('no contracts: the empty state says so', async () => {
    signedIn({ 'GET /api/me/contracts': json({ items: [] }) })
    renderApp('/learning/contracts')
    expect(await screen.findByText('No contracts')).toBeInTheDocument()
  })
})

describe('events', () => {
  it('are split into upcoming (soonest first) and past (latest first)', async () => {
    signedIn({
      'GET /api/me/events': json({
        items: [
          buildEvent({ id: 1, name: 'Old class', start: '2001-03-01T09:00:00', finish: undefined }),
          buildEvent({ id: 2, name: 'Far class', start: '2099-06-02T09:00:00', finish: undefined }),
          buildEvent({
            id: 3,
            name: 'Near class',
            start: '2098-01-05T09:00:00',
            finish: undefined,
          }),
          buildEvent({
            id: 4,
            name: 'Older class',
            start: '2000-03-01T09:00:00',
            finish: undefined,
          }),
        ],
      }),
    })
    renderApp('/learning/events')
    expect(await heading('Events')).toBeInTheDocument()
    const names = (region: string) =>
      within(screen.getByRole('region', { name: region }))
        .getAllByRole('listitem')
        .map((li) => li.querySelector('p')?.textContent)
    expect(names('Upcoming (2)')).toEqual(['Near class', 'Far class'])
    expect(names('Past (2)')).toEqual(['Old class', 'Older class'])
    // The file comes from the BFF (in the RTO's time zone), not from the browser.
    expect(screen.getByRole('link', { name: 'Download my events (.ics)' })).toHaveAttribute(
      'href',
      '/api/feeds/events.ics',
    )
    // Subscribing is offered only where the portal keeps feeds.
    expect(
      screen.queryByRole('link', { name: 'Subscribe so it stays up to date' }),
    ).not.toBeInTheDocument()
  })

  it('where the portal keeps calendar feeds, a subscription is a link away', async () => {
    signedIn({
      'GET /api/meta': json({
        demo: false,
        demoAccounts: [],
        features: allFeaturesOn(),
        calendarFeeds: true,
      }),
      'GET /api/me/events': json({
        items: [buildEvent({ id: 2, start: '2099-06-02T09:00:00', finish: undefined })],
      }),
    })
    const { user, location } = renderApp('/learning/events')
    await user.click(await screen.findByRole('link', { name: 'Subscribe so it stays up to date' }))
    expect(await heading('Account')).toBeInTheDocument()
    expect(location()).toBe('/account')
  })

  it('nothing upcoming: the empty state says so and there is nothing to download', async () => {
    signedIn({ 'GET /api/me/events': json({ items: [] }) })
    renderApp('/learning/events')
    expect(await screen.findByText('No upcoming events')).toBeInTheDocument()
    expect(screen.getByText('No past events')).toBeInTheDocument()
    expect(screen.queryByRole('link', { name: /\(\.ics\)/ })).not.toBeInTheDocument()
  })

  it('the calendar view is a link away, kept in the address', async () => {
    signedIn({ 'GET /api/me/events': json({ items: [] }) })
    const { user, location } = renderApp('/learning/events')
    await user.click(await screen.findByRole('link', { name: 'Calendar' }))
    expect(await screen.findByRole('grid')).toBeInTheDocument()
    expect(location()).toBe('/learning/events?view=calendar')
    expect(screen.getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'true')
  })
})

describe('certificates', () => {
  it('show the qualification, number, date and expiry, expired ones marked', async () => {
    signedIn({
      'GET /api/me/awards': json({
        items: [
          buildAward({ id: 1 }),
          buildAward({
            id: 2,
            qualificationCode: 'HLTAID009',
            qualificationName: 'Provide cardiopulmonary resuscitation',
            certificateNumber: 'CSIS0060002',
            recorded: '2001-09-30T00:00:00',
            expiry: '2002-09-30T00:00:00',
          }),
        ],
      }),
    })
    renderApp('/learning/certificates')
    expect(await heading('Certificates')).toBeInTheDocument()
    const rows = screen.getAllByRole('row').slice(1)
    const cells = (row: HTMLElement | undefined) =>
      within(row as HTMLElement)
        .getAllByRole('cell')
        .map((cell) => cell.textContent)
    expect(cells(rows[0]).slice(1, 4)).toEqual([
      'Certificate number:CSIQ0060001',
      'Issued:30 Oct 2025',
      'Expiry:No expiry date',
    ])
    expect(cells(rows[1])[3]).toBe('Expiry:30 Sept 2002Expired')
  })

  it('each numbered one has a link and a QR code that open the public check pre-filled', async () => {
    signedIn({ 'GET /api/me/awards': json({ items: [buildAward({ id: 1 })] }) })
    renderApp('/learning/certificates')
    const link = await screen.findByRole('link', { name: /Check link for/ })
    const href = new URL(link.getAttribute('href') ?? '', 'http://localhost')
    expect(href.pathname).toBe('/verify')
    expect(Object.fromEntries(href.searchParams)).toEqual({
      givenName: 'Ava',
      surname: 'Nguyen',
      number: 'CSIQ0060001',
    })
    const qr = await screen.findByRole('img', { name: /QR code opening the certificate check/ })
    const svg = decodeURIComponent((qr.getAttribute('src') ?? '').split(',')[1] ?? '')
    expect(svg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/)
  })

  it('show no check link when VETtrak does not offer VerifyAward', async () => {
    signedIn({
      'GET /api/me/awards': json({ items: [buildAward({ id: 1 })] }),
      'GET /api/meta': json({
        demo: false,
        demoAccounts: [],
        features: { ...allFeaturesOn(), certificateVerification: false },
      }),
    })
    renderApp('/learning/certificates')
    expect(await heading('Certificates')).toBeInTheDocument()
    expect(screen.getAllByRole('row')[1]).toHaveTextContent('CSIQ0060001')
    expect(screen.queryByRole('link', { name: /Check link/ })).not.toBeInTheDocument()
    expect(screen.queryByRole('columnheader', { name: 'Check online' })).not.toBeInTheDocument()
  })

  it('none yet: the empty state says so', async () => {
    signedIn({ 'GET /api/me/awards': json({ items: [] }) })
    renderApp('/learning/certificates')
    expect(await screen.findByText('No certificates yet')).toBeInTheDocument()
  })
})

describe('/learning', () => {
  it('is the overview too, with one set of tabs', async () => {
    signedIn({})
    const { location } = renderApp('/learning')
    expect(await heading('My learning')).toBeInTheDocument()
    expect(location()).toBe('/learning')
    expect(screen.getAllByRole('navigation', { name: 'My learning' })).toHaveLength(1)
  })
})
