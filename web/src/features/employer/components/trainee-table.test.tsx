import { screen, within } from '@testing-library/react'
import type { Trainee } from '@vettrak-portal/contracts'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { buildAcmeTree, buildTrainee, buildTrainees } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact, fakeLayout } from '../../../testing/employer.ts'

function openTrainees(trainees: Trainee[], url = '/employer/trainees') {
  fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/tree': json(buildAcmeTree()),
    'GET /api/employer/trainees': json({ items: trainees }),
    'GET /api/employer/trainees/3/units': json({ items: [] }),
    'GET /api/employer/trainees/3': json({
      ...trainees.find((t) => t.contractId === 3),
      upcoming: [],
    }),
  })
  return renderApp(url)
}

const six = [
  buildTrainee({
    contractId: 1,
    givenName: 'Olivia',
    surname: 'Brown',
    clientCode: 'VT01',
    employerName: 'Parramatta',
  }),
  buildTrainee({
    contractId: 2,
    givenName: 'Mei',
    surname: 'Chen',
    clientCode: 'VT02',
    employerName: 'Newcastle',
    qualificationCode: 'CPC30220',
    qualificationName: 'Certificate III in Carpentry',
  }),
  buildTrainee({
    contractId: 3,
    givenName: 'Lachlan',
    surname: 'Kelly',
    clientCode: 'VT03',
    employerName: 'Newcastle',
    status: 'Cancelled',
  }),
  buildTrainee({
    contractId: 4,
    givenName: 'Aisha',
    surname: 'Rahman',
    clientCode: 'VT04',
    employerName: 'Parramatta',
    status: 'Completed',
  }),
  buildTrainee({
    contractId: 5,
    givenName: 'Jarrah',
    surname: 'Walker',
    clientCode: 'VT05',
    employerName: '@Maitland, "Depot"',
  }),
  buildTrainee({
    contractId: 6,
    givenName: 'Minh',
    surname: 'Pham',
    clientCode: 'VT06',
    employerName: 'Parramatta',
  }),
]

const bodyRows = () => {
  const table = screen.getByRole('table', { name: /Trainees/ })
  return within(table)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('aria-rowindex') && row.getAttribute('aria-rowindex') !== '1')
}
const names = () => bodyRows().map((row) => within(row).getAllByRole('cell')[0]?.textContent)

/** The exported file's bytes: a UTF-8 BOM, then the text. */
const readFile = (blob: Blob | undefined) =>
  new Promise<{ bom: number[]; text: string }>((resolve, reject) => {
    if (!blob) return reject(new Error('Nothing was exported'))
    const reader = new FileReader()
    reader.onload = () => {
      const bytes = new Uint8Array(reader.result as ArrayBuffer)
      resolve({ bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes.slice(3)) })
    }
    reader.onerror = () => reject(reader.error ?? new Error('Could not read'))
    reader.readAsArrayBuffer(blob)
  })

