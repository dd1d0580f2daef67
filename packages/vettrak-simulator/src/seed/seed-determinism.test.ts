import { createHash } from 'node:crypto'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SimStore } from '../data/store.ts'
import { createSeededStore, DEMO } from './index.ts'

/**
 * The store as JSON. Maps and Sets become their entries in insertion order; object keys keep their
 * order too, because the order of records and of a record's elements is part of what must repeat.
 */
function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) => {
    if (inner instanceof Map) return { map: [...inner.entries()] }
    if (inner instanceof Set) return { set: [...inner.values()] }
    return inner
  })
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')
const REFERENCE_DATE = '2026-11-23'

/** Everything about the demo people, their employers and Southern Health Network. */
function demoSlice(store: SimStore) {
  const isDemoClient = (code: string) => code.startsWith('VT0') || code.startsWith('VT2')
  const codes = store.clientCodes.filter(isDemoClient)
  const employerIds = [...store.employers.keys()].filter((id) => Number(id) < 3000)
  const pick = <V>(map: Map<string, V>, keys: string[]) => keys.map((key) => [key, map.get(key)])
  const byClient = <V>(map: Map<number, V>, index: Map<string, number[]>) =>
    codes.flatMap((code) => (index.get(code) ?? []).map((id) => [id, map.get(id)]))
  return {
    clients: pick(store.clients, codes),
    accounts: [...store.accounts.values()].filter((account) => isDemoClient(account.clientCode)),
    enrolments: byClient(store.enrolments, store.enrolmentsByClient),
    enrolmentUnits: byClient(store.enrolmentUnits, store.enrolmentsByClient),
    contracts: byClient(store.contracts, store.contractsByClient),
    contractUnits: byClient(store.contractUnits, store.contractsByClient),
    clientEvents: pick(store.clientEvents, codes),
    clientInvoices: pick(store.clientInvoices, codes),
    awards: pick(store.awardsByClient, codes),
    links: pick(store.employerLinksByClient, codes),
    employers: pick(store.employers, employerIds),
    children: pick(store.employerChildren, employerIds),
    employerEvents: pick(store.employerEvents, employerIds),
    employerInvoices: pick(store.employerInvoices, employerIds),
    occurrences: pick(store.occurrencesByEmployer, employerIds),
    staffRoles: store.staffEnrolmentRoles.get(DEMO.clients.staff),
    staffDivisions: store.staffDivisions.get(DEMO.clients.staff),
  }
}

// Each test builds several full stores (5,000+ people each); allow for a busy machine.
describe('createSeededStore determinism', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('builds byte-identical stores from one seed, whatever the wall clock says', () => {
    vi.useFakeTimers({ now: new Date('2001-01-01T00:00:00Z') })
    const first = stableJson(createSeededStore({ seed: 11, referenceDate: REFERENCE_DATE }))
    vi.setSystemTime(new Date('2039-06-30T12:34:56Z'))
    const second = stableJson(createSeededStore({ seed: 11, referenceDate: REFERENCE_DATE }))
    expect(second.length).toBe(first.length)
    expect(second === first).toBe(true)
    expect(sha256(second)).toBe(sha256(first))
  })

  it('never asks Math.random', () => {
    const random = vi.spyOn(Math, 'random')
    createSeededStore({ seed: 3, referenceDate: REFERENCE_DATE, clients: 40, employers: 5 })
    expect(random).not.toHaveBeenCalled()
    random.mockRestore()
  })

  it('gives different bulk data for a different seed but the same demo people and IDs', () => {
    const one = createSeededStore({ seed: 1, referenceDate: REFERENCE_DATE })
    const two = createSeededStore({ seed: 2, referenceDate: REFERENCE_DATE })
    const small = createSeededStore({
      seed: 2,
      referenceDate: REFERENCE_DATE,
      clients: 10,
      employers: 2,
    })
    expect(sha256(stableJson(two))).not.toBe(sha256(stableJson(one)))
    expect(one.clients.get('VT10000001')?.Clie_Email).not.toBe(
      two.clients.get('VT10000001')?.Clie_Email,
    )
    const demo = sha256(stableJson(demoSlice(one)))
    expect(sha256(stableJson(demoSlice(two)))).toBe(demo)
    expect(sha256(stableJson(demoSlice(small)))).toBe(demo)
  })

  it('keeps the demo IDs when the reference date moves, and moves the dates with it', () => {
    const now = createSeededStore({
      seed: 1,
      referenceDate: '2026-11-23',
      clients: 0,
      employers: 0,
    })
    const later = createSeededStore({
      seed: 1,
      referenceDate: '2027-11-23',
      clients: 0,
      employers: 0,
    })
    const ids = (store: SimStore) => store.enrolmentsByClient.get(DEMO.clients.learner)
    expect(ids(later)).toEqual(ids(now))
    const id = DEMO.learner.enrolments.individualSupport
    expect(now.enrolments.get(id)?.StartDate).toBe('2026-05-07T00:00:00')
    expect(later.enrolments.get(id)?.StartDate).toBe('2027-05-07T00:00:00')
  })
})
