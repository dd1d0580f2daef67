import { render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { describe, expect, it } from 'vitest'
import { buildEvent } from '../../../testing/data-generators.ts'
import { EventCalendar } from './event-calendar.tsx'

const events = [
  buildEvent({ id: 1, name: 'Class', start: '2026-11-26T09:30:00', finish: '2026-11-26T15:30:00' }),
  buildEvent({
    id: 2,
    name: 'Assessment due',
    start: '2026-12-08T17:00:00',
    finish: undefined,
    description: 'CHCCCS040 written assessment',
  }),
  buildEvent({ id: 3, name: 'Workplace visit', start: '2026-12-08T10:00:00' }),
]

function showCalendar() {
  // No pause between keys: nothing here waits on timers.
  const user = userEvent.setup({ delay: null })
  render(<EventCalendar events={events} today="2026-11-23" />)
  return { user, grid: screen.getByRole('grid', { name: 'November 2026' }) }
}

const day = (name: string | RegExp) =>
  screen.getByRole('button', {
    name: typeof name === 'string' ? new RegExp(`(^|\\s)${name}(,|$)`) : name,
  })

describe('the events calendar', () => {
  it('opens on this month with today marked and the days with events named', () => {
    const { grid } = showCalendar()
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])
    expect(day(/^Monday 23 November 2026, today$/)).toHaveAttribute('aria-current', 'date')
    expect(day(/^Thursday 26 November 2026, 1 event$/)).toBeInTheDocument()
    expect(screen.getByRole('status')).toHaveTextContent('No events on this day.')
  })

  it('only one day is in the tab order: today', () => {
    const { grid } = showCalendar()
    const tabbable = within(grid)
      .getAllByRole('button')
      .filter((button) => button.tabIndex === 0)
    expect(tabbable).toEqual([day('23 November 2026')])
  })

  it('arrow keys move by day and week, Home and End to the week’s ends', async () => {
    const { user } = showCalendar()
    day('23 November 2026').focus()

    await user.keyboard('{ArrowRight}')
    expect(day('24 November 2026')).toHaveFocus()
    await user.keyboard('{ArrowLeft}{ArrowLeft}')
    expect(day('22 November 2026')).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(day('15 November 2026')).toHaveFocus()
    await user.keyboard('{Home}')
    expect(day('Monday 9 November 2026')).toHaveFocus()
    await user.keyboard('{End}')
    expect(day('Sunday 15 November 2026')).toHaveFocus()
  })

  it('moving past the month’s end turns the page, focus and all', async () => {
    const { user } = showCalendar()
    day('23 November 2026').focus()
    await user.keyboard('{ArrowDown}{ArrowDown}')
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBeInTheDocument()
    expect(day('Monday 7 December 2026')).toHaveFocus()
    expect(day('7 December 2026')).toHaveAttribute('tabindex', '0')
  })

  it('Page Up and Page Down move by month, with Shift by year', async () => {
    const { user } = showCalendar()
    day('23 November 2026').focus()
    await user.keyboard('{PageDown}')
    expect(day('23 December 2026')).toHaveFocus()
    await user.keyboard('{PageUp}{PageUp}')
    expect(day('23 October 2026')).toHaveFocus()
    await user.keyboard('{Shift>}{PageDown}{/Shift}')
    expect(day('23 October 2027')).toHaveFocus()
  })

  it('Previous and Next change the month shown', async () => {
    const { user } = showCalendar()
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    expect(screen.getByRole('grid', { name: 'December 2026' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { name: 'December 2026' })).toHaveAttribute(
      'aria-live',
      'polite',
    )
    expect(day(/^Tuesday 8 December 2026, 2 events$/)).toBeInTheDocument()
    await user.click(screen.getByRole('button', { name: 'Previous month' }))
    await user.click(screen.getByRole('button', { name: 'Previous month' }))
    expect(screen.getByRole('grid', { name: 'October 2026' })).toBeInTheDocument()
  })

  it('choosing a day lists its events, in time order', async () => {
    const { user } = showCalendar()
    await user.click(screen.getByRole('button', { name: 'Next month' }))
    await user.click(day('8 December 2026'))
    expect(day('8 December 2026').closest('td')).toHaveAttribute('aria-selected', 'true')
    expect(screen.getByRole('status')).toHaveTextContent('2 events on Tuesday 8 December 2026.')
    const list = screen.getByRole('region', { name: 'Tuesday 8 December 2026' })
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      expect.stringContaining('Workplace visit'),
      expect.stringContaining('Assessment due'),
    ])
    expect(list).toHaveTextContent('CHCCCS040 written assessment')

    await user.keyboard('{ArrowLeft}{Enter}')
    expect(screen.getByRole('status')).toHaveTextContent('No events on this day.')
  })
})
