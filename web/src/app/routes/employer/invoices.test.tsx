import { screen } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { buildAcmeTree, buildInvoice } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

const WAIT = { timeout: 4000 }

describe('the employer’s invoices', { timeout: 20_000 }, () => {
  it('filter by status and dates in the address, print, and export what is shown', async () => {
    const bff = fakeBff({
      'GET /api/session': json(acmeContact()),
      'GET /api/employer/sites': json(buildAcmeTree()),
      'GET /api/employer/tree': json(buildAcmeTree()),
      'GET /api/employer/invoices': json({
        items: [
          buildInvoice({ id: 1, number: 'INV1', owing: 0, overdue: false }),
          buildInvoice({ id: 2, number: 'INV2', owing: 149, overdue: true, invoiceeName: '=Acme' }),
        ],
      }),
    })
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:invoices'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const print = vi.fn()
    vi.stubGlobal('print', print)

    const { user, location } = renderApp(
      '/employer/invoices?site=102&status=unpaid&from=2026-01-01',
    )
    expect(
      await screen.findByText(
        'Unpaid invoices to these sites dated from 1 Jan 2026; overdue ones first.',
        {},
        WAIT,
      ),
    ).toBeInTheDocument()
    const asked = bff.requests.find((r) => r.url.pathname === '/api/employer/invoices')
    expect(Object.fromEntries(asked?.url.searchParams ?? [])).toEqual({
      employerId: '102',
      status: 'unpaid',
      from: '2026-01-01',
    })

    await user.type(screen.getByLabelText('To'), '2026-06-30')
    await user.click(screen.getByRole('button', { name: 'Apply dates' }))
    await vi.waitFor(
      () =>
        expect(location()).toBe(
          '/employer/invoices?site=102&status=unpaid&from=2026-01-01&to=2026-06-30',
        ),
      WAIT,
    )

    await user.click(screen.getByRole('button', { name: 'Print' }))
    expect(print).toHaveBeenCalledOnce()

    await user.click(screen.getByRole('button', { name: 'Export CSV of the 2 shown' }))
    const text = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as string)
      reader.onerror = () => reject(reader.error ?? new Error('Could not read'))
      reader.readAsText(blobs[0] ?? new Blob())
    })
    const lines = text.split('\r\n')
    expect(lines[0]).toBe(
      '"Invoice number","Date","Due","Invoiced to","Description","Order number","Total","Paid","Owing","Overdue"',
    )
    // Overdue first, as on the page; a formula-like cell is defused.
    expect(lines[1]).toMatch(/^"INV2",.*"'=Acme",.*"149","Yes"$/)
    expect(lines[2]).toMatch(/^"INV1",.*"No"$/)
  })
})
