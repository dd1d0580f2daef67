import { render, screen, within } from '@testing-library/react'
import type { Occurrence } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { OccurrenceTable, bookedSummary } from './occurrence-table.tsx'

const firstAid: Occurrence = {
  id: 1,
  code: 'HLTAID011-2603-SYD-1',
  programmeCode: 'HLTAID011',
  programmeName: 'Provide First Aid',
  startDate: '2026-03-02T09:00:00',
  endDate: '2026-03-02T16:30:00',
  location: 'SYD',
  vacancies: 4,
  enrolled: 8,
  booked: [],
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) })

describe('OccurrenceTable', () => {
  it('shows the programme, its code and the counts', () => {
    render(<OccurrenceTable occurrences={[firstAid]} />)
    const cells = within(row('Provide First Aid')).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('Provide First AidHLTAID011-2603-SYD-1 · HLTAID011')
    expect(cells[3]).toHaveTextContent('None of your people listed')
    expect(cells[4]).toHaveTextContent('8')
    expect(cells[5]).toHaveTextContent('4')
  })

  it("shows the location's name, with VETtrak's code on hover, or the code when no name is known", () => {
    render(
      <OccurrenceTable
        occurrences={[
          { ...firstAid, location: 'PAR-WST', locationName: 'Parramatta campus' },
          { ...firstAid, id: 3, code: 'OCC-3', location: 'WORKPLACE' },
        ]}
      />,
    )
    const named = within(row('HLTAID011-2603')).getAllByRole('cell')[2]
    expect(named).toHaveTextContent(/^Parramatta campus$/)
    expect(within(named as HTMLElement).getByText('Parramatta campus')).toHaveAttribute(
      'title',
      'Location code PAR-WST',
    )
    expect(within(row('OCC-3')).getAllByRole('cell')[2]).toHaveTextContent(/^WORKPLACE$/)
  })

  it('says which of the employer’s people are booked in, and how many', () => {
    const booked = [
      { clientCode: 'VT00000102', givenName: 'Tariq', surname: 'Hassan' },
      { clientCode: 'VT00000105', givenName: 'Giulia', surname: 'Rossi' },
    ]
    render(<OccurrenceTable occurrences={[{ ...firstAid, booked }]} />)
    const cells = within(row('Provide First Aid')).getAllByRole('cell')
    expect(cells[3]).toHaveTextContent('2 of your peopleTariq Hassan, Giulia Rossi')
  })

  it('shows a dash where VETtrak gives no start date, booked count or bookings (all defined here)', () => {
    const sparse: Occurrence = {
      id: 2,
      code: 'OCC-2',
      endDate: '2026-05-01T00:00:00',
      vacancies: 0,
    }
    render(<OccurrenceTable occurrences={[sparse]} />)
    const cells = within(row('OCC-2')).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('OCC-2')
    expect(cells[1]).toHaveTextContent(/^— to /)
    expect(cells[3]).toHaveTextContent('—')
    expect(cells[4]).toHaveTextContent('—')
    expect(cells[5]).toHaveTextContent('Full')
  })
})

describe('bookedSummary', () => {
  const person = (n: number) => ({ clientCode: `VT0${n}`, givenName: `Given${n}`, surname: 'S' })
  it.each([
    [0, 'None of your people listed'],
    [1, 'Given1 S'],
    [3, 'Given1 S, Given2 S, Given3 S'],
    [5, 'Given1 S, Given2 S, Given3 S and 2 more'],
  ])('%i booked reads “%s”', (count, text) => {
    expect(bookedSummary(Array.from({ length: count }, (_, i) => person(i + 1)))).toBe(text)
  })

  it('names someone without a name by their client code', () => {
    expect(bookedSummary([{ clientCode: 'VT00000199' }])).toBe('VT00000199')
  })
})
