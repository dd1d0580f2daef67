import { describe, expect, it } from 'vitest'
import { isOwnRecord } from './own-records.ts'

describe('isOwnRecord', () => {
  const mine = [{ id: 10001 }, { id: 10002 }]

  it('a learner may open an enrolment of their own', () => {
    expect(isOwnRecord(mine, 10002)).toBe(true)
  })

  it('a learner may not open an enrolment that is not in their list', () => {
    expect(isOwnRecord(mine, 10007)).toBe(false)
  })

  it('a learner with no records may open none', () => {
    expect(isOwnRecord([], 10001)).toBe(false)
  })
})
