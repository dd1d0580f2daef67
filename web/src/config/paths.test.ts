import { describe, expect, it } from 'vitest'
import { safeRedirectPath } from './paths.ts'

describe('where to go back to after signing in', () => {
  it.each([
    ['/learning/invoices?status=unpaid', '/learning/invoices?status=unpaid'],
    ['/', '/'],
    ['https://evil.example/', null],
    ['//evil.example/', null],
    ['/\\evil.example', null],
    ['/login', null],
    ['/login?reason=expired', null],
    ['/choose-employer', null],
    ['/choose-employer?redirectTo=%2Femployer', null],
    [null, null],
    ['', null],
  ])('%j goes to %j', (value, expected) => {
    expect(safeRedirectPath(value)).toBe(expected)
  })
})
