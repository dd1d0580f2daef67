import { describe, expect, it } from 'vitest'
import type { SimStore } from '../data/store.ts'
import { isWithdrawal } from './bulk.ts'
import { ENROLMENT_STATUSES } from './catalogue.ts'
import { createSeededStore } from './index.ts'
import { isLocalDateTime } from './local-date.ts'
import { findStoreProblems } from './store-integrity.ts'

const stores: ReadonlyArray<readonly [string, () => SimStore]> = [
  ['the default store', () => createSeededStore({ seed: 1, referenceDate: '2026-11-23' })],
  ['a larger store dated on a leap day', () => createSeededStore({ seed: 99, referenceDate: '2028-02-29', clients: 900, employers: 80 })], // prettier-ignore
  ['a store with no bulk at all', () => createSeededStore({ seed: 5, referenceDate: '2026-01-01', clients: 0, employers: 0 })], // prettier-ignore
]

describe.each(stores)('%s', { timeout: 60_000 }, (_name, build) => {
  const store = build()

  it('has every reference resolved and every index consistent', () => {
    expect(findStoreProblems(store)).toEqual([])
  })

  it('has unit outcomes that fit the enrolment status', () => {
    const misfits: string[] = []
    for (const enrolment of store.enrolments.values()) {
      const codes = (store.enrolmentUnits.get(enrolment.ID) ?? []).map(
        (unit) => unit.ResultCode ?? '',
      )
      const allowed =
        enrolment.StatusType === ENROLMENT_STATUSES.completed.type
          ? ['20', '51', '60']
          : isWithdrawal(enrolment.StatusType)
            ? ['40']
            : ['20', '30', '51', '60', '70', '81', '85']
      const wrong = codes.filter((code) => !allowed.includes(code))
      if (wrong.length > 0) misfits.push(`${enrolment.ID} ${enrolment.Status}: ${wrong.join(',')}`)
    }
    expect(misfits).toEqual([])
  })

  it('has invoices paid no more than their total unless overpaid, and credited ones in full', () => {
    for (const invoice of [
      ...store.clientInvoices.values(),
      ...store.employerInvoices.values(),
    ].flat()) {
      if (invoice.PaymentStatus === 3)
        expect(invoice.AmountPaid).toBeGreaterThan(invoice.TotalAmount)
      else expect(invoice.AmountPaid).toBeLessThanOrEqual(invoice.TotalAmount)
      expect(invoice.TotalGST).toBeLessThanOrEqual(invoice.TotalAmount)
    }
  })

  it('has only zone-less local dates in its records', () => {
    const dates: string[] = []
    for (const enrolment of store.enrolments.values()) dates.push(enrolment.StartDate, enrolment.EndDate, enrolment.DateOfEffect) // prettier-ignore
    for (const client of store.clients.values()) dates.push(client.Clie_DOB, client.Clie_Commenced, client.TerminationDate) // prettier-ignore
    for (const award of [...store.awardsByClient.values()].flat())
      dates.push(award.Qucl_Recorded, award.Expiry)
    expect(dates.filter((date) => !isLocalDateTime(date))).toEqual([])
  })

  it('gives every client a 10-character code', () => {
    expect(store.clientCodes.filter((code) => code.length !== 10)).toEqual([])
  })

  it('gives no two clients the same email address, so signing in by email is never ambiguous', () => {
    const emails = [...store.clients.values()].flatMap((client) => client.Clie_Email ?? [])
    expect(new Set(emails.map((email) => email.toLowerCase())).size).toBe(emails.length)
  })

  it('gives every employer with people a single primary contact', () => {
    for (const [identifier, entries] of store.employerLinksByEmployer) {
      if (!entries.some((entry) => entry.link.isContact)) continue
      expect(
        entries.filter((entry) => entry.link.isPrimaryContact),
        identifier,
      ).toHaveLength(1)
    }
  })
})

describe('bulk sizes', () => {
  it(
    'adds exactly the requested number of bulk learners and employers',
    { timeout: 60_000 },
    () => {
      const store = createSeededStore({
        seed: 4,
        referenceDate: '2026-11-23',
        clients: 123,
        employers: 17,
      })
      expect(store.clientCodes.filter((code) => code.startsWith('VT1'))).toHaveLength(123)
      expect([...store.employers.keys()].filter((id) => Number(id) > 3000)).toHaveLength(17)
      const roots = [...store.employers.values()].filter((e) => Number(e.Empl_Identifier) > 3000 && e.Empl_Parent === undefined) // prettier-ignore
      expect(roots.length).toBeGreaterThan(1)
      expect(roots.length).toBeLessThan(17)
    },
  )

  it('refuses a reference date that is not a calendar date and a negative size', () => {
    expect(() => createSeededStore({ seed: 1, referenceDate: '2026-11-23T00:00:00' })).toThrow(
      RangeError,
    )
    expect(() => createSeededStore({ seed: 1, referenceDate: '2026-02-30' })).toThrow(RangeError)
    expect(() => createSeededStore({ seed: 1, referenceDate: '2026-11-23', clients: -1 })).toThrow(
      RangeError,
    )
  })
})
