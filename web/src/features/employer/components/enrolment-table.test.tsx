import { screen, within } from '@testing-library/react'
import type { Enrolment } from '@vettrak-portal/contracts'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildAcmeTree, buildEnrolment } from '../../../testing/data-generators.ts'
import { fakeBff, json, type FakeRequest } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact, fakeLayout } from '../../../testing/employer.ts'

const WAIT = { timeout: 5000 }

/** `count` enrolments of learners Learner0000…, every tenth withdrawn. */
function buildEnrolments(count: number): Enrolment[] {
  return Array.from({ length: count }, (_, i) =>
    buildEnrolment({
      id: 50_000 + i,
      learner: {
        clientCode: `VT${String(i).padStart(8, '0')}`,
        givenName: 'Sam',
        surname: `Learner${String(i).padStart(4, '0')}`,
      },
      employerName: i % 2 ? 'Ward A' : 'Ward B',
      status: i % 10 === 9 ? 'Withdrawn' : 'Active',
      state: i % 10 === 9 ? 'other' : 'active',
      progress: undefined,
    }),
  )
}

function openEnrolments(enrolments: Enrolment[], url = '/employer/enrolments') {
  const bff = fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/tree': json(buildAcmeTree()),
    'GET /api/employer/enrolments': json({ items: enrolments }),
    'GET /api/employer/enrolments/progress': (request: FakeRequest) => {
      const ids = (request.url.searchParams.get('ids') ?? '').split(',').map(Number)
      return json({
        items: ids.map((id) =>
          (id - 50_000) % 10 === 9 ? { id } : { id, progress: { achieved: id % 7, total: 7 } },
        ),
      })
    },
  })
  return { bff, ...renderApp(url) }
}

const bodyRows = () =>
  within(screen.getByRole('table', { name: /Enrolments/ }))
    .getAllByRole('row')
    .filter((row) => row.getAttribute('aria-rowindex') !== '1' && row.hasAttribute('aria-rowindex'))

describe('the employer’s enrolments', { timeout: 20_000 }, () => {
  beforeEach(() => fakeLayout())

  it('5,000 enrolments: a window of rows, each with its progress, asked for a screenful at a time', async () => {
    const { bff } = openEnrolments(buildEnrolments(5000))
    expect(
      await screen.findByText('Showing 5,000 of 5,000 enrolments', {}, WAIT),
    ).toBeInTheDocument()
    const rendered = bodyRows()
    expect(rendered.length).toBeGreaterThan(5)
    expect(rendered.length).toBeLessThan(40)

    const first = rendered[0]
    if (!first) throw new Error('no rows')
    expect(within(first).getByText('Sam Learner0000')).toBeInTheDocument()
    expect(await within(first).findByText('6 of 7', {}, WAIT)).toBeInTheDocument()
    expect(
      within(first).getByRole('progressbar', { name: /Units achieved by Sam Learner0000/ }),
    ).toHaveProperty('value', 6)
    // The withdrawn enrolment (Learner0009) shows none.
    const withdrawn = bodyRows().find((row) => row.textContent?.includes('Learner0009'))
    await vi.waitFor(() => expect(withdrawn).toHaveTextContent('—'), WAIT)

    // The rows in view, each asked for once, in batches of at most 50 (one batch on a quiet
    // machine; rows that settle into view later, on a busy one, make a second).
    const asked = bff.requests.filter((r) => r.url.pathname === '/api/employer/enrolments/progress')
    const batches = asked.map((r) => r.url.searchParams.get('ids')?.split(',') ?? [])
    for (const batch of batches) expect(batch.length).toBeLessThanOrEqual(50)
    const ids = batches.flat()
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBeGreaterThanOrEqual(rendered.length)
    expect(ids.length).toBeLessThan(2 * 50)
  })

  it('opened by its address for one site, reads the sites and that site’s enrolments, never the tree’s counts', async () => {
    const { bff } = openEnrolments(buildEnrolments(3), '/employer/enrolments?site=102')
    expect(await screen.findByText('Showing 3 of 3 enrolments', {}, WAIT)).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Sites shown' })).toHaveTextContent(
      'Showing Acme Parramatta',
    )
    const asked = bff.requests.map((r) => r.url.pathname + r.url.search)
    expect(asked).toContain('/api/employer/sites')
    expect(asked).toContain('/api/employer/enrolments?employerId=102')
    expect(asked.filter((path) => path.startsWith('/api/employer/tree'))).toEqual([])
  })

  it('searches, sorts, filters and exports, without a Progress column in the file', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:enrolments'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { user, location } = openEnrolments(buildEnrolments(30))
    await screen.findByText('Showing 30 of 30 enrolments', {}, WAIT)

    await user.selectOptions(screen.getByLabelText('Filter by status'), 'Withdrawn')
    expect(await screen.findByText('Showing 3 of 30 enrolments')).toBeInTheDocument()
    await user.click(
      within(screen.getByRole('columnheader', { name: /Learner/ })).getByRole('button'),
    )
    expect(bodyRows()[0]).toHaveTextContent('Learner0029')
    await user.click(screen.getByLabelText(/^Search by learner/))
    await user.paste('VT00000019')
    expect(await screen.findByText('Showing 1 of 30 enrolments')).toBeInTheDocument()
    await vi.waitFor(() =>
      expect(location()).toBe('/employer/enrolments?q=VT00000019&sort=-learner&status=Withdrawn'),
    )
    expect(screen.getByRole('columnheader', { name: 'Progress' })).not.toHaveAttribute('aria-sort')
    expect(
      within(screen.getByRole('columnheader', { name: 'Progress' })).queryByRole('button'),
    ).not.toBeInTheDocument()

    await user.click(screen.getByRole('button', { name: 'Export CSV of the 1 shown' }))
    const text = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as string)
      reader.onerror = () => reject(reader.error ?? new Error('Could not read'))
      reader.readAsText(blobs[0] ?? new Blob())
    })
    expect(text.split('\r\n')[0]).toBe(
      '"Learner","Qualification or course","Site","Status","Start","Ends","Client code","Location"',
    )
    expect(text.split('\r\n')[1]).toMatch(/^"Learner0019, Sam",.*"VT00000019","WORKPLACE"$/)
  })
})
