import { describe, expect, it } from 'vitest'
import { ErrorBodySchema, errorStatus } from './errors.ts'
import { InvoiceQuerySchema } from './learner.ts'
import { isEmployerId, LocalDateSchema, LocalDateTimeSchema } from './primitives.ts'

describe('the shared value schemas', () => {
  it.each([
    ['2026-11-23', true],
    ['2024-02-29', true],
    ['2026-02-29', false],
    ['2026-13-01', false],
    ['2026-11-23T00:00:00', false],
    ['23/11/2026', false],
  ])('a calendar date %j is accepted: %s', (value, ok) => {
    expect(LocalDateSchema.safeParse(value).success).toBe(ok)
  })

  it.each([
    ['2026-11-23T09:30:00', true],
    ['2026-11-23T09:30:00Z', false],
    ['2026-11-23T09:30:00+11:00', false],
    ['2026-11-23', false],
  ])('a local date-time %j is accepted: %s', (value, ok) => {
    expect(LocalDateTimeSchema.safeParse(value).success).toBe(ok)
  })

  it('refuses employer identifiers that are not digits', () => {
    expect(isEmployerId('1042')).toBe(true)
    for (const bad of ['', '-1', '10 42', '1e3', '<x/>', '9'.repeat(11)])
      expect(isEmployerId(bad)).toBe(false)
  })

  it('refuses an invoice date range that runs backwards', () => {
    expect(InvoiceQuerySchema.safeParse({ from: '2026-02-01', to: '2026-01-01' }).success).toBe(
      false,
    )
    expect(InvoiceQuerySchema.parse({})).toEqual({ status: 'all' })
  })

  it('gives every error code a 4xx or 5xx status and accepts only known codes in a body', () => {
    for (const status of Object.values(errorStatus)) expect(status).toBeGreaterThanOrEqual(400)
    expect(ErrorBodySchema.safeParse({ error: { code: 'FORBIDDEN', message: 'No' } }).success).toBe(
      true,
    )
    expect(ErrorBodySchema.safeParse({ error: { code: 'TEAPOT', message: 'No' } }).success).toBe(
      false,
    )
  })
})
