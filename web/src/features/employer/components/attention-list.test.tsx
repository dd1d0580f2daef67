import { screen, within } from '@testing-library/react'
import type { TraineeAttention } from '@vettrak-portal/contracts'
import { allFeaturesOn } from '@vettrak-portal/contracts'
import { describe, expect, it, vi } from 'vitest'
import { buildAcmeTree } from '../../../testing/data-generators.ts'
import { fakeBff, json, type Handler } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

const attention = (n: number, overrides: Partial<TraineeAttention> = {}): TraineeAttention => ({
  contractId: 20100 + n,
  clientCode: `VT0000010${n}`,
  givenName: `Given${n}`,
  surname: `Surname${n}`,
  qualificationName: 'Certificate III in Business',
  employerId: '103',
  employerName: 'Acme Newcastle',
  reasons: [{ kind: 'no-recent-result', message: `No unit result in the last 90 days (${n}).` }],
  ...overrides,
})

function overview(routes: Record<string, Handler | Response>) {
  return fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/tree': json(buildAcmeTree()),
    'GET /api/employer': json({ id: '101', name: 'Acme Training Services' }),
    'GET /api/employer/enrolments': json({ items: [] }),
    'GET /api/employer/invoices': json({ items: [] }),
    'GET /api/employer/events': json({ items: [] }),
    ...routes,
  })
}

/** The text of an exported file, without its BOM (jsdom's Blob has no `text()`). */
const textOf = (blob: Blob | undefined) =>
  new Promise<string>((resolve, reject) => {
    if (!blob) return reject(new Error('Nothing was exported'))
    const reader = new FileReader()
    reader.onload = () => resolve(new TextDecoder().decode(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error ?? new Error('Could not read'))
    reader.readAsArrayBuffer(blob)
  })

const section = async () =>
  (await screen.findByRole('heading', { name: 'Trainees to look at' })).closest(
    'section',
  ) as HTMLElement

describe('the employer overview’s trainees to look at', { timeout: 20_000 }, () => {
  it('says why for each, in words, and links to the trainee within the chosen site', async () => {
    const aisha = attention(8, {
      givenName: 'Aisha',
      surname: 'Rahman',
      reasons: [
        {
          kind: 'withdrawn',
          message: 'Withdrew from the traineeship on 4 November 2026 (12 days ago).',
        },
      ],
    })
    const bff = overview({ 'GET /api/employer/attention': json({ items: [aisha, attention(9)] }) })
    renderApp('/employer?site=103')
    const list = await section()
    const link = await within(list).findByRole('link', { name: 'Aisha Rahman' })
    expect(link).toHaveAttribute('href', '/employer/trainees/20108?site=103')
    expect(
      within(list).getByText('Withdrew from the traineeship on 4 November 2026 (12 days ago).'),
    ).toBeInTheDocument()
    expect(within(list).getByText('No unit result in the last 90 days (9).')).toBeInTheDocument()
    const asked = bff.requests.find((r) => r.url.pathname === '/api/employer/attention')
    expect(asked?.url.searchParams.get('employerId')).toBe('103')
  })

  it('shows five and exports all of them as CSV', async () => {
    const items = Array.from({ length: 7 }, (_, i) => attention(i + 1))
    overview({ 'GET /api/employer/attention': json({ items }) })
    const saved: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push(blob as Blob)
      return 'blob:csv'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { user } = renderApp('/employer')
    const list = await section()
    await within(list).findByRole('link', { name: 'Given1 Surname1' })
    expect(within(list).getAllByRole('listitem')).toHaveLength(5)
    expect(within(list).getByText('Showing 5 of 7; the CSV has them all.')).toBeInTheDocument()

    await user.click(within(list).getByRole('button', { name: /Export CSV/ }))
    const csv = await textOf(saved[0])
    const lines = csv.trimEnd().split('\r\n')
    expect(lines).toHaveLength(8)
    expect(lines[0]).toBe('"Trainee","Client code","Qualification","Site","Why"')
    expect(lines[7]).toBe(
      '"Given7 Surname7","VT00000107","Certificate III in Business","Acme Newcastle","No unit result in the last 90 days (7)."',
    )
  })

  it('says so when no one needs attention', async () => {
    overview({ 'GET /api/employer/attention': json({ items: [] }) })
    renderApp('/employer')
    const list = await section()
    expect(await within(list).findByText(/No trainee needs attention/)).toBeInTheDocument()
  })

  it('is not shown, nor asked for, when VETtrak does not offer the trainee views', async () => {
    const bff = overview({
      'GET /api/meta': json({
        demo: false,
        demoAccounts: [],
        features: { ...allFeaturesOn(), trainees: false },
      }),
    })
    renderApp('/employer')
    expect(await screen.findByRole('heading', { name: 'Details' })).toBeInTheDocument()
    expect(screen.queryByRole('heading', { name: 'Trainees to look at' })).not.toBeInTheDocument()
    expect(bff.requests.some((r) => r.url.pathname === '/api/employer/attention')).toBe(false)
  })
})
