import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { apiError, fakeBff, json } from '../../testing/fake-bff.ts'
import { renderApp } from '../../testing/render-app.tsx'

const field = (name: string) => screen.getByRole('textbox', { name })
const check = () => screen.getByRole('button', { name: 'Check certificate' })

describe('someone checking a certificate, not signed in', () => {
  it('finds the form pre-filled from the link and learns the qualification was issued', async () => {
    const bff = fakeBff({
      'POST /api/verify': json({
        result: 'issued',
        qualificationCode: 'BSB30120',
        qualificationName: 'Certificate III in Business',
        issuedOn: '2025-10-22',
      }),
    })
    const { user } = renderApp('/verify?givenName=Charlotte&surname=Nguyen&number=CSIQ0060001')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Check a certificate' }),
    ).toBeInTheDocument()
    expect(field('Given name')).toHaveValue('Charlotte')
    expect(field('Surname')).toHaveValue('Nguyen')
    expect(field('Certificate number')).toHaveValue('CSIQ0060001')

    await user.click(check())
    const answer = await screen.findByRole('heading', { name: 'This qualification was issued' })
    const panel = answer.parentElement as HTMLElement
    expect(within(panel).getByText('BSB30120')).toBeInTheDocument()
    expect(within(panel).getByText('Certificate III in Business')).toBeInTheDocument()
    expect(within(panel).getByText('22 Oct 2025')).toBeInTheDocument()
    expect(bff.requests.find((r) => r.method === 'POST')?.body).toEqual({
      givenName: 'Charlotte',
      surname: 'Nguyen',
      parchmentNumber: 'CSIQ0060001',
    })
    expect(bff.requests.some((r) => r.url.pathname === '/api/session')).toBe(false)
  })

  it('is told there is no match, and nothing else', async () => {
    fakeBff({ 'POST /api/verify': json({ result: 'no-match' }) })
    const { user } = renderApp('/verify')
    await user.type(await screen.findByRole('textbox', { name: 'Given name' }), 'Charlotte')
    await user.type(field('Surname'), 'Smith')
    await user.type(field('Certificate number'), 'CSIQ0060001')
    await user.click(check())
    expect(await screen.findByRole('heading', { name: 'No match' })).toBeInTheDocument()
    expect(screen.queryByText('This qualification was issued')).not.toBeInTheDocument()
  })

  it('is told which detail is missing, on the field, before anything is sent', async () => {
    const bff = fakeBff({})
    const { user } = renderApp('/verify?givenName=Charlotte')
    await user.click(await screen.findByRole('button', { name: 'Check certificate' }))
    expect(field('Surname')).toHaveAccessibleDescription('Enter the surname')
    expect(field('Surname')).toHaveFocus()
    expect(field('Certificate number')).toHaveAttribute('aria-invalid', 'true')
    expect(bff.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('is told to wait after too many checks', async () => {
    fakeBff({
      'POST /api/verify': apiError(429, 'RATE_LIMITED', 'Too many checks', {
        'Retry-After': '540',
      }),
    })
    const { user } = renderApp('/verify?givenName=A&surname=B&number=C')
    await user.click(await screen.findByRole('button', { name: 'Check certificate' }))
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many checks from this network. Try again in 9 minutes.',
    )
  })
})
