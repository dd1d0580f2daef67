import type { Contract, Unit } from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_ATTENTION_THRESHOLDS as T,
  attentionReasons,
  needsUnits,
} from './trainee-attention.ts'

const TODAY = '2026-11-16'
const contract = (overrides: Partial<Contract> = {}): Contract => ({
  id: 1,
  status: 'Active',
  startDate: '2025-06-01T00:00:00',
  endDate: '2027-06-01T00:00:00',
  ...overrides,
})
const unit = (resultCode: string, endDate?: string): Unit => ({
  unitCode: `U${resultCode}`,
  resultCode,
  ...(endDate ? { endDate: `${endDate}T00:00:00` } : {}),
})
const recentResult = unit('20', '2026-10-01')
const kinds = (c: Contract, units: Unit[] | undefined, today = TODAY) =>
  attentionReasons(c, units, today, T).map((r) => r.kind)

describe('a trainee whose contract ends within eight weeks', () => {
  const ending = contract({ endDate: '2027-01-10T00:00:00' }) // 55 days after today

  it('needs attention while a unit is not yet achieved, and says when and how many', () => {
    const [reason] = attentionReasons(
      ending,
      [recentResult, unit('70'), unit('30', '2026-10-20')],
      TODAY,
      T,
    )
    expect(reason).toEqual({
      kind: 'ending-with-units-open',
      message: 'Contract ends on 10 January 2027 (in 55 days) with 2 units not yet achieved.',
    })
  })

  it('does not when every unit is achieved or credited', () => {
    expect(kinds(ending, [recentResult, unit('60', '2026-10-05')])).toEqual([])
  })

  it('does not when the end is more than eight weeks away', () => {
    expect(kinds(contract({ endDate: '2027-01-12T00:00:00' }), [recentResult, unit('70')])).toEqual(
      [],
    )
  })

  it('says so when the end date has already passed', () => {
    const [reason] = attentionReasons(
      contract({ endDate: '2026-11-01T00:00:00' }),
      [recentResult, unit('85')],
      TODAY,
      T,
    )
    expect(reason?.message).toBe(
      'Contract end date 1 November 2026 has passed with 1 unit not yet achieved.',
    )
  })
})

describe('an active trainee without a recent unit result', () => {
  it('needs attention after 90 days without one, naming the latest', () => {
    const [reason] = attentionReasons(contract(), [unit('20', '2026-08-17'), unit('70')], TODAY, T)
    expect(reason).toEqual({
      kind: 'no-recent-result',
      message: 'No unit result in the last 90 days: the latest was on 17 August 2026.',
    })
  })

  it('does not on the 90th day', () => {
    expect(kinds(contract(), [unit('20', '2026-08-18'), unit('70')])).toEqual([])
  })

  it('counts a not-yet-competent result as a result, but not a unit still in progress', () => {
    expect(kinds(contract(), [unit('30', '2026-11-01')])).toEqual([])
    expect(kinds(contract(), [unit('70', '2026-11-01')])).toEqual(['no-recent-result'])
  })

  it('with none at all, says how long since starting', () => {
    const [reason] = attentionReasons(
      contract({ startDate: '2026-06-01T00:00:00' }),
      [unit('85')],
      TODAY,
      T,
    )
    expect(reason?.message).toBe('No unit result recorded yet, 168 days after starting.')
  })

  it('who started less than 90 days ago is given time', () => {
    expect(kinds(contract({ startDate: '2026-09-01T00:00:00' }), [unit('85')])).toEqual([])
  })

  it('may need attention for both reasons at once', () => {
    const c = contract({ endDate: '2026-12-01T00:00:00' })
    expect(kinds(c, [unit('20', '2026-01-10'), unit('70')])).toEqual([
      'ending-with-units-open',
      'no-recent-result',
    ])
  })

  it('does not when suspended or completed', () => {
    for (const status of ['Suspended', 'Completed'])
      expect(kinds(contract({ status }), [unit('70')])).toEqual([])
  })
})

describe('a recent withdrawal', () => {
  it('needs attention within 30 days of its date of effect, and says when', () => {
    const c = contract({ status: 'Cancelled', dateOfEffect: '2026-11-02T00:00:00' })
    expect(attentionReasons(c, undefined, TODAY, T)).toEqual([
      {
        kind: 'withdrawn',
        message: 'Withdrew from the traineeship on 2 November 2026 (14 days ago).',
      },
    ])
  })

  it('not after 30 days, nor without a date of effect', () => {
    expect(
      kinds(contract({ status: 'Cancelled', dateOfEffect: '2026-10-16T00:00:00' }), undefined),
    ).toEqual([])
    expect(kinds(contract({ status: 'Withdrawn' }), undefined)).toEqual([])
  })
})

describe('the thresholds are settings', () => {
  it('a shorter quiet period and a longer ending window change who is listed', () => {
    const settings = { endingWithinDays: 200, quietDays: 30, withdrawnWithinDays: 30 }
    const c = contract({ endDate: '2027-05-01T00:00:00' })
    expect(
      attentionReasons(c, [unit('20', '2026-10-01'), unit('70')], TODAY, settings).map(
        (r) => r.kind,
      ),
    ).toEqual(['ending-with-units-open', 'no-recent-result'])
  })
})

describe('which contracts the rule reads units for', () => {
  it('only active ones ending soon or old enough to be quiet', () => {
    expect(needsUnits(contract(), TODAY, T)).toBe(true)
    expect(needsUnits(contract({ startDate: '2026-10-01T00:00:00' }), TODAY, T)).toBe(false)
    expect(
      needsUnits(
        contract({ startDate: '2026-10-01T00:00:00', endDate: '2026-12-01T00:00:00' }),
        TODAY,
        T,
      ),
    ).toBe(true)
    expect(needsUnits(contract({ status: 'Cancelled' }), TODAY, T)).toBe(false)
    expect(needsUnits(contract({ status: 'Completed' }), TODAY, T)).toBe(false)
  })
})
