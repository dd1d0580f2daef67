import { screen, within } from '@testing-library/react'
import type { EmployerContact } from '@vettrak-portal/contracts'
import { describe, expect, it } from 'vitest'
import { buildAcmeTree } from '../../../testing/data-generators.ts'
import { fakeBff, json } from '../../../testing/fake-bff.ts'
import { renderApp } from '../../../testing/render-app.tsx'
import { acmeContact } from '../../../testing/employer.ts'

const WAIT = { timeout: 4000 }

const contact = (overrides: Partial<EmployerContact>): EmployerContact => ({
  clientCode: 'VT00000100',
  givenName: 'Sam',
  surname: 'Taylor',
  isPrimary: false,
  ...overrides,
})

function openContacts(items: EmployerContact[]) {
  const bff = fakeBff({
    'GET /api/session': json(acmeContact()),
    'GET /api/employer/sites': json(buildAcmeTree()),
    'GET /api/employer/contacts': json({ items }),
  })
  return { bff, ...renderApp('/employer/contacts') }
}

describe("the employer's contacts page", { timeout: 20_000 }, () => {
  it('lists every contact of the sites shown, each with their site, the primary ones first', async () => {
    openContacts([
      contact({ clientCode: 'VT00000100', employerName: 'Acme Training Services' }),
      contact({
        clientCode: 'VT00000113',
        givenName: 'Priya',
        surname: 'Sharma',
        employerName: 'Acme Training Services',
      }),
      contact({
        clientCode: 'VT00000112',
        givenName: 'Eleni',
        surname: 'Papadopoulos',
        isPrimary: true,
        employerId: '1002',
        employerName: 'Acme Training Services - Parramatta',
      }),
    ])
    await screen.findByRole('heading', { level: 1, name: 'Contacts' }, WAIT)
    const cards = within(screen.getByRole('main'))
      .getAllByRole('listitem')
      .filter((item) => item.querySelector('p.font-semibold'))
    expect(cards.map((card) => card.querySelector('p.font-semibold')?.textContent)).toEqual([
      'Eleni Papadopoulos',
      'Sam Taylor',
      'Priya Sharma',
    ])
    expect(cards[0]).toHaveTextContent('Acme Training Services - Parramatta')
    expect(cards[0]).toHaveTextContent('Primary contact')
    expect(cards[2]).toHaveTextContent('Acme Training Services')
  })

  it('says so when no contact is recorded', async () => {
    openContacts([])
    expect(await screen.findByText('No contacts', {}, WAIT)).toBeInTheDocument()
  })
})
