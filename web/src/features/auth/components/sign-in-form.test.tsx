import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildSession, buildSite, twoEmployers } from '../../../testing/data-generators.ts'
import { apiError, fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'

const signedOut = () => apiError(401, 'UNAUTHENTICATED', 'Sign in first')

async function fillAndSubmit(
  user: ReturnType<typeof renderApp>['user'],
  password = 'Learner!2026',
) {
  await user.type(await screen.findByLabelText('Username or email'), 'demo.learner')
  await user.type(screen.getByLabelText('Password', { selector: 'input' }), password)
  await user.click(screen.getByRole('button', { name: 'Sign in' }))
}

describe('signing in', () => {
  it('a learner with a wrong password is told so and can try again', async () => {
    const bff = fakeBff({
      'GET /api/session': signedOut(),
      'POST /api/session': apiError(401, 'INVALID_CREDENTIALS', 'Wrong username or password'),
    })
    const { user } = renderApp('/login')
    await fillAndSubmit(user, 'wrong')

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'That username or password is not right',
    )
    const password = screen.getByLabelText('Password', { selector: 'input' })
    expect(password).toHaveValue('')
    expect(password).toHaveFocus()
    expect(bff.requests.find((r) => r.method === 'POST')?.body).toEqual({
      username: 'demo.learner',
      password: 'wrong',
    })
  })

  it('someone who tried too often is told how long to wait', async () => {
    fakeBff({
      'POST /api/session': apiError(429, 'RATE_LIMITED', 'Too many attempts', {
        'Retry-After': '300',
      }),
    })
    const { user } = renderApp('/login')
    await fillAndSubmit(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Too many attemptsFor your security, please wait 5 minutes before trying again.',
    )
  })

  it('when VETtrak is down the learner is told it is not their password', async () => {
    fakeBff({
      'POST /api/session': apiError(503, 'UPSTREAM_UNAVAILABLE', 'VETtrak is unavailable'),
    })
    const { user } = renderApp('/login')
    await fillAndSubmit(user)
    expect(await screen.findByRole('alert')).toHaveTextContent('VETtrak is not answering right now')
  })

  it('when the portal cannot check sessions the learner is told it is the portal, not them', async () => {
    fakeBff({
      'POST /api/session': apiError(
        503,
        'SESSION_STORE_UNAVAILABLE',
        'The portal cannot check sessions at the moment. Please try again shortly.',
      ),
    })
    const { user } = renderApp('/login')
    await fillAndSubmit(user)
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The portal is not available right nowThe portal cannot check sessions at the moment.',
    )
  })

  it('empty fields are explained beside each field before anything is sent', async () => {
    const bff = fakeBff({})
    const { user } = renderApp('/login')
    await user.click(await screen.findByRole('button', { name: 'Sign in' }))
    expect(screen.getByLabelText('Username or email')).toHaveAccessibleDescription(
      'Enter your username or email',
    )
    expect(screen.getByLabelText('Password', { selector: 'input' })).toHaveAccessibleDescription(
      'Enter your password',
    )
    expect(screen.getByLabelText('Username or email')).toHaveFocus()
    expect(bff.requests.some((r) => r.method === 'POST')).toBe(false)
  })

  it('a learner who signs in goes back to the page they asked for', async () => {
    fakeBff({ 'POST /api/session': json(buildSession(), 201) })
    const { user, location } = renderApp('/login?redirectTo=%2Faccount')
    await fillAndSubmit(user)
    expect(await screen.findByRole('heading', { level: 1, name: 'Account' })).toBeInTheDocument()
    expect(location()).toBe('/account')
  })

  it('a redirect to another site is ignored: sign-in goes to My learning', async () => {
    fakeBff({ 'POST /api/session': json(buildSession(), 201) })
    const { user, location } = renderApp('/login?redirectTo=%2F%2Fevil.example%2F')
    await fillAndSubmit(user)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'My learning' }),
    ).toBeInTheDocument()
    expect(location()).toBe('/')
  })

  it('a contact of two employers chooses one, with last time’s choice pre-selected', async () => {
    localStorage.setItem('vettrak-portal:last-employer:EMP0001', '202')
    const session = buildSession({ user: { clientCode: 'EMP0001' }, employers: twoEmployers })
    const bff = fakeBff({
      'POST /api/session': json(session, 201),
      'PUT /api/session/employer': json({ ...session, activeEmployerId: '202' }),
      'GET /api/employer/sites': json(buildSite({ id: '202', name: 'Harbour Logistics' })),
      'GET /api/employer/tree': json(buildSite({ id: '202', name: 'Harbour Logistics' })),
      'GET /api/employer': json({ id: '202', name: 'Harbour Logistics' }),
      'GET /api/employer/enrolments': json({ items: [] }),
      'GET /api/employer/invoices': json({ items: [] }),
      'GET /api/employer/events': json({ items: [] }),
    })
    const { user, location } = renderApp('/login')
    await fillAndSubmit(user)

    expect(await screen.findByRole('radio', { name: /Harbour Logistics/ })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Continue' }))
    // A contact's home is the employer's overview.
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Harbour Logistics' }),
    ).toBeInTheDocument()
    expect(location()).toBe('/employer')
    expect(bff.requests.find((r) => r.method === 'PUT')?.body).toEqual({ employerId: '202' })
    expect(screen.getAllByRole('link', { name: 'Employer' })[0]).toBeInTheDocument()
  })
})
