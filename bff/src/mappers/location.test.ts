import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import {
  createLocationNames,
  NO_LOCATION_NAMES,
  toLocationNameMap,
} from '../reference/location-names.ts'
import { toOccurrence } from './employer.ts'
import { enrolmentsById, toEnrolment, toEvent } from './learner.ts'
import { locationOf } from './location.ts'

const names = toLocationNameMap([
  { code: 'PAR-WST', name: 'Parramatta campus' },
  { code: 'WORKPLACE', name: "  At the learner's workplace " },
  { code: 'NO-NAME', name: '   ' },
  { code: 'ALSO-NONE' },
])

const enrolment: Vettrak.Enrolment = {
  id: 7,
  qualificationName: 'Certificate III in Individual Support',
  locationCode: 'PAR-WST',
  deliveryModes: [],
}

describe('locationOf', () => {
  it('keeps the code and adds the name the RTO gives it', () => {
    expect(locationOf('PAR-WST', names)).toEqual({
      location: 'PAR-WST',
      locationName: 'Parramatta campus',
    })
    expect(locationOf('WORKPLACE', names).locationName).toBe("At the learner's workplace")
  })

  it('falls back to the code alone when no (non-blank) name is known', () => {
    expect(locationOf('NO-NAME', names)).toEqual({ location: 'NO-NAME' })
    expect(locationOf('ALSO-NONE', names)).toEqual({ location: 'ALSO-NONE' })
    expect(locationOf('PAR-WST', NO_LOCATION_NAMES)).toEqual({ location: 'PAR-WST' })
  })

  it('says nothing when there is no code', () => {
    expect(locationOf(undefined, names)).toEqual({})
    expect(locationOf('  ', names)).toEqual({})
  })

  it('is what enrolments, classes and events of an enrolment carry', () => {
    expect(toEnrolment(enrolment, undefined, names)).toMatchObject({
      location: 'PAR-WST',
      locationName: 'Parramatta campus',
    })
    expect(
      toOccurrence({ id: 1, locationCode: 'WORKPLACE', deliveryModes: [] }, undefined, names),
    ).toMatchObject({ location: 'WORKPLACE', locationName: "At the learner's workplace" })
    const context = { enrolments: enrolmentsById([enrolment]), names }
    const event = { id: 3, name: 'Class', start: '2026-11-18T09:30:00', complete: false }
    expect(toEvent({ ...event, enrolmentId: 7 }, context)).toMatchObject({
      courseName: 'Certificate III in Individual Support',
      location: 'PAR-WST',
      locationName: 'Parramatta campus',
    })
    // Not one of the person's enrolments, or none: no place is made up.
    expect(toEvent({ ...event, enrolmentId: 8 }, context)).not.toHaveProperty('location')
    expect(toEvent(event, context)).not.toHaveProperty('location')
  })
})

describe('createLocationNames', () => {
  const list = [{ code: 'PAR-WST', name: 'Parramatta campus' }]

  function holder(options: { isOn?: boolean; fail?: () => boolean } = {}) {
    let time = 0
    let loads = 0
    const names = createLocationNames({
      load: () => {
        loads++
        return options.fail?.() ? Promise.reject(new Error('down')) : Promise.resolve(list)
      },
      isOn: () => options.isOn ?? true,
      now: () => time,
      ttlMs: 1000,
      retryMs: 100,
    })
    return {
      names,
      loads: () => loads,
      advance: (ms: number) => {
        time += ms
      },
    }
  }

  it('reads once for everyone until the list is old', async () => {
    const h = holder()
    const [a, b] = await Promise.all([h.names.names(), h.names.names()])
    expect(a.get('PAR-WST')).toBe('Parramatta campus')
    expect(b).toBe(a)
    h.advance(999)
    await h.names.names()
    expect(h.loads()).toBe(1)
    h.advance(1)
    await h.names.names()
    expect(h.loads()).toBe(2)
  })

  it('gives no names after a failed read, and reads again sooner than a good list', async () => {
    let failing = true
    const h = holder({ fail: () => failing })
    expect((await h.names.names()).size).toBe(0)
    failing = false
    h.advance(99)
    expect((await h.names.names()).size).toBe(0)
    h.advance(1)
    expect((await h.names.names()).get('PAR-WST')).toBe('Parramatta campus')
    expect(h.loads()).toBe(2)
  })

  it('reads nothing while the feature is off', async () => {
    const h = holder({ isOn: false })
    expect((await h.names.names()).size).toBe(0)
    expect(h.loads()).toBe(0)
  })
})
