/**
 * @module
 * Southern Health Network, the demo's large employer: a tree of 40 sites (network → 3 regions →
 * 9 hospitals → 27 wards and clinics) with 5,000 people, each an employee of one site and a
 * trainee there (an enrolment and its training contract). It uses a fixed random stream, so it is
 * the same for every seed.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import {
  ANZSIC,
  CLIENT_EVENT_NAMES,
  EMPLOYER_EVENT_NAMES,
  GIVEN_NAMES,
  OUTCOMES,
  QUALIFICATIONS,
  SHORT_COURSES,
  STREET_NAMES,
  SURNAMES,
  type Course,
  type Suburb,
} from './catalogue.ts'
import { DEMO } from './demo.ts'
import { DIVISIONS } from './divisions.ts'
import { addEmployerFor, bookOccurrence, linkPerson, occurrenceFor } from './employers.ts'
import {
  addPerson,
  event,
  invoice,
  invoiceLines,
  traineeship,
  type SeedContext,
  type TraineeshipStatus,
  type UnitResult,
} from './learner-records.ts'
import { addDays, at, daysBetween, onWeekday } from './local-date.ts'
import { createRandom, hashString, type Random } from './random.ts'
import { emailSlug } from './people.ts'
import { roundCents } from './wire-record.ts'

const REGIONS = [
  {
    name: 'Metro Region',
    hospitals: ['Kingsford Hospital', 'Riverside Hospital', 'Wattle Grove Hospital'],
  },
  {
    name: 'Bayside Region',
    hospitals: ['Seacliff Hospital', 'Portside Hospital', 'Sandridge Hospital'],
  },
  {
    name: 'Country Region',
    hospitals: ['Ironbark Hospital', 'Redgum Hospital', 'Blue Gum Hospital'],
  },
] as const

const UNITS = [
  'Emergency Department',
  'Aged Care and Rehabilitation',
  'Outpatient Clinics',
] as const

const VIC_SUBURBS: readonly Suburb[] = [
  { name: 'Dandenong', state: 'VIC', postcode: '3175' },
  { name: 'Box Hill', state: 'VIC', postcode: '3128' },
  { name: 'Footscray', state: 'VIC', postcode: '3011' },
  { name: 'St Kilda', state: 'VIC', postcode: '3182' },
  { name: 'Frankston', state: 'VIC', postcode: '3199' },
  { name: 'Brunswick', state: 'VIC', postcode: '3056' },
  { name: 'Richmond', state: 'VIC', postcode: '3121' },
  { name: 'Geelong', state: 'VIC', postcode: '3220' },
  { name: 'Ballarat', state: 'VIC', postcode: '3350' },
  { name: 'Bendigo', state: 'VIC', postcode: '3550' },
]

const QUALS: ReadonlyArray<readonly [Course, number]> = [
  [QUALIFICATIONS.HLT33115, 35],
  [QUALIFICATIONS.CHC33021, 25],
  [QUALIFICATIONS.HLT23221, 20],
  [QUALIFICATIONS.BSB30120, 10],
  [QUALIFICATIONS.BSB40120, 10],
]

const POSITIONS = [
  'Assistant in Nursing',
  'Ward Clerk',
  'Personal Care Assistant',
  'Patient Services Assistant',
  'Administration Officer',
]

interface Site {
  employer: Wire<'TEmpl'>
  level: 0 | 1 | 2 | 3
  contact?: Wire<'TClieDetail'>
}

/** The client code of the n-th (0-based) Southern Health Network person. */
export const southernHealthCode = (index: number) => `VT2${String(index + 1).padStart(7, '0')}`

