/**
 * @module
 * Writers for employers and what hangs off them: an employer with its addresses, the links of
 * its contacts and employees, and the occurrences (course runs) its people are booked into.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { EmployerLink } from '../data/store.ts'
import {
  addEmployer,
  addOccurrence,
  buildAddress,
  buildEmployer,
  buildOccurrence,
  linkClientToEmployer,
} from './builders.ts'
import type { AnzsicClass, Course, Suburb } from './catalogue.ts'
import type { SeedContext } from './learner-records.ts'
import { addDays, at, type LocalDate } from './local-date.ts'

export interface EmployerSpec {
  id: string
  name: string
  legalName?: string
  parent?: Wire<'TEmpl'>
  suburb: Suburb
  streetNumber: string
  streetName: string
  anzsic: AnzsicClass
  phone?: string
  email?: string
  abn?: string
  size?: string
  url?: string
}

/** Adds an employer (its parent, if any, first). */
export function addEmployerFor(ctx: SeedContext, spec: EmployerSpec): Wire<'TEmpl'> {
  const address = buildAddress({
    StreetNumber: spec.streetNumber,
    StreetName: spec.streetName,
    City: spec.suburb.name,
    State: spec.suburb.state,
    Postcode: spec.suburb.postcode,
  })
  return addEmployer(
    ctx.store,
    buildEmployer({
      Empl_Identifier: spec.id,
      Emty_Code: 'P',
      Anzs_Code: spec.anzsic.code,
      Empl_Name: spec.name,
      Empl_LegalName: spec.legalName ?? spec.parent?.Empl_LegalName ?? `${spec.name} Pty Ltd`,
      Empl_EmployerSize: spec.size,
      Empl_Phone: spec.phone,
      Empl_Email: spec.email,
      Empl_ABN: spec.abn ?? spec.parent?.Empl_ABN,
      Empl_Parent: spec.parent?.Empl_Identifier,
      Empl_Type: 'Private sector',
      URL: spec.url,
      BusinessAddress: address,
    }),
  )
}

/** Links a client to an employer as contact and/or employee (see `linkClientToEmployer`). */
export function linkPerson(
  ctx: SeedContext,
  client: Wire<'TClieDetail'>,
  employer: Wire<'TEmpl'>,
  link: Omit<EmployerLink, 'employerId'>,
): EmployerLink {
  const code = client.Clie_Code ?? ''
  return linkClientToEmployer(ctx.store, code, {
    ...link,
    employerId: employer.Empl_Identifier ?? '',
  })
}

export interface OccurrenceSpec {
  course: Course
  start: LocalDate
  days?: number
  location: string
  capacity: number
  enrolled: number
}

/** A scheduled run of a course (not yet booked for any employer). */
export function occurrenceFor(ctx: SeedContext, spec: OccurrenceSpec): Wire<'TOccu'> {
  const id = ctx.nextId('occurrence')
  const yymm = spec.start.slice(2, 4) + spec.start.slice(5, 7)
  return buildOccurrence({
    ID: id,
    Code: `${spec.course.code}-${yymm}-${spec.location}-${id % 1000}`,
    Prog_Code: spec.course.code,
    Prog_Name: spec.course.name,
    Amount: spec.course.fee,
    StartDate: at(spec.start, '09:00'),
    EndDate: at(addDays(spec.start, Math.max(0, (spec.days ?? 1) - 1)), '16:30'),
    Loca_Code: spec.location,
    Vacancies: Math.max(0, spec.capacity - spec.enrolled),
    EnrolledCount: spec.enrolled,
  })
}

/** Lists an occurrence for each of the employers whose people are booked into it. */
export function bookOccurrence(
  ctx: SeedContext,
  occurrence: Wire<'TOccu'>,
  employers: readonly Wire<'TEmpl'>[],
): void {
  for (const employer of employers) {
    addOccurrence(ctx.store, employer.Empl_Identifier ?? '', occurrence)
  }
}
