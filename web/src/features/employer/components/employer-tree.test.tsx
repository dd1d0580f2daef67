import { screen, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { buildAcmeTree } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

function employerBff() {
  return fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/tree': json(buildAcmeTree()),
    'GET /api/employer': (request) => {
      const id = request.url.searchParams.get('employerId') ?? '101'
      return json({ id, name: id === '101' ? 'Acme Training Services' : `Site ${id}` })
    },
    'GET /api/employer/enrolments': json({ items: [] }),
    'GET /api/employer/invoices': json({ items: [] }),
    'GET /api/employer/events': json({ items: [] }),
    'GET /api/employer/trainees': json({ items: [] }),
  })
}

// Loaders run between a choice and the page; a busy machine (the whole suite) can take a while.
const WAIT = { timeout: 4000 }

const item = (name: RegExp) => screen.getByRole('treeitem', { name })

describe('the employer tree', { timeout: 20_000 }, () => {
  it('a contact moves through the sites with the keyboard and chooses one with Enter', async () => {
    const bff = employerBff()
    const { user, location } = renderApp('/employer')
    const tree = await screen.findByRole('tree', { name: 'Sites' })

    const root = item(/^Acme Training Services/)
    expect(root).toHaveAttribute('aria-level', '1')
    expect(root).toHaveAttribute('aria-expanded', 'true')
    expect(root).toHaveAttribute('aria-selected', 'true')
    expect(within(tree).getAllByRole('treeitem')).toHaveLength(3) // Maitland is inside a closed site
    expect(tree.querySelectorAll('[tabindex="0"]')).toHaveLength(1)

    root.focus()
    await user.keyboard('{ArrowDown}')
    expect(item(/^Acme Parramatta/)).toHaveFocus()
    await user.keyboard('{ArrowDown}')
    const newcastle = item(/^Acme Newcastle/)
    expect(newcastle).toHaveFocus()
    expect(newcastle).toHaveAttribute('aria-expanded', 'false')

    await user.keyboard('{ArrowRight}')
    expect(newcastle).toHaveAttribute('aria-expanded', 'true')
    expect(newcastle).toHaveFocus()
    await user.keyboard('{ArrowRight}')
    const depot = item(/^Acme Maitland Depot/)
    expect(depot).toHaveFocus()
    expect(depot).toHaveAttribute('aria-level', '3')
    expect(depot).toHaveAccessibleName('Acme Maitland Depot , 1 trainee · 2 employees')
    expect(depot).toHaveAttribute('tabindex', '0')
    expect(root).toHaveAttribute('tabindex', '-1')

    await user.keyboard('{ArrowLeft}')
    expect(newcastle).toHaveFocus()
    await user.keyboard('{ArrowLeft}')
    expect(newcastle).toHaveAttribute('aria-expanded', 'false')
    expect(screen.queryByRole('treeitem', { name: /Maitland/ })).not.toBeInTheDocument()

    await user.keyboard('{Home}')
    expect(root).toHaveFocus()
    await user.keyboard('{End}')
    expect(newcastle).toHaveFocus()
    await user.keyboard('{ArrowUp}')
    expect(item(/^Acme Parramatta/)).toHaveFocus()

    // Moving focus chooses nothing; Enter does.
    expect(location()).toBe('/employer')
    await user.keyboard('{Enter}')
    await vi.waitFor(() => expect(location()).toBe('/employer?site=102'), WAIT)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Site 102' }, WAIT),
    ).toBeInTheDocument()
    expect(item(/^Acme Parramatta/)).toHaveAttribute('aria-selected', 'true')
    expect(root).toHaveAttribute('aria-selected', 'false')
    expect(bff.requests.some((r) => r.url.searchParams.get('employerId') === '102')).toBe(true)
  })

  it('the chosen site scopes the other pages, survives their links, and "All sites" resets it', async () => {
    const bff = employerBff()
    const { user, location, router } = renderApp('/employer')
    await screen.findByRole('tree', { name: 'Sites' })

    item(/^Acme Newcastle/).focus()
    await user.keyboard(' ')
    await vi.waitFor(() => expect(location()).toBe('/employer?site=103'), WAIT)
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Site 103' }, WAIT),
    ).toBeInTheDocument()
    expect(screen.getByRole('region', { name: 'Sites shown' })).toHaveTextContent(
      'Showing Acme Newcastle and the sites under it',
    )

    const subnav = screen.getByRole('navigation', { name: 'Employer' })
    await user.click(within(subnav).getByRole('link', { name: 'Trainees' }))
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trainees' }, WAIT),
    ).toBeInTheDocument()
    await vi.waitFor(() => expect(location()).toBe('/employer/trainees?site=103'), WAIT)
    expect(within(subnav).getByRole('link', { name: 'Trainees' })).toHaveAttribute(
      'aria-current',
      'page',
    )
    const traineeRequests = bff.requests.filter((r) => r.url.pathname === '/api/employer/trainees')
    expect(traineeRequests.map((r) => r.url.searchParams.get('employerId'))).toEqual(['103'])

    await user.click(screen.getByRole('button', { name: 'All sites' }))
    await vi.waitFor(() => expect(location()).toBe('/employer/trainees'), WAIT)
    expect(
      await screen.findByText('All sites of Acme Training Services', {}, WAIT),
    ).toBeInTheDocument()
    expect(screen.queryByRole('button', { name: 'All sites' })).not.toBeInTheDocument()

    // Back returns to the site.
    await router.navigate(-1)
    await vi.waitFor(() => expect(location()).toBe('/employer/trainees?site=103'), WAIT)
  })

  it('each site counts what choosing it shows: its own people and those of the sites under it', async () => {
    employerBff()
    renderApp('/employer')
    await screen.findByRole('tree', { name: 'Sites' })
    expect(item(/^Acme Training Services/)).toHaveAccessibleName(
      'Acme Training Services , 6 trainees · 14 employees',
    )
    // Newcastle (2 trainees, 3 employees) and its depot (1, 2).
    expect(item(/^Acme Newcastle/)).toHaveAccessibleName(
      'Acme Newcastle , 3 trainees · 5 employees',
    )
    expect(item(/^Acme Parramatta/)).toHaveAccessibleName(
      'Acme Parramatta , 2 trainees · 5 employees',
    )
    // The overview's own figure for the whole employer agrees with the tree's root.
    expect(
      within(screen.getByRole('main')).getByRole('link', { name: 'Trainees 6' }),
    ).toBeInTheDocument()
    expect(screen.getByText(/counts include the sites under it/)).toBeInTheDocument()
  })

  it('a site that is not one of the employer’s is dropped from the address', async () => {
    employerBff()
    const { location } = renderApp('/employer/trainees?site=999')
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Trainees' }, WAIT),
    ).toBeInTheDocument()
    await vi.waitFor(() => expect(location()).toBe('/employer/trainees'), WAIT)
  })
})