function seedSites(ctx: SeedContext, random: Random): Site[] {
  const address = () => ({
    suburb: random.pick(VIC_SUBURBS),
    streetNumber: String(random.int(1, 400)),
    streetName: random.pick(STREET_NAMES),
  })
  let next = Number(DEMO.southernHealth.root)
  const root = addEmployerFor(ctx, {
    id: String(next++),
    name: 'Southern Health Network',
    legalName: 'Southern Health Network Ltd',
    suburb: VIC_SUBURBS[0] as Suburb,
    streetNumber: '246',
    streetName: 'Clayton Road',
    anzsic: ANZSIC.hospitals,
    phone: '03 9594 6666',
    email: 'workforce.development@southernhealth.example.org.au',
    abn: '82 142 080 338',
    size: '200+',
    url: 'https://southernhealth.example.org.au',
  })
  const sites: Site[] = [{ employer: root, level: 0 }]
  const regions = REGIONS.map((region) => {
    const employer = addEmployerFor(ctx, {
      id: String(next++),
      name: `Southern Health Network - ${region.name}`,
      parent: root,
      anzsic: ANZSIC.hospitals,
      ...address(),
    })
    sites.push({ employer, level: 1 })
    return { region, employer }
  })
  const hospitals = regions.flatMap(({ region, employer: parent }) =>
    region.hospitals.map((name) => {
      const employer = addEmployerFor(ctx, {
        id: String(next++),
        name,
        parent,
        anzsic: ANZSIC.hospitals,
        ...address(),
      })
      sites.push({ employer, level: 2 })
      return employer
    }),
  )
  for (const hospital of hospitals) {
    for (const unit of UNITS) {
      const employer = addEmployerFor(ctx, {
        id: String(next++),
        name: `${hospital.Empl_Name ?? ''} - ${unit}`,
        parent: hospital,
        anzsic: ANZSIC.hospitals,
        suburb: {
          name: hospital.Empl_BCity ?? '',
          state: 'VIC',
          postcode: hospital.Empl_BPCode ?? '',
        },
        streetNumber: String(random.int(1, 400)),
        streetName: random.pick(STREET_NAMES),
      })
      sites.push({ employer, level: 3 })
    }
  }
  return sites
}

const LEVEL_WEIGHT = [1, 1, 4, 6] as const

function resultsFor(
  random: Random,
  course: Course,
  status: 'active' | 'completed' | 'cancelled',
  progress: number,
): UnitResult[] {
  return course.units.map((_, i) => {
    if (status === 'cancelled') return { outcome: OUTCOMES.withdrawn }
    if (status === 'completed' || i / course.units.length < progress - 0.15) {
      const roll = random.next()
      if (roll < 0.08) return { outcome: OUTCOMES.rpl }
      if (roll < 0.12) return { outcome: OUTCOMES.creditTransfer }
      return { outcome: OUTCOMES.competent, score: random.int(60, 100) }
    }
    return {
      outcome: i / course.units.length < progress ? OUTCOMES.continuing : OUTCOMES.notYetStarted,
    }
  })
}

/** Seeds Southern Health Network's sites and people. */
export function seedSouthernHealth(ctx: SeedContext): void {
  const random = createRandom(hashString('southern-health-network'))
  const R = ctx.referenceDate
  const sites = seedSites(ctx, random)
  const rootSite = sites[0] as Site
  const bigEmployer = ctx.store.clients.get(DEMO.clients.bigEmployer)
  if (bigEmployer) {
    linkPerson(ctx, bigEmployer, rootSite.employer, {
      isContact: true,
      isPrimaryContact: true,
      isEmployee: false,
      positionName: 'Workforce Development Manager',
    })
    rootSite.contact = bigEmployer
  }
  const weights = sites.map((site, index) => [index, LEVEL_WEIGHT[site.level]] as const)

  for (let index = 0; index < DEMO.southernHealth.people; index++) {
    // The first 40 people give every site someone; they are that site's contact.
    const siteIndex = index < sites.length ? index : random.weighted(weights)
    const site = sites[siteIndex] as Site
    const given = random.pick(GIVEN_NAMES)
    const surname = random.pick(SURNAMES)
    const code = southernHealthCode(index)
    const course = random.weighted(QUALS)
    const start = addDays(R, -random.int(0, 720))
    const end = addDays(start, course.months * 30)
    const commenced = addDays(start, -random.int(0, 900))
    const client = addPerson(ctx, {
      code,
      given,
      surname,
      dob: addDays(R, -random.int(18 * 365, 60 * 365)),
      gender: random.weighted([
        ['F', 62],
        ['M', 36],
        ['X', 2],
      ] as const),
      suburb: random.pick(VIC_SUBURBS),
      streetNumber: String(random.int(1, 250)),
      streetName: random.pick(STREET_NAMES),
      email: `${emailSlug(given)}.${emailSlug(surname)}.${index + 1}@southernhealth.example.org.au`,
      divisionId: DIVISIONS.melbourneWorkforce,
      employerId: site.employer.Empl_Identifier,
      commenced,
    })
    const isSiteContact = index < sites.length
    linkPerson(ctx, client, site.employer, {
      isContact: isSiteContact,
      isPrimaryContact: isSiteContact && site.contact === undefined,
      isEmployee: true,
      positionName: isSiteContact ? 'Nurse Unit Manager' : random.pick(POSITIONS),
    })
    if (isSiteContact && site.contact === undefined) site.contact = client

    const ended = end < R
    const status: TraineeshipStatus = ended
      ? random.weighted([
          ['completed', 88],
          ['cancelled', 7],
          ['active', 5],
        ] as const)
      : random.chance(0.04)
        ? 'cancelled'
        : 'active'
    const progress = Math.min(
      1,
      Math.max(0, daysBetween(start, R) / Math.max(1, daysBetween(start, end))),
    )
    const { enrolment } = traineeship(ctx, {
      client,
      course,
      start,
      end,
      status,
      dateOfEffect:
        status === 'completed'
          ? end
          : status === 'cancelled'
            ? addDays(start, Math.floor(daysBetween(start, R) / 2))
            : start,
      results: resultsFor(random, course, status, progress),
      divisionId: DIVISIONS.melbourneWorkforce,
      employer: site.employer,
      contactCode: (site.contact ?? client).Clie_Code,
    })
    if (index < 200) {
      event(ctx, {
        identifier: code,
        name: CLIENT_EVENT_NAMES.workplaceVisit,
        start: at(onWeekday(addDays(R, random.int(-30, 60))), '10:00'),
        finish: null,
        enrolmentId: enrolment.ID,
      })
    }
  }

  seedSiteActivity(ctx, random, sites)
}

