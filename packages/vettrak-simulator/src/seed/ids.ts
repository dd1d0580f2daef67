/**
 * @module
 * Record ID sequences. Each part of the seed (the demo people, Southern Health Network, the bulk)
 * numbers from its own fixed ranges, so the demo's IDs never depend on the bulk's size or seed.
 */

export type IdKind =
  'enrolment' | 'contract' | 'invoice' | 'invoiceItem' | 'event' | 'award' | 'occurrence'

/** Hands out the next ID of each kind. */
export type NextId = (kind: IdKind) => number

/** A sequence per kind, each starting at the given first ID. */
export function createIdSequence(firstIds: Readonly<Record<IdKind, number>>): NextId {
  const next = { ...firstIds }
  return (kind) => next[kind]++
}

/** The first IDs of each part of the seed. */
export const ID_RANGES = {
  // The demo's fixed IDs (DEMO) sit below each sequence's first ID: 10001…, 20001…, 30001…, 60001….
  demo: {
    enrolment: 10_101,
    contract: 20_101,
    invoice: 30_101,
    invoiceItem: 40_001,
    event: 50_001,
    award: 60_101,
    occurrence: 70_001,
  },
  southernHealth: {
    enrolment: 200_001,
    contract: 300_001,
    invoice: 400_001,
    invoiceItem: 410_001,
    event: 420_001,
    award: 430_001,
    occurrence: 440_001,
  },
  bulk: {
    enrolment: 1_000_001,
    contract: 1_000_001,
    invoice: 1_000_001,
    invoiceItem: 1_000_001,
    event: 1_000_001,
    award: 1_000_001,
    occurrence: 1_000_001,
  },
} as const satisfies Record<string, Record<IdKind, number>>
