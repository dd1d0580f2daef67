import type { EnrolmentState } from '@vettrak-portal/contracts'
import { render, screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { EnrolmentStatusBadge } from './status-badges.tsx'

const shown = (status: string | undefined, state?: EnrolmentState) => {
  render(<EnrolmentStatusBadge status={status} state={state} />)
  return screen.getByText(/./)
}

describe('an enrolment status badge', () => {
  it.each([
    ['active', 'Active', 'sky'],
    ['completed', 'Completed', 'green'],
    ['withdrawn', 'Withdrawn', 'slate'],
    ['other', 'Unknown status', 'slate'],
  ] as const)('%s without VETtrak’s word reads %s', (state, label, colour) => {
    const badge = shown(undefined, state)
    expect(badge).toHaveTextContent(label)
    expect(badge.className).toContain(colour)
  })

  it('says VETtrak’s own word, coloured by the state', () => {
    const badge = shown('Pre-Reporting Withdrawal', 'withdrawn')
    expect(badge).toHaveTextContent('Pre-Reporting Withdrawal')
    expect(badge.className).toContain('slate')
  })

  it('without a state (a contract), is coloured by the word', () => {
    expect(shown(' Completed ', undefined).className).toContain('green')
  })

  it('says it does not know when neither came', () => {
    expect(shown(undefined)).toHaveTextContent('Unknown status')
  })
})