/** Invoices, events and occurrences for the network's sites. */
function seedSiteActivity(ctx: SeedContext, random: Random, sites: readonly Site[]): void {
  const R = ctx.referenceDate
  const firstAidRuns = [-60, -20, 12, 40].map((offset) =>
    occurrenceFor(ctx, {
      course: SHORT_COURSES.HLTAID011,
      start: onWeekday(addDays(R, offset)),
      location: 'MEL-CBD',
      capacity: 20,
      enrolled: random.int(8, 20),
    }),
  )
  const intake = occurrenceFor(ctx, {
    course: QUALIFICATIONS.HLT33115,
    start: addDays(R, -180),
    location: 'WORKPLACE',
    capacity: 400,
    enrolled: 380,
  })
  for (const [index, site] of sites.entries()) {
    if (site.level === 3) continue
    bookOccurrence(ctx, intake, [site.employer])
    for (const run of firstAidRuns)
      if (random.chance(0.5) || site.level === 0) bookOccurrence(ctx, run, [site.employer])
    const lines = invoiceLines(ctx, [
      { description: 'Traineeship support services', price: random.int(20, 120) * 50, paid: 0 },
      {
        description: 'HLTAID011 Provide First Aid',
        price: SHORT_COURSES.HLTAID011.fee,
        quantity: random.int(4, 16),
        paid: 0,
      },
      { description: 'Catering', price: 165, gst: true, paid: 0 },
    ])
    const paidShare = random.pick([0, 0.5, 1])
    const items = lines.items.map((item) => ({
      ...item,
      AmountPaid: roundCents(item.Amount * paidShare),
    }))
    invoice(ctx, {
      to: { employer: site.employer, contact: site.contact },
      date: addDays(R, -random.int(5, 90)),
      dueDate: addDays(R, random.int(-30, 30)),
      description: 'Training services',
      orderNumber: `SHN-${10_000 + index}`,
      items,
    })
    for (const [name, offset] of [
      [EMPLOYER_EVENT_NAMES.progressMeeting, -random.int(10, 60)],
      [EMPLOYER_EVENT_NAMES.siteVisit, random.int(3, 60)],
    ] as const) {
      const date = onWeekday(addDays(R, offset))
      event(ctx, {
        identifier: site.employer.Empl_Identifier ?? '',
        employer: true,
        name,
        start: at(date, '10:00'),
        finish: at(date, '11:00'),
      })
    }
  }
}
