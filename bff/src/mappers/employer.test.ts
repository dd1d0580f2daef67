import { OccurrenceSchema, type Event } from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { bookedIn, isBookedIn, sitesOf, toOccurrence, upcomingForContract } from './employer.ts'

const firstAid: Vettrak.Occurrence = {
  id: 7,
  code: 'HLTAID011-2611-PAR-WST-7',
  programmeCode: 'HLTAID011',
  programmeName: 'Provide First Aid',
  startDate: '2026-11-26T09:00:00',
  endDate: '2026-11-27T16:30:00',
  locationCode: 'PAR-WST',
  deliveryModes: [],
}

const enrolment = (overrides: Partial<Vettrak.Enrolment>): Vettrak.Enrolment => ({
  id: 1,
  qualificationCode: 'HLTAID011',
  locationCode: 'PAR-WST',
  startDate: '2026-11-26T00:00:00',
  clientCode: 'VT00000102',
  givenName: 'Tariq',
  surname: 'Hassan',
  deliveryModes: [],
  ...overrides,
})

describe('isBookedIn', () => {
  it('an enrolment in the same course, at the same place, starting on a day of the class is in it', () => {
    expect(isBookedIn(firstAid, enrolment({}))).toBe(true)
    expect(isBookedIn(firstAid, enrolment({ startDate: '2026-11-27T00:00:00' }))).toBe(true)
  })

  it.each([
    ['another course', { qualificationCode: 'TLILIC0003' }],
    ['another location', { locationCode: 'NCL-HUN' }],
    ['a start the day before', { startDate: '2026-11-25T00:00:00' }],
    ['a start the day after', { startDate: '2026-11-28T00:00:00' }],
    ['no start', { startDate: undefined }],
  ])('an enrolment with %s is not in it', (_, overrides) => {
    expect(isBookedIn(firstAid, enrolment(overrides))).toBe(false)
  })

  it('a class without a programme code matches nobody', () => {
    const unnamed = { ...firstAid, programmeCode: undefined }
    expect(isBookedIn(unnamed, enrolment({ qualificationCode: undefined }))).toBe(false)
  })

  it('a class with only an end date is a one-day class', () => {
    const oneDay = { ...firstAid, startDate: undefined, endDate: '2026-11-26T16:30:00' }
    expect(isBookedIn(oneDay, enrolment({}))).toBe(true)
    expect(isBookedIn(oneDay, enrolment({ startDate: '2026-11-27T00:00:00' }))).toBe(false)
  })
})

describe('bookedIn', () => {
  it('names each person once, by surname, leaving out those in other classes', () => {
    const people = bookedIn(firstAid, [
      enrolment({ id: 1 }),
      enrolment({ id: 2 }),
      enrolment({ id: 3, clientCode: 'VT00000125', givenName: 'Sunita', surname: 'Iyer' }),
      enrolment({ id: 4, clientCode: 'VT00000106', qualificationCode: 'TLILIC0003' }),
      enrolment({ id: 5, clientCode: undefined }),
    ])
    expect(people.map((p) => p.surname)).toEqual(['Hassan', 'Iyer'])
  })

  it('an occurrence keeps what VETtrak said of it, with the location named and who is booked', () => {
    const names = new Map([['PAR-WST', 'Parramatta campus']])
    const occurrence = { ...firstAid, vacancies: 4, enrolled: 2 }
    // Strict: nothing of VETtrak's own (the location code, the delivery modes) goes past the BFF.
    const dto = OccurrenceSchema.strict().parse(toOccurrence(occurrence, [enrolment({})], names))
    expect(dto).toMatchObject({
      id: 7,
      startDate: firstAid.startDate,
      location: 'PAR-WST',
      locationName: 'Parramatta campus',
      vacancies: 4,
      enrolled: 2,
      booked: [{ clientCode: 'VT00000102', givenName: 'Tariq', surname: 'Hassan' }],
    })
  })

  it('a class with nobody of the employer’s in it has an empty list; unknown enrolments, none', () => {
    expect(toOccurrence(firstAid, [enrolment({ locationCode: 'NCL-HUN' })]).booked).toEqual([])
    expect(toOccurrence(firstAid).booked).toBeUndefined()
  })
})

describe('upcomingForContract', () => {
  const now = '2026-11-16T10:00:00'
  const event = (overrides: Partial<Event>): Event => ({
    id: 1,
    name: 'Trainee workplace visit',
    start: '2026-11-25T10:30:00',
    finish: '2026-11-25T11:30:00',
    complete: false,
    contractId: 20101,
    ...overrides,
  })

  it('keeps the contract’s events that have not finished, in the order given', () => {
    const events = [
      event({ id: 1, start: '2026-10-26T10:30:00', finish: '2026-10-26T11:30:00' }),
      event({ id: 2, start: '2026-11-16T09:30:00', finish: '2026-11-16T10:30:00' }),
      event({ id: 3, contractId: 20102 }),
      event({ id: 4, contractId: undefined }),
      event({ id: 5 }),
      event({ id: 6, start: '2026-11-16T09:00:00', finish: undefined }),
    ]
    expect(upcomingForContract(events, 20101, now).map((e) => e.id)).toEqual([2, 5])
  })

  it('an event without a finish counts from its start', () => {
    const startsNow = event({ start: now, finish: undefined })
    expect(upcomingForContract([startsNow], 20101, now)).toEqual([startsNow])
  })
})

describe('sitesOf', () => {
  it('lists the top site first, then each site once', () => {
    const site = (identifier: string, children: Vettrak.EmployerTree[] = []) => ({
      employer: { identifier, name: `Site ${identifier}` } as Vettrak.Employer,
      children,
    })
    const maitland = site('1004')
    const tree = site('1001', [site('1002'), site('1003', [maitland]), maitland])
    expect(sitesOf(tree).map((s) => s.identifier)).toEqual(['1001', '1002', '1003', '1004'])
  })
})