// Thousands of rows in jsdom: slow on a busy machine, so more time than the default.
describe('the trainee table', { timeout: 20_000 }, () => {
  beforeEach(() => fakeLayout())

  it(
    'with 5,000 trainees only a window of rows is in the page, and the count says how many',
    { timeout: 15_000 },
    async () => {
      openTrainees(buildTrainees(5000))
      expect(
        await screen.findByText('Showing 5,000 of 5,000 trainees', {}, { timeout: 5000 }),
      ).toBeInTheDocument()
      const table = screen.getByRole('table', { name: /Trainees/ })
      expect(table).toHaveAttribute('aria-rowcount', '5001')
      const rendered = bodyRows().length
      expect(rendered).toBeGreaterThan(5)
      expect(rendered).toBeLessThan(40)
    },
  )

  it('a contact searches by name, code, qualification or site', async () => {
    const { user } = openTrainees(six)
    const search = await screen.findByLabelText(/^Search by name/)
    await user.click(search)
    await user.paste('chen')
    expect(await screen.findByText('Showing 1 of 6 trainees')).toBeInTheDocument()
    expect(names()).toEqual(['Mei Chen'])

    await user.clear(search)
    await user.click(search)
    await user.paste('VT04')
    expect(await screen.findByText('Showing 1 of 6 trainees')).toBeInTheDocument()
    expect(names()).toEqual(['Aisha Rahman'])

    await user.clear(search)
    await user.click(search)
    await user.paste('carpentry')
    expect(names()).toEqual(['Mei Chen'])

    await user.clear(search)
    await user.click(search)
    await user.paste('newcastle kelly')
    expect(await screen.findByText('Showing 1 of 6 trainees')).toBeInTheDocument()
    expect(names()).toEqual(['Lachlan Kelly'])

    await user.clear(search)
    await user.click(search)
    await user.paste('nobody')
    expect(
      await screen.findByText('No trainees match. Try fewer words or clear the filters.'),
    ).toBeInTheDocument()
  })

  it('a contact sorts by clicking a heading, and aria-sort says which way', async () => {
    const { user } = openTrainees(six)
    await screen.findByText('Showing 6 of 6 trainees')
    const nameHeading = screen.getByRole('columnheader', { name: /Name/ })
    expect(nameHeading).toHaveAttribute('aria-sort', 'ascending')
    expect(names()).toEqual([
      'Olivia Brown',
      'Mei Chen',
      'Lachlan Kelly',
      'Minh Pham',
      'Aisha Rahman',
      'Jarrah Walker',
    ])

    await user.click(within(nameHeading).getByRole('button'))
    expect(nameHeading).toHaveAttribute('aria-sort', 'descending')
    expect(names()[0]).toBe('Jarrah Walker')

    const codeHeading = screen.getByRole('columnheader', { name: /Client code/ })
    await user.click(within(codeHeading).getByRole('button'))
    expect(codeHeading).toHaveAttribute('aria-sort', 'ascending')
    expect(nameHeading).not.toHaveAttribute('aria-sort')
    expect(names()).toEqual([
      'Olivia Brown',
      'Mei Chen',
      'Lachlan Kelly',
      'Aisha Rahman',
      'Jarrah Walker',
      'Minh Pham',
    ])
  })

  it('a contact filters by site and status', async () => {
    const { user } = openTrainees(six)
    await screen.findByText('Showing 6 of 6 trainees')
    await user.selectOptions(screen.getByLabelText('Filter by site'), 'Parramatta')
    expect(await screen.findByText('Showing 3 of 6 trainees')).toBeInTheDocument()
    await user.selectOptions(screen.getByLabelText('Filter by status'), 'Completed')
    expect(await screen.findByText('Showing 1 of 6 trainees')).toBeInTheDocument()
    expect(names()).toEqual(['Aisha Rahman'])

    await user.click(screen.getByRole('button', { name: 'Clear search and filters' }))
    expect(await screen.findByText('Showing 6 of 6 trainees')).toBeInTheDocument()
  })

  it('Export CSV saves exactly the rows shown, in the order shown', async () => {
    const blobs: Blob[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:trainees'
    })
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined)
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined)
    const { user } = openTrainees(six)
    await screen.findByText('Showing 6 of 6 trainees')
    await user.click(screen.getByLabelText(/^Search by name/))
    await user.paste('walker')
    await screen.findByText('Showing 1 of 6 trainees')

    await user.click(screen.getByRole('button', { name: 'Export CSV of the 1 shown' }))
    expect(click).toHaveBeenCalledTimes(1)
    const file = await readFile(blobs[0])
    expect(file.bom).toEqual([0xef, 0xbb, 0xbf])
    expect(file.text).toBe(
      '"Name","Client code","Qualification","Site","Status","Start","Ends"\r\n' +
        `"Walker, Jarrah","VT05","BSB30120 Certificate III in Business","'@Maitland, ""Depot""","Active","2026-06-27","2027-06-26"\r\n`,
    )
  })

  it('the rows are one tab stop; arrow keys, Home and End move through them, Enter opens one', async () => {
    const trainees = buildTrainees(500)
    const { user, location } = openTrainees(trainees)
    await screen.findByText('Showing 500 of 500 trainees')
    const first = bodyRows()[0]
    expect(first).toHaveAttribute('tabindex', '0')
    expect(bodyRows().filter((row) => row.getAttribute('tabindex') === '0')).toHaveLength(1)

    first?.focus()
    await user.keyboard('{ArrowDown}')
    // Focus follows the active row once it is rendered (an effect), as for End and Home below.
    await vi.waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '3'))
    await user.keyboard('{End}')
    await vi.waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '501'))
    await user.keyboard('{Home}')
    await vi.waitFor(() => expect(document.activeElement).toHaveAttribute('aria-rowindex', '2'))

    const firstName = within(document.activeElement as HTMLElement).getByRole('link')
    const href = firstName.getAttribute('href')
    await user.keyboard('{Enter}')
    await vi.waitFor(() => expect(location()).toBe(href))
  })

  it('search, sort and filters are in the URL: Back from a trainee and a shared link keep them', async () => {
    const { user, location, router } = openTrainees(six, '/employer/trainees?site=101')
    await screen.findByText('Showing 6 of 6 trainees')
    await user.selectOptions(screen.getByLabelText('Filter by site'), 'Newcastle')
    await user.click(screen.getByLabelText(/^Search by name/))
    await user.paste('kel')
    await user.click(within(screen.getByRole('columnheader', { name: /Name/ })).getByRole('button'))
    await vi.waitFor(() =>
      expect(location()).toBe('/employer/trainees?site=101&q=kel&sort=-name&site-name=Newcastle'),
    )
    expect(names()).toEqual(['Lachlan Kelly'])

    await user.click(screen.getByRole('link', { name: 'Lachlan Kelly' }))
    await vi.waitFor(() => expect(location()).toMatch(/^\/employer\/trainees\/3/))
    await router.navigate(-1)
    await vi.waitFor(
      () => {
        expect(screen.getByText('Showing 1 of 6 trainees')).toBeInTheDocument()
        expect(screen.getByLabelText(/^Search by name/)).toHaveValue('kel')
        expect(screen.getByLabelText('Filter by site')).toHaveValue('Newcastle')
        expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute(
          'aria-sort',
          'descending',
        )
      },
      { timeout: 4000 },
    )

    // Clearing writes the plain address back; the chosen site stays. (On a busy machine the page
    // may still be settling after Back, and a click on a button it replaces is lost: click again.)
    await vi.waitFor(
      async () => {
        const clear = screen.queryByRole('button', { name: 'Clear search and filters' })
        if (clear) await user.click(clear)
        expect(location()).toBe('/employer/trainees?site=101&sort=-name')
      },
      { timeout: 4000 },
    )
  })

  it('a shared link opens the list as it was sent; a link to the plain list resets it', async () => {
    const { router } = openTrainees(six, '/employer/trainees?status=Completed&sort=code')
    expect(await screen.findByText('Showing 1 of 6 trainees')).toBeInTheDocument()
    expect(screen.getByLabelText('Filter by status')).toHaveValue('Completed')
    expect(screen.getByRole('columnheader', { name: /Client code/ })).toHaveAttribute(
      'aria-sort',
      'ascending',
    )
    await router.navigate('/employer/trainees')
    expect(await screen.findByText('Showing 6 of 6 trainees')).toBeInTheDocument()
    expect(screen.getByLabelText('Filter by status')).toHaveValue('')
  })
})
