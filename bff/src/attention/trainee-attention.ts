/**
 * @module
 * Which trainees an employer contact should look at, and why in plain words: a pure rule over the
 * employer's contracts and their units, with "today" passed in (the RTO's date, never the clock).
 *
 * - A contract ending within `endingWithinDays` with units not yet achieved (nor credited).
 * - An active contract with no unit result in the last `quietDays` (one started more recently is
 *   given that long to show its first result).
 * - A withdrawal (VETtrak's `Cancelled`/`Withdrawn` status) whose date of effect is within the last
 *   `withdrawnWithinDays`.
 */
import type { Contract, Unit } from '@vettrak-portal/vettrak-client'
import { countsAsDone, unitOutcome } from '../mappers/learner.ts'

export interface AttentionThresholds {
  /** "Ending soon": the contract's end date is at most this many days after today. */
  endingWithinDays: number
  /** "Quiet": no unit result in this many days. */
  quietDays: number
  /** "Recent withdrawal": its date of effect is at most this many days before today. */
  withdrawnWithinDays: number
}

export const DEFAULT_ATTENTION_THRESHOLDS: AttentionThresholds = {
  endingWithinDays: 8 * 7,
  quietDays: 90,
  withdrawnWithinDays: 30,
}

export type AttentionKind = 'ending-with-units-open' | 'no-recent-result' | 'withdrawn'

export interface AttentionReason {
  kind: AttentionKind
  /** Why, in plain words, for the list and the CSV. */
  message: string
}

const DAY_MS = 86_400_000
const dayNumber = (date: string) =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
  DAY_MS
const dayOf = (dateTime: string | undefined) => dateTime?.slice(0, 10)

const longDate = new Intl.DateTimeFormat('en-AU', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
/** `2027-01-12` as `12 January 2027`. */
const inWords = (date: string) => longDate.format(dayNumber(date) * DAY_MS)
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

const isActive = (contract: Contract) => contract.status?.trim().toLowerCase() === 'active'
const isWithdrawal = (contract: Contract) => /cancel|withdr/i.test(contract.status ?? '')

/** A result: the unit has an outcome that closes it (achieved, credited, not achieved, withdrawn). */
const resultDate = (unit: Unit) => {
  const outcome = unitOutcome(unit.resultCode)
  const closed = outcome !== 'in-progress' && outcome !== 'not-started' && outcome !== 'other'
  return closed ? dayOf(unit.endDate) : undefined
}

/**
 * Whether the rule needs the contract's units to judge it: only active contracts that are ending
 * soon or old enough to be quiet. The others are judged from the contract alone, which is what
 * keeps a 5,000-trainee employer from costing 5,000 unit reads.
 */
export function needsUnits(
  contract: Contract,
  today: string,
  thresholds: AttentionThresholds,
): boolean {
  if (!isActive(contract)) return false
  const t = dayNumber(today)
  const end = dayOf(contract.endDate)
  const start = dayOf(contract.startDate)
  const endingSoon = end !== undefined && dayNumber(end) - t <= thresholds.endingWithinDays
  const oldEnough = start === undefined || t - dayNumber(start) >= thresholds.quietDays
  return endingSoon || oldEnough
}

/**
 * Why this trainee needs attention today; empty when they do not. `units` are the contract's
 * units, or undefined when they were not read (see {@link needsUnits}).
 */
export function attentionReasons(
  contract: Contract,
  units: readonly Unit[] | undefined,
  today: string,
  thresholds: AttentionThresholds,
): AttentionReason[] {
  const t = dayNumber(today)
  const reasons: AttentionReason[] = []

  if (isWithdrawal(contract)) {
    const on = dayOf(contract.dateOfEffect)
    const ago = on === undefined ? undefined : t - dayNumber(on)
    if (on !== undefined && ago !== undefined && ago >= 0 && ago <= thresholds.withdrawnWithinDays)
      reasons.push({
        kind: 'withdrawn',
        message: `Withdrew from the traineeship on ${inWords(on)} (${ago === 0 ? 'today' : `${plural(ago, 'day')} ago`}).`,
      })
    return reasons
  }
  if (!isActive(contract) || units === undefined) return reasons

  const end = dayOf(contract.endDate)
  const open = units.filter((unit) => !countsAsDone(unitOutcome(unit.resultCode))).length
  if (end !== undefined && open > 0) {
    const left = dayNumber(end) - t
    if (left <= thresholds.endingWithinDays)
      reasons.push({
        kind: 'ending-with-units-open',
        message:
          left < 0
            ? `Contract end date ${inWords(end)} has passed with ${plural(open, 'unit')} not yet achieved.`
            : `Contract ends on ${inWords(end)} (in ${plural(left, 'day')}) with ${plural(open, 'unit')} not yet achieved.`,
      })
  }

  const start = dayOf(contract.startDate)
  const started = start === undefined ? undefined : t - dayNumber(start)
  if (started === undefined || started >= thresholds.quietDays) {
    const last = units
      .map(resultDate)
      .filter((date): date is string => date !== undefined && dayNumber(date) <= t)
      .sort()
      .at(-1)
    if (last === undefined)
      reasons.push({
        kind: 'no-recent-result',
        message:
          started === undefined
            ? 'No unit result recorded yet.'
            : `No unit result recorded yet, ${plural(started, 'day')} after starting.`,
      })
    else if (t - dayNumber(last) > thresholds.quietDays)
      reasons.push({
        kind: 'no-recent-result',
        message: `No unit result in the last ${plural(thresholds.quietDays, 'day')}: the latest was on ${inWords(last)}.`,
      })
  }
  return reasons
}
