import { allFeaturesOn } from '@vettrak-portal/contracts'
import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { buildInvoice, buildInvoiceItem, buildSession } from '../../../testing/data-generators.ts'
import { fakeBff, json, type FakeRequest } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

const overdue = buildInvoice({
  id: 1,
  number: 'INV0001',
  paymentStatus: 'unpaid',
  total: 149,
  amountPaid: 0,
  owing: 149,
  overdue: true,
  items: [buildInvoiceItem({ id: 11, description: 'First aid tuition fee', amount: 149 })],
})
const partPaid = buildInvoice({
  id: 2,
  number: 'INV0002',
  paymentStatus: 'part-paid',
  total: 1555,
  gst: 5,
  amountPaid: 555,
  owing: 1000,
  items: [
    buildInvoiceItem({ id: 21, description: 'Student contribution', amount: 1500 }),
    buildInvoiceItem({ id: 22, description: 'Uniform (2 polo shirts)', quantity: 2, amount: 55 }),
  ],
})
const paid = buildInvoice({
  id: 3,
  number: 'INV0003',
  paymentStatus: 'paid',
  total: 65,
  amountPaid: 65,
  owing: 0,
})

// Answers like the BFF: filtered by status.
function invoicesByStatus(request: FakeRequest) {
  const status = request.url.searchParams.get('status')
  const all = [overdue, partPaid, paid]
  const items =
    status === 'unpaid'
      ? all.filter((i) => (i.owing ?? 0) > 0)
      : status === 'paid'
        ? all.filter((i) => i.owing === 0)
        : all
  return json({ items })
}

function openInvoices(url = '/learning/invoices') {
  const bff = fakeBff({
    'GET /api/session': json(buildSession()),
    'GET /api/me/invoices': invoicesByStatus,
  })
  return { bff, ...renderApp(url) }
}

const invoiceRequests = (requests: FakeRequest[]) =>
  requests.filter((r) => r.url.pathname === '/api/me/invoices').map((r) => r.url.search)
const card = (number: string) =>
  screen.getByRole('heading', { name: `Invoice ${number}` }).closest('li') as HTMLElement
const statusLink = (name: string) =>
  within(screen.getByRole('navigation', { name: 'Show' })).getByRole('link', { name })

