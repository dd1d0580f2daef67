import { screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it, vi } from 'vitest'
import { buildClientSummary, buildProfile, buildSession } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

const clients = [
  buildClientSummary({ clientCode: 'VT00000001', givenName: 'Charlotte', surname: 'Nguyen' }),
  buildClientSummary({ clientCode: 'VT00000002', givenName: 'Amelia', surname: 'Nguyen' }),
  buildClientSummary({ clientCode: 'VT00000003', givenName: 'Minh', surname: 'Nguyen' }),
]

function staffBff(answer = json({ items: clients, truncated: false })) {
  return fakeBff({
    'GET /api/session': json(buildSession({ user: { isStaff: true } })),
    'GET /api/staff/clients': answer,
    'GET /api/staff/clients/VT00000002': json(
      buildProfile({ clientCode: 'VT00000002', givenName: 'Amelia', surname: 'Nguyen' }),
    ),
    'GET /api/staff/clients/VT00000002/enrolments': json({ items: [] }),
    'GET /api/staff/clients/VT00000002/contracts': json({ items: [] }),
    'GET /api/staff/clients/VT00000002/events': json({ items: [] }),
    'GET /api/staff/clients/VT00000002/invoices': json({ items: [] }),
    'GET /api/staff/clients/VT00000002/awards': json({ items: [] }),
  })
}

const searches = (bff: ReturnType<typeof fakeBff>) =>
  bff.requests
    .filter((r) => r.url.pathname === '/api/staff/clients')
    .map((r) => r.url.searchParams.get('q'))

describe('client search', () => {
  it('waits for the typing to pause, then searches once and announces the results', async () => {
    const bff = staffBff()
    const { location } = renderApp('/staff')
    // Keystrokes without pauses between them, as a quick typist (and a busy test machine) makes.
    const user = userEvent.setup({ delay: null })
    const box = await screen.findByRole('combobox', { name: 'Find a client' })
    await user.type(box, 'nguyen')
    const status = await screen.findByText('3 clients found.')
    expect(status).toHaveAttribute('role', 'status')
    // One request for what was typed, none for each keystroke on the way.
    expect(searches(bff)).toEqual(['nguyen'])
    const options = within(screen.getByRole('listbox', { name: 'Clients found' })).getAllByRole(
      'option',
    )
    expect(options.map((o) => o.textContent)).toEqual([
      'Nguyen, CharlotteVT00000001',
      'Nguyen, AmeliaVT00000002',
      'Nguyen, MinhVT00000003',
    ])
    expect(box).toHaveAttribute('aria-expanded', 'true')
    await vi.waitFor(() => expect(location()).toBe('/staff?q=nguyen'))
  })

  it('tells same-named people apart by date of birth, email and suburb', async () => {
    const charlottes = [
      buildClientSummary({
        clientCode: 'VT00000001',
        givenName: 'Charlotte',
        surname: 'Nguyen',
        dateOfBirth: '1990-04-12',
        email: 'charlotte.nguyen@example.com',
        suburb: 'Parramatta',
      }),
      buildClientSummary({
        clientCode: 'VT00000004',
        givenName: 'Charlotte',
        surname: 'Nguyen',
        dateOfBirth: '2001-10-30',
        suburb: 'Penrith',
      }),
      buildClientSummary({ clientCode: 'VT00000002', givenName: 'Amelia', surname: 'Nguyen' }),
    ]
    staffBff(json({ items: charlottes, truncated: false }))
    const { user } = renderApp('/staff')
    await user.type(await screen.findByRole('combobox', { name: 'Find a client' }), 'nguyen')
    await screen.findByText('3 clients found.')
    const options = within(screen.getByRole('listbox', { name: 'Clients found' })).getAllByRole(
      'option',
    )
    expect(options.map((o) => o.textContent)).toEqual([
      'Nguyen, CharlotteBorn 12 Apr 1990 · charlotte.nguyen@example.com · ParramattaVT00000001',
      'Nguyen, CharlotteBorn 30 Oct 2001 · PenrithVT00000004',
      'Nguyen, AmeliaVT00000002',
    ])
  })

  it('asks for at least two characters and does not search one', async () => {
    const bff = staffBff()
    const { user } = renderApp('/staff')
    const box = await screen.findByRole('combobox', { name: 'Find a client' })
    await user.type(box, 'n')
    expect(await screen.findByText('Type at least 2 characters to search.')).toHaveAttribute(
      'role',
      'status',
    )
    await user.type(box, ' ')
    expect(screen.getByRole('status', { name: '' })).toHaveTextContent(
      'Type at least 2 characters to search.',
    )
    expect(searches(bff)).toEqual([])
  })

  it('says to refine the search when more clients matched than were sent', async () => {
    staffBff(json({ items: clients, truncated: true }))
    const { user } = renderApp('/staff')
    await user.type(await screen.findByRole('combobox', { name: 'Find a client' }), 'ng')
    expect(
      await screen.findByText(
        'More than 3 clients match — refine your search. Showing the first 3.',
      ),
    ).toBeInTheDocument()
  })

  it('says so when nobody matches', async () => {
    staffBff(json({ items: [], truncated: false }))
    const { user } = renderApp('/staff')
    await user.type(await screen.findByRole('combobox', { name: 'Find a client' }), 'zzz')
    expect(await screen.findByText('No clients match “zzz”.')).toBeInTheDocument()
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-expanded', 'false')
  })

  it('arrow keys move through the results and Enter opens the client’s record', async () => {
    staffBff()
    const { user, location } = renderApp('/staff?q=nguyen')
    const box = await screen.findByRole('combobox', { name: 'Find a client' })
    expect(box).toHaveValue('nguyen')
    await screen.findByText('3 clients found.')
    box.focus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    const active = screen.getByRole('option', { selected: true })
    expect(active).toHaveTextContent('Nguyen, Amelia')
    expect(box).toHaveAttribute('aria-activedescendant', active.id)
    await user.keyboard('{ArrowUp}{ArrowUp}')
    expect(screen.getByRole('option', { selected: true })).toHaveTextContent('Nguyen, Minh')
    await user.keyboard('{ArrowDown}{ArrowDown}{Enter}')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Amelia Nguyen' }),
    ).toBeInTheDocument()
    expect(location()).toBe('/staff/clients/VT00000002')
  })
})
