import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { buildSession, twoEmployers } from '../testing/data-generators.ts'
import { fakeBff, json } from '../testing/fake-bff.ts'
import { renderApp } from '../testing/render-app.tsx'

const emptyDashboard = {
  'GET /api/me/enrolments': json({ items: [] }),
  'GET /api/me/events': json({ items: [] }),
  'GET /api/me/invoices': json({ items: [] }),
}

describe('a contact whose employers VETtrak could not list at sign-in', () => {
  it('is told why the employer pages are missing, and gets them when a retry reads them', async () => {
    const bff = fakeBff({
      'GET /api/session': json(buildSession({ employersUnavailable: true })),
      ...emptyDashboard,
    })
    renderApp('/learning')
    const notice = await screen.findByText(/Employer pages are not available yet/)
    expect(notice.closest('[role="status"]')).toHaveTextContent(
      'VETtrak could not say which employers you act for',
    )

    bff.on('GET /api/session', json(buildSession({ employers: twoEmployers })))
    const status = notice.closest('[role="status"]') as HTMLElement
    await userEvent.click(within(status).getByRole('button', { name: 'Try again' }))
    expect(await screen.findByRole('button', { name: 'Choose employer' })).toBeVisible()
    expect(screen.queryByText(/Employer pages are not available yet/)).not.toBeInTheDocument()
  })

  it('says nothing when the session has its employers', async () => {
    fakeBff({ 'GET /api/session': json(buildSession()), ...emptyDashboard })
    renderApp('/learning')
    expect(await screen.findByRole('heading', { level: 1 })).toBeInTheDocument()
    expect(screen.queryByText(/Employer pages are not available yet/)).not.toBeInTheDocument()
  })
})
