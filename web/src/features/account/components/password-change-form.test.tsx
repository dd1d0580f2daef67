import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import {
  buildPasswordPolicy,
  buildProfile,
  buildSession,
} from '../../../testing/data-generators.ts'
import { fakeBff, json, type Handler } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

function signedInAt(routes: Record<string, Handler | Response> = {}) {
  const bff = fakeBff({
    'GET /api/session': json(buildSession()),
    'GET /api/me': json(buildProfile()),
    'GET /api/me/password-policy': json(buildPasswordPolicy()),
    ...routes,
  })
  return { bff, ...renderApp('/account') }
}

const field = (name: string) => screen.getByLabelText(name, { selector: 'input' })
const submit = () => screen.getByRole('button', { name: 'Change password' })
const rule = (label: string) =>
  within(screen.getByText('Your new password needs:').parentElement as HTMLElement)
    .getByText(label)
    .closest('li') as HTMLElement

async function fillIn(
  user: ReturnType<typeof renderApp>['user'],
  values: { current?: string; next?: string; confirm?: string },
) {
  await screen.findByLabelText('New password', { selector: 'input' })
  if (values.current) await user.type(field('Current password'), values.current)
  if (values.next) await user.type(field('New password'), values.next)
  if (values.confirm) await user.type(field('Confirm new password'), values.confirm)
}

describe('changing a password', () => {
  it('a learner sees their details from VETtrak in a list', async () => {
    signedInAt()
    const details = await screen.findByRole('heading', { name: 'Your details' })
    const list = within(details.closest('section') as HTMLElement)
    expect(await list.findByText('Ms Ava Nguyen')).toBeInTheDocument()
    expect(list.getByText('NGC7TX34QW')).toBeInTheDocument()
    expect(list.getByText('12 King Street, Newtown NSW 2042')).toBeInTheDocument()
    expect(list.getByText('12 Apr 2001')).toBeInTheDocument()
  })

  it('each rule ticks as the learner types, and the count is announced politely', async () => {
    const { user } = signedInAt()
    await fillIn(user, {})
    expect(rule('At least 10 characters')).toHaveTextContent('(not yet)')
    expect(rule('An upper-case letter')).toHaveTextContent('(not yet)')

    await user.type(field('New password'), 'abc')
    expect(rule('A lower-case letter')).toHaveTextContent('(done)')
    expect(rule('An upper-case letter')).toHaveTextContent('(not yet)')
    expect(screen.getByText('1 of 5 password rules met.')).toHaveAttribute('role', 'status')

    await user.type(field('New password'), 'Defgh12!')
    for (const label of [
      'At least 10 characters',
      'An upper-case letter',
      'A lower-case letter',
      'A digit',
      'A symbol such as ! or #',
    ])
      expect(rule(label)).toHaveTextContent('(done)')
    expect(screen.getByText('All password rules are met.')).toBeInTheDocument()
    expect(field('New password')).toHaveAccessibleDescription(/Your new password needs/)
  })

  it('a policy that states no rules lists none, and the change waits only for the fields', async () => {
    const { user } = signedInAt({
      'GET /api/me/password-policy': json(
        buildPasswordPolicy({
          minimumLength: 0,
          requireUpperCase: false,
          requireLowerCase: false,
          requireDigit: false,
          requireSymbol: false,
        }),
      ),
    })
    await fillIn(user, {})
    expect(
      screen.getByText('Your training organisation checks the new password when you change it.'),
    ).toBeInTheDocument()
    expect(screen.queryByText('Your new password needs:')).not.toBeInTheDocument()
    expect(screen.queryByText(/At least \d+ characters?/)).not.toBeInTheDocument()
    expect(field('New password')).toHaveAccessibleDescription(/checks the new password/)
    await fillIn(user, { current: 'Learner!2026', next: 'x', confirm: 'x' })
    expect(submit()).toBeEnabled()
  })

  it('the button waits for every rule, the current password and a matching confirmation', async () => {
    const { user } = signedInAt()
    await fillIn(user, { current: 'Learner!2026', next: 'short' })
    expect(submit()).toBeDisabled()

    await user.clear(field('New password'))
    await user.type(field('New password'), 'Brand-new-2027')
    expect(submit()).toBeDisabled()

    await user.type(field('Confirm new password'), 'Brand-new-2028')
    expect(field('Confirm new password')).toHaveAccessibleDescription(
      'The two new passwords do not match yet.',
    )
    expect(submit()).toBeDisabled()

    await user.clear(field('Confirm new password'))
    await user.type(field('Confirm new password'), 'Brand-new-2027')
    expect(submit()).toBeEnabled()

    await user.clear(field('Current password'))
    expect(submit()).toBeDisabled()
  })

  it('a changed password is confirmed and the form empties', async () => {
    const { user, bff } = signedInAt({
      'PUT /api/me/password': new Response(null, { status: 204 }),
    })
    await fillIn(user, {
      current: 'Learner!2026',
      next: 'Brand-new-2027',
      confirm: 'Brand-new-2027',
    })
    await user.click(submit())
    expect(await screen.findByText(/Your password has been changed/)).toHaveAttribute(
      'role',
      'status',
    )
    expect(field('Current password')).toHaveValue('')
    expect(field('New password')).toHaveValue('')
    expect(bff.requests.find((r) => r.method === 'PUT')?.body).toEqual({
      currentPassword: 'Learner!2026',
      newPassword: 'Brand-new-2027',
    })
  })

  it('the server’s refusals are shown on their fields', async () => {
    const { user } = signedInAt({
      'PUT /api/me/password': json(
        {
          error: {
            code: 'VALIDATION_FAILED',
            message: 'The password was not changed.',
            fields: {
              currentPassword: ['Your current password is not correct.'],
              newPassword: ['Choose a password different from your current one.'],
            },
          },
        },
        400,
      ),
    })
    await fillIn(user, { current: 'wrong', next: 'Brand-new-2027', confirm: 'Brand-new-2027' })
    await user.click(submit())

    expect(await screen.findByText('Your current password is not correct.')).toBeInTheDocument()
    expect(field('Current password')).toHaveAccessibleDescription(
      'Your current password is not correct.',
    )
    expect(field('Current password')).toHaveAttribute('aria-invalid', 'true')
    expect(field('Current password')).toHaveFocus()
    expect(field('New password')).toHaveAccessibleDescription(
      /Choose a password different from your current one\./,
    )
    expect(field('New password')).toHaveAttribute('aria-invalid', 'true')
    expect(screen.queryByRole('alert')).not.toBeInTheDocument()
  })

  it('too many wrong tries: the learner is told to wait, and for how long', async () => {
    const { user } = signedInAt({
      'PUT /api/me/password': json(
        { error: { code: 'RATE_LIMITED', message: 'Too many wrong passwords.' } },
        429,
        { 'Retry-After': '600' },
      ),
    })
    await fillIn(user, { current: 'wrong', next: 'Brand-new-2027', confirm: 'Brand-new-2027' })
    await user.click(submit())
    const alert = await screen.findByRole('alert')
    expect(alert).toHaveTextContent('Too many wrong passwords')
    expect(alert).toHaveTextContent('Please wait 10 minutes and try again.')
  })
})
