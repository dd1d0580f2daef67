import { EnrolmentSchema, InvoiceSchema, type UnitOutcome } from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import {
  owingOn,
  paymentStatus,
  progressOf,
  showsProgress,
  toAward,
  toEnrolment,
  toEvent,
  toInvoice,
  unitOutcome,
  withOverdue,
} from './learner.ts'

describe('unitOutcome', () => {
  it.each<[string | undefined, UnitOutcome]>([
    ['20', 'achieved'],
    ['81', 'achieved'],
    ['51', 'credit'],
    ['53', 'credit'],
    ['60', 'credit'],
    ['30', 'not-achieved'],
    ['52', 'not-achieved'],
    ['54', 'not-achieved'],
    ['82', 'not-achieved'],
    ['40', 'withdrawn'],
    ['41', 'withdrawn'],
    ['70', 'in-progress'],
    ['90', 'in-progress'],
    ['85', 'not-started'],
    [' 20 ', 'achieved'],
    ['61', 'other'],
    ['99', 'other'],
    ['', 'other'],
    [undefined, 'other'],
  ])('AVETMISS outcome %j is shown as %s', (code, outcome) => {
    expect(unitOutcome(code)).toBe(outcome)
  })
})

const unit = (resultCode?: string): Vettrak.Unit => ({
  enrolmentId: 1,
  resultCode,
  score: 0,
  hours: 10,
})

describe('progressOf', () => {
  it('a learner’s progress counts achieved and credited units of all units', () => {
    const units = ['20', '51', '60', '81', '30', '70', '85', '40', undefined].map(unit)
    expect(progressOf(units)).toEqual({ achieved: 4, total: 9 })
  })

  it('an enrolment without units has no units done', () => {
    expect(progressOf([])).toEqual({ achieved: 0, total: 0 })
  })

  it('units that carry no outcome at all give no progress, not "0 achieved"', () => {
    expect(progressOf([unit(), unit(), unit()])).toBeUndefined()
    expect(progressOf([unit(), { ...unit(), result: 'Competent' }])).toEqual({
      achieved: 0,
      total: 2,
    })
  })
})

describe('enrolment state', () => {
  it.each([
    [0, 'active'],
    [1, 'completed'],
    [9, 'withdrawn'],
    [2, 'other'],
    [undefined, undefined],
  ] as const)(
    'VETtrak StatusType %s is %s, and only active or completed shows progress',
    (type, state) => {
      const enrolment = { id: 1, statusType: type, deliveryModes: [] }
      expect(EnrolmentSchema.parse(toEnrolment(enrolment)).state).toBe(state)
      expect(showsProgress(enrolment)).toBe(state === 'active' || state === 'completed')
    },
  )
})

describe('paymentStatus and owing', () => {
  it.each([
    [0, 'unpaid'],
    [1, 'part-paid'],
    [2, 'paid'],
    [3, 'overpaid'],
    [4, 'credited'],
  ] as const)('VETtrak PaymentStatus %i is %s', (code, status) => {
    expect(paymentStatus(code, 100, 50)).toBe(status)
  })

  it.each([
    [0, 0, 'paid'],
    [100, 0, 'unpaid'],
    [100, 40, 'part-paid'],
    [100, 100, 'paid'],
    [100, 120, 'overpaid'],
  ] as const)('an unknown status on %d with %d paid is read as %s', (total, paid, status) => {
    expect(paymentStatus(7, total, paid)).toBe(status)
  })

  it('what is owing is the rest of the total, to the cent, and nothing once settled', () => {
    expect(owingOn('part-paid', 1555, 555)).toBe(1000)
    expect(owingOn('part-paid', 0.3, 0.1)).toBe(0.2)
    expect(owingOn('credited', 149, 0)).toBe(0)
    expect(owingOn('overpaid', 100, 120)).toBe(0)
    expect(owingOn('unpaid', 100, 120)).toBe(0)
  })
})

describe('toInvoice', () => {
  it('an invoice keeps its items and gets what is owing', () => {
    const invoice: Vettrak.Invoice = {
      id: 30004,
      number: 'INV0030004',
      invoiceDate: '2026-05-08T00:00:00',
      invoiceeType: 0,
      paymentStatus: 1,
      totalAmount: 1555,
      totalGst: 5,
      amountPaid: 555,
      items: [{ id: 1, quantity: 2, amount: 55, gst: 5, amountPaid: 55 }],
      organisationId: 1,
    }
    const dto = InvoiceSchema.parse(toInvoice(invoice))
    expect(dto).toMatchObject({
      paymentStatus: 'part-paid',
      owing: 1000,
      date: invoice.invoiceDate,
    })
    expect(dto.items).toHaveLength(1)
    expect(dto.employerContact).toBeUndefined()
  })
})

describe('toEvent and toAward', () => {
  it('an event without a start is left out, since it cannot be placed in time', () => {
    expect(toEvent({ id: 1, eventType: 0, complete: false })).toBeUndefined()
    expect(toEvent({ id: 2, eventType: 0, complete: true, start: '2026-01-01T09:00:00' })).toEqual(
      expect.objectContaining({ id: 2, start: '2026-01-01T09:00:00' }),
    )
  })

  it('an award not linked to an enrolment has no enrolment id', () => {
    const award: Vettrak.Award = { id: 1, organisationId: 1, enrolmentId: 0, awardType: 'Q' }
    expect(toAward(award).enrolmentId).toBeUndefined()
    expect(toAward({ ...award, awardTypeName: 'Qualification' }).awardType).toBe('Qualification')
  })
})

describe('an overdue invoice', () => {
  const base = { owing: 10, dueDate: '2026-11-20T00:00:00' } as Parameters<typeof withOverdue>[0]
  it.each([
    [{ ...base }, '2026-11-21', true],
    [{ ...base }, '2026-11-20', false],
    [{ ...base, owing: 0 }, '2026-12-01', false],
    [{ ...base, dueDate: undefined }, '2026-12-01', false],
  ])('%j on %s is overdue: %s', (invoice, today, expected) => {
    expect(withOverdue(invoice, today).overdue).toBe(expected)
  })
})
