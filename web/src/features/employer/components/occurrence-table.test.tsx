import { render, screen, within } from '@testing-library/react'
import type { Occurrence } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { OccurrenceTable } from './occurrence-table.tsx'

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
}

const row = (name: string) => screen.getByRole('row', { name: new RegExp(name) })

describe('OccurrenceTable', () => {
  it('shows the programme, its code and the counts', () => {
    render(<OccurrenceTable occurrences={[firstAid]} />)
    const cells = within(row('Provide First Aid')).getAllByRole('cell')
    expect(cells[0]).toHaveTextContent('Provide First AidHLTAID011-2603-SYD-1 · HLTAID011')
    expect(cells[3]).toHaveTextContent('8')
    expect(cells[4]).toHaveTextContent('4')
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

  it('shows a dash where VETtrak gives no start date or booked count (both defined here)', () => {
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
    expect(cells[4]).toHaveTextContent('Full')
  })
})