describe('invoices', () => {
  it('a learner sees each invoice’s dates, status and amounts, overdue ones marked', async () => {
    openInvoices()
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    const first = card('INV0001')
    expect(within(first).getByText('Unpaid')).toBeInTheDocument()
    expect(within(first).getByText('Overdue')).toBeInTheDocument()
    expect(within(first).getByText('4 Nov 2026')).toBeInTheDocument()
    expect(within(first).getByText('19 Nov 2026')).toBeInTheDocument()
    expect(within(card('INV0002')).getByText('Part paid')).toBeInTheDocument()
    expect(within(card('INV0002')).queryByText('Overdue')).not.toBeInTheDocument()
    expect(within(card('INV0002')).getByText('$1,000.00')).toBeInTheDocument()
    expect(within(card('INV0003')).getByText('Paid', { selector: 'span' })).toBeInTheDocument()
  })

  it('an invoice VETtrak sent without status or amounts shows dashes, and no status badge', async () => {
    const sparse = {
      ...buildInvoice({ id: 9, number: 'INV0009', items: [] }),
      paymentStatus: undefined,
      total: undefined,
      gst: undefined,
      amountPaid: undefined,
      owing: undefined,
      items: [{ description: 'Tuition' }],
    }
    fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/invoices': json({ items: [sparse] }),
    })
    renderApp('/learning/invoices')
    expect(await screen.findByRole('heading', { level: 1, name: 'Invoices' })).toBeInTheDocument()
    const only = card('INV0009')
    for (const label of ['Total', 'Paid', 'Owing'])
      expect(
        within(only).getByText(label, { selector: 'dt' }).nextElementSibling,
      ).toHaveTextContent('—')
    for (const status of ['Unpaid', 'Part paid', 'Paid', 'Overpaid', 'Credited'])
      expect(within(only).queryByText(status, { selector: 'span' })).not.toBeInTheDocument()
  })

  it('the totals add up what is shown', async () => {
    openInvoices()
    const totals = await screen.findByRole('region', { name: 'Totals of the invoices shown' })
    expect(totals).toHaveTextContent('3 invoices shown')
    expect(totals).toHaveTextContent('Total$1,769.00')
    expect(totals).toHaveTextContent('Paid$620.00')
    expect(totals).toHaveTextContent('Owing$1,149.00')
    expect(totals).toHaveTextContent('1 overdue: $149.00 to pay now')
  })

  it('line items open and close behind a button that says whether it is expanded', async () => {
    const { user } = openInvoices()
    await screen.findByRole('heading', { level: 1, name: 'Invoices' })
    const button = within(card('INV0002')).getByRole('button', { name: /Show items \(2\)/ })
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('cell', { name: 'Uniform (2 polo shirts)' })).not.toBeInTheDocument()
    expect(screen.getByText('Uniform (2 polo shirts)')).not.toBeVisible()

    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'true')
    expect(button).toHaveAccessibleName('Hide items (2) of invoice INV0002')
    const items = screen.getByRole('table', { name: 'Items of invoice INV0002' })
    expect(button).toHaveAttribute('aria-controls', items.parentElement?.parentElement?.id)
    expect(within(items).getByRole('cell', { name: 'Uniform (2 polo shirts)' })).toBeInTheDocument()

    await user.click(button)
    expect(button).toHaveAttribute('aria-expanded', 'false')
    expect(
      screen.queryByRole('table', { name: 'Items of invoice INV0002' }),
    ).not.toBeInTheDocument()
  })

  it('the status filter lives in the address, and Back brings the last one back', async () => {
    const { user, bff, location, router } = openInvoices()
    await screen.findByRole('heading', { level: 1, name: 'Invoices' })
    expect(statusLink('All')).toHaveAttribute('aria-current', 'true')

    await user.click(statusLink('Unpaid'))
    expect(await screen.findByText('Unpaid invoices.')).toBeInTheDocument()
    expect(location()).toBe('/learning/invoices?status=unpaid')
    expect(statusLink('Unpaid')).toHaveAttribute('aria-current', 'true')
    expect(screen.queryByRole('heading', { name: 'Invoice INV0003' })).not.toBeInTheDocument()
    expect(invoiceRequests(bff.requests)).toEqual(['?status=all', '?status=unpaid'])

    await router.navigate(-1)
    expect(await screen.findByText('All your invoices.')).toBeInTheDocument()
    expect(statusLink('All')).toHaveAttribute('aria-current', 'true')
  })

  it('a link to the unpaid ones opens with that filter', async () => {
    const { bff } = openInvoices('/learning/invoices?status=unpaid')
    expect(await screen.findByText('Unpaid invoices.')).toBeInTheDocument()
    expect(screen.getAllByRole('heading', { level: 2, name: /^Invoice / })).toHaveLength(2)
    expect(invoiceRequests(bff.requests)).toEqual(['?status=unpaid'])
  })

  it('a date range goes into the address and to the BFF; a backwards range is refused', async () => {
    const { user, bff, location } = openInvoices('/learning/invoices?status=unpaid')
    const from = await screen.findByLabelText('From')
    const to = screen.getByLabelText('To', { selector: 'input' })

    fireEvent.change(from, { target: { value: '2026-12-01' } })
    fireEvent.change(to, { target: { value: '2026-01-01' } })
    await user.click(screen.getByRole('button', { name: 'Apply dates' }))
    expect(to).toHaveAccessibleDescription('The “to” date must be on or after the “from” date.')
    expect(location()).toBe('/learning/invoices?status=unpaid')

    fireEvent.change(to, { target: { value: '2026-12-31' } })
    await user.click(screen.getByRole('button', { name: 'Apply dates' }))
    expect(
      await screen.findByText('Unpaid invoices dated 1 Dec 2026 to 31 Dec 2026.'),
    ).toBeInTheDocument()
    expect(location()).toBe('/learning/invoices?status=unpaid&from=2026-12-01&to=2026-12-31')
    expect(invoiceRequests(bff.requests).at(-1)).toBe(
      '?status=unpaid&from=2026-12-01&to=2026-12-31',
    )

    await user.click(statusLink('Paid'))
    expect(await screen.findByText('Paid invoices dated 1 Dec 2026 to 31 Dec 2026.')).toBeVisible()
    expect(location()).toBe('/learning/invoices?status=paid&from=2026-12-01&to=2026-12-31')
  })

  it('nonsense in the address is left out and said so', async () => {
    const { bff } = openInvoices('/learning/invoices?status=bogus&from=2026-13-45')
    expect(await screen.findByText('All your invoices.')).toBeInTheDocument()
    expect(screen.getByText('“2026-13-45” is not a date, so it was left out.')).toBeInTheDocument()
    expect(invoiceRequests(bff.requests)).toEqual(['?status=all'])
  })

  it('no unpaid invoices: the empty state says so', async () => {
    fakeBff({
      'GET /api/session': json(buildSession()),
      'GET /api/me/invoices': json({ items: [] }),
    })
    renderApp('/learning/invoices?status=unpaid')
    expect(await screen.findByText('No invoices')).toBeInTheDocument()
    expect(screen.getByText('You have no unpaid invoices.')).toBeInTheDocument()
  })

  it('a Print button prints; the item rows are in the page for print styles to show', async () => {
    const print = vi.fn()
    vi.stubGlobal('print', print)
    const { user } = openInvoices()
    await user.click(await screen.findByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()
    const closedItems = screen.getByRole('button', { name: /Show items \(2\)/ })
    const region = document.getElementById(closedItems.getAttribute('aria-controls') ?? '')
    expect(region).not.toBeVisible()
    expect(region).toHaveClass('print:block!')
  })

  it('prints as a statement: the RTO and its ABN, whose invoices they are, and when', async () => {
    fakeBff({
      'GET /api/meta': json({
        demo: false,
        demoAccounts: [],
        features: allFeaturesOn(),
        brand: {
          name: 'Harbourside Training College',
          primaryColour: '#0f766e',
          abn: '51 824 753 556',
        },
      }),
      'GET /api/session': json(buildSession()),
      'GET /api/me/invoices': invoicesByStatus,
    })
    renderApp('/learning/invoices')
    const statement = await screen.findByText(
      'Statement for Ava Nguyen (client LRN0001), printed 16 Nov 2026',
    )
    expect(statement).toHaveClass('hidden', 'print:block')
    const letterhead = screen.getByText('ABN 51 824 753 556').parentElement
    expect(letterhead).toHaveTextContent('Harbourside Training College')
    expect(letterhead).toHaveClass('hidden', 'print:block')
  })
})
