import { describe, expect, it } from 'vitest'
import { paths, relativePath, safeRedirectPath } from './paths.ts'

describe('where to go back to after signing in', () => {
  it.each([
    ['/learning/invoices?status=unpaid', '/learning/invoices?status=unpaid'],
    ['/', '/'],
    ['https://evil.example/', null],
    ['//evil.example/', null],
    ['/\\evil.example', null],
    // URLSearchParams has already decoded %09 and %0A: the browser drops them and sees `//`.
    ['/\t/evil.example', null],
    ['/\n/evil.example/', null],
    ['/%2F/evil.example', '/%2F/evil.example'],
    ['/learning/%09', '/learning/%09'],
    ['/login', null],
    ['/login?reason=expired', null],
    ['/choose-employer', null],
    ['/choose-employer?redirectTo=%2Femployer', null],
    ['/login/', null],
    [null, null],
    ['', null],
  ])('%j goes to %j', (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected)
  })
})

describe("page hrefs, made from each page's path", () => {
  it('fill in the parameters, encoded, and the query', () => {
    expect(paths.staff.clientEnrolment.getHref('A/B C', 7)).toBe(
      '/staff/clients/A%2FB%20C/enrolments/7',
    )
    expect(paths.employer.trainee.getHref(42, 'E&1')).toBe('/employer/trainees/42?site=E%261')
    expect(paths.employer.invoices.getHref('E1', { status: 'unpaid' })).toBe(
      '/employer/invoices?site=E1&status=unpaid',
    )
    expect(paths.learning.events.getHref('calendar')).toBe('/learning/events?view=calendar')
    expect(paths.learning.overview.getHref(true)).toBe('/learning')
    expect(paths.auth.login.getHref({ redirectTo: '/account' })).toBe(
      '/login?redirectTo=%2Faccount',
    )
  })

  it('nest under their area as the router needs', () => {
    expect(relativePath(paths.employer.root, paths.employer.trainee)).toBe('trainees/:contractId')
    expect(() => relativePath(paths.staff.root, paths.employer.trainee)).toThrow('not under /staff')
  })
})
