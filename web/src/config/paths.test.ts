import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './paths.ts'

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
