import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { describe, expect, it } from 'vitest'
import { apiUrl } from './api-url.ts'

describe('apiUrl', () => {
  it('is the path of a route without parameters or query', () => {
    expect(apiUrl(apiRoutes.currentSession)).toBe('/api/session')
    expect(apiUrl(apiRoutes.employerSites, {})).toBe('/api/employer/sites')
  })

  it('fills in path parameters, encoded', () => {
    expect(apiUrl(apiRoutes.staffClientEnrolmentUnits, { params: { code: 'A/B C', id: 42 } })).toBe(
      '/api/staff/clients/A%2FB%20C/enrolments/42/units',
    )
  })

  it('adds the query in the order given, leaving out what is null, undefined or empty', () => {
    expect(
      apiUrl(apiRoutes.employerInvoices, {
        query: { employerId: null, status: 'unpaid', from: '2026-01-01', to: undefined },
      }),
    ).toBe('/api/employer/invoices?status=unpaid&from=2026-01-01')
    expect(
      apiUrl(apiRoutes.employerEnrolmentProgress, { query: { employerId: 'E&1', ids: '1,2' } }),
    ).toBe('/api/employer/enrolments/progress?employerId=E%261&ids=1%2C2')
    expect(apiUrl(apiRoutes.employerTrainees, { query: { employerId: '' } })).toBe(
      '/api/employer/trainees',
    )
  })

  it('types the parameters and query from the declaration', () => {
    // @ts-expect-error a route with a :code needs it
    expect(() => apiUrl(apiRoutes.staffClient)).toThrow(':code')
    // @ts-expect-error the employer routes take no `q`
    apiUrl(apiRoutes.employerTrainees, { query: { q: 'x' } })
    // @ts-expect-error the learner's invoices have no employer
    apiUrl(apiRoutes.myInvoices, { query: { employerId: 'E1' } })
  })
})
