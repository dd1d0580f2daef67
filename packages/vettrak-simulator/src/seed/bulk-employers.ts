/**
 * @module
 * The bulk employers: trees several levels deep with generated business names, then (once the
 * learners are in) their contacts, employer invoices, events and occurrence bookings.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import {
  ALL_SHORT_COURSES,
  EMPLOYER_EVENT_NAMES,
  EMPLOYER_NAME_PARTS,
  LOCATIONS,
  STREET_NAMES,
  SUBURBS,
} from './catalogue.ts'
import { addEmployerFor, bookOccurrence, linkPerson, occurrenceFor } from './employers.ts'
import { event, invoice, invoiceLines, type ItemSpec, type SeedContext } from './learner-records.ts'
import { addDays, at, onWeekday } from './local-date.ts'
import { emailSlug } from './people.ts'
import type { Random } from './random.ts'
import { roundCents } from './wire-record.ts'

/** The identifier of the n-th (0-based) bulk employer. */
export const bulkEmployerId = (index: number) => String(3001 + index)

/** A bulk employer and what the learners add to it. */
export interface BulkEmployer {
  employer: Wire<'TEmpl'>
  depth: number
  employees: Wire<'TClieDetail'>[]
  primaryContact?: Wire<'TClieDetail'>
  traineeLines: ItemSpec[]
}

/** Adds `count` employers: roots, and sites up to three levels below them. */
export function seedEmployers(ctx: SeedContext, random: Random, count: number): BulkEmployer[] {
  const employers: BulkEmployer[] = []
  const rootName = new Map<BulkEmployer, string>()
  for (let index = 0; index < count; index++) {
    const candidates = employers.filter((e) => e.depth < 3)
    const parent =
      index > 0 && candidates.length > 0 && !random.chance(0.35)
        ? random.pick(candidates)
        : undefined
    const suburb = random.pick(SUBURBS)
    const [trade, anzsic] = random.pick(EMPLOYER_NAME_PARTS.trade)
    const base = parent
      ? (rootName.get(parent) ?? '')
      : `${random.pick(EMPLOYER_NAME_PARTS.first)} ${trade}`
    const name = parent ? `${base} - ${suburb.name}` : base
    const employer = addEmployerFor(ctx, {
      id: bulkEmployerId(index),
      name,
      legalName: parent ? undefined : `${base} ${random.pick(EMPLOYER_NAME_PARTS.suffix)}`,
      parent: parent?.employer,
      suburb,
      streetNumber: String(random.int(1, 500)),
      streetName: random.pick(STREET_NAMES),
      anzsic: parent ? { code: parent.employer.Anzs_Code ?? anzsic.code, name: '' } : anzsic,
      phone: `0${random.int(2, 8)} ${random.int(9000, 9999)} ${random.int(1000, 9999)}`,
      email: random.chance(0.7)
        ? `accounts@${emailSlug(base)}${index + 1}.example.com.au`
        : undefined,
      abn: parent
        ? undefined
        : `${random.int(10, 99)} ${random.int(100, 999)} ${random.int(100, 999)} ${random.int(100, 999)}`,
      size: random.pick(['1-19', '20-199', '200+']),
    })
    const entry: BulkEmployer = {
      employer,
      depth: parent ? parent.depth + 1 : 0,
      employees: [],
      traineeLines: [],
    }
    rootName.set(entry, base)
    employers.push(entry)
  }
  return employers
}

/** Contacts, invoices, events and occurrence bookings for each employer. */
export function seedEmployerActivity(
  ctx: SeedContext,
  random: Random,
  employers: readonly BulkEmployer[],
): void {
  const R = ctx.referenceDate
  if (employers.length === 0) return
  const runs = ALL_SHORT_COURSES.flatMap((course) =>
    [-90, -30, 14, 45].map((offset) =>
      occurrenceFor(ctx, {
        course,
        start: onWeekday(addDays(R, offset + random.int(-7, 7))),
        days: (course.units[0]?.hours ?? 0) > 20 ? 3 : 1,
        location: random.pick(LOCATIONS.filter((l) => l.code !== 'WORKPLACE')).code,
        capacity: 16,
        enrolled: random.int(3, 16),
      }),
    ),
  )
  const learnerPool = employers.flatMap((e) => e.employees)
  for (const entry of employers) {
    const { employer } = entry
    const identifier = employer.Empl_Identifier ?? ''
    // Contacts: one primary and sometimes a second, from the employees where there are any.
    const contactCount = random.int(1, 2)
    const candidates =
      entry.employees.length > 0
        ? random.sample(entry.employees, contactCount)
        : learnerPool.length > 0
          ? random.sample(learnerPool, 1)
          : []
    candidates.forEach((contact, index) => {
      linkPerson(ctx, contact, employer, {
        isContact: true,
        isPrimaryContact: index === 0,
        isEmployee: false,
        positionName: index === 0 ? 'Human Resources Manager' : 'Supervisor',
      })
      if (index === 0) entry.primaryContact = contact
    })

    const invoiceLinesFor: ItemSpec[][] = []
    if (entry.traineeLines.length > 0) invoiceLinesFor.push(entry.traineeLines)
    for (let n = random.int(0, 2); n > 0; n--) {
      const course = random.pick(ALL_SHORT_COURSES)
      invoiceLinesFor.push([
        {
          description: `${course.code} ${course.name}`,
          price: course.fee,
          quantity: random.int(1, 8),
          paid: 0,
        },
      ])
    }
    for (const specs of invoiceLinesFor) {
      const share = random.weighted([
        [0, 35],
        [1, 45],
        [0.5, 20],
      ] as const)
      for (const line of specs) line.paid = roundCents(line.price * (line.quantity ?? 1) * share)
      const date = addDays(R, -random.int(0, 200))
      invoice(ctx, {
        to: { employer, contact: entry.primaryContact },
        date,
        dueDate: addDays(date, 30),
        description: 'Training services',
        orderNumber: random.chance(0.5) ? `PO-${random.int(10000, 99999)}` : undefined,
        items: invoiceLines(ctx, specs).items,
      })
    }

    for (let n = random.int(0, 3); n > 0; n--) {
      const date = onWeekday(addDays(R, random.int(-90, 90)))
      event(ctx, {
        identifier,
        employer: true,
        name: random.pick(Object.values(EMPLOYER_EVENT_NAMES)),
        start: at(date, '10:00'),
        finish: at(date, '11:00'),
      })
    }
    for (const run of random.sample(runs, random.int(1, 4))) bookOccurrence(ctx, run, [employer])
  }
}
