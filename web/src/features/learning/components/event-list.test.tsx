import { render, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildEvent } from '../../../testing/data-generators.ts'
import { EventItems } from './event-list.tsx'

describe('an event in the list', () => {
  it("says what it is, its course and where, by the location's name with the code on hover", () => {
    render(
      <EventItems
        today="2026-11-16"
        events={[
          buildEvent({
            id: 1,
            name: 'Class',
            start: '2026-11-18T09:30:00',
            description: 'Dementia support workshop',
            courseName: 'Certificate III in Individual Support',
            location: 'PAR-WST',
            locationName: 'Parramatta campus',
          }),
        ]}
      />,
    )
    const item = screen.getByRole('listitem')
    expect(within(item).getByText('Dementia support workshop')).toBeInTheDocument()
    expect(item).toHaveTextContent('Certificate III in Individual Support · Parramatta campus')
    expect(within(item).getByText('Parramatta campus')).toHaveAttribute(
      'title',
      'Location code PAR-WST',
    )
  })

  it('shows the code when no name is known, and no line when there is no place or course', () => {
    render(
      <EventItems
        today="2026-11-16"
        events={[
          buildEvent({ id: 1, name: 'Class', start: '2026-11-18T09:30:00', location: 'WORKPLACE' }),
          buildEvent({
            id: 2,
            name: 'Induction',
            start: '2026-11-19T09:30:00',
            description: undefined,
          }),
        ]}
      />,
    )
    const [located, bare] = screen.getAllByRole('listitem')
    expect(within(located as HTMLElement).getByText('WORKPLACE')).not.toHaveAttribute('title')
    expect((bare as HTMLElement).querySelectorAll('p')).toHaveLength(2)
  })
})
