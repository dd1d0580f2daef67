/**
 * @module
 * The demo people (the README's demo accounts), seeded the same way for every seed: their
 * accounts, records, employers and the people around those employers. Dates are relative to the
 * reference date, so "upcoming" stays upcoming. Southern Health Network, the large employer, is
 * in `southern-health.ts`.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import { addStaffEnrolmentRole, assignStaffToDivision } from './builders.ts'
import {
  ANZSIC,
  CLIENT_EVENT_NAMES as EV,
  CONTRACT_STATUSES,
  CONTRACT_TYPES,
  DELIVERY_MODES as MODE,
  EMPLOYER_EVENT_NAMES as EMP_EV,
  ENROLMENT_STATUSES as STATUS,
  ENROLMENT_TYPES as TYPE,
  OUTCOMES as O,
  QUALIFICATIONS as Q,
  SHORT_COURSES as SC,
  STAFF_ROLES,
  type Course,
  type Suburb,
} from './catalogue.ts'
import { DIVISIONS } from './divisions.ts'
import { addEmployerFor, bookOccurrence, linkPerson, occurrenceFor } from './employers.ts'
import {
  addPerson,
  award,
  contractFor,
  enrol,
  event,
  invoice,
  invoiceLines,
  traineeship,
  type EventSpec,
  type ItemSpec,
  type PersonSpec,
  type SeedContext,
  type TraineeshipStatus,
  type UnitResult,
} from './learner-records.ts'
import { addDays, at, onWeekday, type LocalDate } from './local-date.ts'

/** Stable identifiers of the demo data (the same for every seed and size). */
export const DEMO = {
  clients: {
    learner: 'VT00000001',
    employer: 'VT00000002',
    employee: 'VT00000003',
    staff: 'VT00000004',
    bigEmployer: 'VT00000005',
    apiPortal: 'VT00000006',
    /** An Acme employee with no email address. */
    noEmail: 'VT00000105',
  },
  employers: {
    acme: '1001',
    acmeParramatta: '1002',
    acmeNewcastle: '1003',
    /** Acme's grandchild site, under Newcastle. */
    acmeMaitland: '1004',
    harbour: '1010',
    /** The demo learner's host employer for their traineeship. */
    bayside: '1020',
    southernHealth: '2000',
  },
  southernHealth: {
    root: '2000',
    /** The network, its 3 regions, 9 hospitals and 27 wards and clinics, level by level. */
    sites: Array.from({ length: 40 }, (_, index) => String(2000 + index)) as readonly string[],
    regions: ['2001', '2002', '2003'],
    hospitals: ['2004', '2005', '2006', '2007', '2008', '2009', '2010', '2011', '2012'],
    /** Each an employee of one site and a trainee there. */
    people: 5000,
  },
  learner: {
    enrolments: {
      /** CHC33021, in progress, a traineeship with Bayside Aged Care. */
      individualSupport: 10001,
      /** HLTAID011 short course, upcoming; one unit, one delivery mode. */
      firstAid: 10002,
      /** BSB30120, completed, with a qualification award. */
      business: 10003,
      /** HLTAID009 short course, completed, with an expired statement of attainment. */
      cpr: 10004,
      /** SIT30821, withdrawn. */
      cookery: 10005,
    },
    contract: 20001,
    invoices: {
      paid: 30001,
      paidSingleItem: 30002,
      credited: 30003,
      partPaid: 30004,
      overdue: 30005,
      zeroAmount: 30006,
    },
    awards: { business: 60001, cpr: 60002 },
  },
  employer: { enrolment: 10006 },
  employee: { enrolments: { business: 10007, firstAid: 10008 } },
  staff: { enrolments: { trainingAndAssessment: 10009, cpr: 10010 } },
  divisions: DIVISIONS,
} as const

/** The demo accounts (the README lists them); passwords meet `DEFAULT_PASSWORD_POLICY`. */
export const DEMO_ACCOUNTS: ReadonlyArray<{
  username: string
  password: string
  email?: string
  who: string
  clientCode: string
}> = [
  {
    username: 'demo.learner',
    password: 'Learner!2026',
    email: 'demo.learner@example.edu.au',
    who: 'a learner',
    clientCode: DEMO.clients.learner,
  },
  {
    username: 'demo.employer',
    password: 'Employer!2026',
    email: 'demo.employer@example.com.au',
    who: 'contact for Acme Training Services (primary) and Harbour Logistics; also a learner',
    clientCode: DEMO.clients.employer,
  },
  {
    username: 'demo.employee',
    password: 'Employee!2026',
    email: 'demo.employee@example.com.au',
    who: 'employee, not contact, of Acme Training Services',
    clientCode: DEMO.clients.employee,
  },
  {
    username: 'demo.staff',
    password: 'Staff!2026',
    email: 'demo.staff@example.edu.au',
    who: 'staff member who sees all clients; also a learner',
    clientCode: DEMO.clients.staff,
  },
  {
    username: 'demo.bigemployer',
    password: 'BigEmployer!2026',
    email: 'demo.bigemployer@example.com.au',
    who: 'contact for Southern Health Network (40 sites, 5,000 trainees and employees)',
    clientCode: DEMO.clients.bigEmployer,
  },
  {
    username: 'api.portal',
    password: 'ApiPortal!2026',
    who: 'the service account the BFF signs in as (API permission, not a learner)',
    clientCode: DEMO.clients.apiPortal,
  },
]

/** The demo account named `username`; throws for a name the demo seed does not have. */
export function demoAccount(username: string) {
  const found = DEMO_ACCOUNTS.find((entry) => entry.username === username)
  if (found === undefined) throw new Error(`no demo account ${username}`)
  return found
}

const SUBURB = {
  newtown: { name: 'Newtown', state: 'NSW', postcode: '2042' },
  surryHills: { name: 'Surry Hills', state: 'NSW', postcode: '2010' },
  parramatta: { name: 'Parramatta', state: 'NSW', postcode: '2150' },
  newcastle: { name: 'Newcastle', state: 'NSW', postcode: '2300' },
  maitland: { name: 'Maitland', state: 'NSW', postcode: '2320' },
  botany: { name: 'Botany', state: 'NSW', postcode: '2019' },
  rockdale: { name: 'Rockdale', state: 'NSW', postcode: '2216' },
  chatswood: { name: 'Chatswood', state: 'NSW', postcode: '2067' },
  dandenong: { name: 'Dandenong', state: 'VIC', postcode: '3175' },
  blacktown: { name: 'Blacktown', state: 'NSW', postcode: '2148' },
} as const satisfies Record<string, Suburb>

const done = (score: number): UnitResult => ({ outcome: O.competent, score })
const all = (course: Course, result: (index: number) => UnitResult) =>
  course.units.map((_, i) => result(i))
const tuition = (course: Course, paid: number): ItemSpec => ({
  description: `${course.code} ${course.name} tuition fee`,
  price: course.fee,
  paid,
})

/** Seeds the demo people, their employers and the people of those employers. */
export function seedDemo(ctx: SeedContext): void {
  const R = ctx.referenceDate
  const day = (offset: number): LocalDate => addDays(R, offset)
  const weekday = (offset: number): LocalDate => onWeekday(day(offset))
  const { store } = ctx
  const staffCode = DEMO.clients.staff

  const person = (spec: PersonSpec) => addPerson(ctx, spec)
  /**
   * A person who signs in as `username` (one of `DEMO_ACCOUNTS`), with that account's email; staff
   * by `spec.isStaff`, with API permission only when asked.
   */
  const demoPerson = (
    username: string,
    spec: Omit<PersonSpec, 'email' | 'username'>,
    apiPermitted = false,
  ) => {
    const demo = DEMO_ACCOUNTS.find((a) => a.username === username)
    if (!demo) throw new Error(`No demo account ${username}`)
    const { password, email } = demo
    const isStaff = spec.isStaff ?? false
    return addPerson(
      ctx,
      { ...spec, email, username },
      { account: { username, password, apiPermitted, isStaff } },
    )
  }

  // --- The demo people ----------------------------------------------------------------------
  const learner = demoPerson('demo.learner', {
    code: DEMO.clients.learner,
    given: 'Charlotte',
    surname: 'Nguyen',
    title: 'Ms',
    dob: '2001-04-12',
    gender: 'F',
    suburb: SUBURB.newtown,
    streetNumber: '12',
    streetName: 'King Street',
    mobile: '0412 345 678',
    usi: 'NGC7TX34QW',
    divisionId: DIVISIONS.sydneyHealth,
    employerId: DEMO.employers.bayside,
    commenced: day(-200),
  })
  const employerContact = demoPerson('demo.employer', {
    code: DEMO.clients.employer,
    given: 'Daniel',
    surname: 'Okafor',
    title: 'Mr',
    dob: '1984-09-03',
    gender: 'M',
    suburb: SUBURB.surryHills,
    streetNumber: '41',
    streetName: 'Crown Street',
    mobile: '0423 118 902',
    usi: 'OKD4PL82MZ',
    divisionId: DIVISIONS.sydneyBusiness,
    employerId: DEMO.employers.acme,
    commenced: '2019-03-04',
  })
  const employee = demoPerson('demo.employee', {
    code: DEMO.clients.employee,
    given: 'Priya',
    surname: 'Sharma',
    title: 'Ms',
    dob: '1996-01-27',
    gender: 'F',
    suburb: SUBURB.blacktown,
    streetNumber: '7',
    streetName: 'Main Street',
    mobile: '0434 220 417',
    usi: 'SHP9QW21KX',
    divisionId: DIVISIONS.sydneyBusiness,
    employerId: DEMO.employers.acme,
    commenced: day(-400),
  })
  const staff = demoPerson('demo.staff', {
    code: staffCode,
    given: 'Sam',
    surname: 'Fitzgerald',
    title: 'Mx',
    dob: '1979-11-19',
    gender: 'X',
    suburb: SUBURB.chatswood,
    streetNumber: '3',
    streetName: 'Victoria Avenue',
    mobile: '0400 555 120',
    divisionId: DIVISIONS.sydney,
    isStaff: true,
  })
  demoPerson('demo.bigemployer', {
    code: DEMO.clients.bigEmployer,
    given: 'Grace',
    surname: 'Campbell',
    title: 'Dr',
    dob: '1975-05-30',
    gender: 'F',
    suburb: SUBURB.dandenong,
    streetNumber: '90',
    streetName: 'Lonsdale Street',
    mobile: '0455 010 203',
    divisionId: DIVISIONS.melbourneWorkforce,
    employerId: DEMO.employers.southernHealth,
  })
  demoPerson(
    'api.portal',
    {
      code: DEMO.clients.apiPortal,
      given: 'Portal',
      surname: 'Service Account',
      dob: '1990-01-01',
      gender: 'X',
      suburb: SUBURB.surryHills,
      streetNumber: '1',
      streetName: 'Crown Street',
      divisionId: DIVISIONS.root,
      isStaff: true,
    },
    true,
  )
  assignStaffToDivision(store, staffCode, DIVISIONS.root)
  assignStaffToDivision(store, DEMO.clients.apiPortal, DIVISIONS.root)

  // --- Employers --------------------------------------------------------------------------------
  const acme = addEmployerFor(ctx, {
    id: DEMO.employers.acme,
    name: 'Acme Training Services',
    legalName: 'Acme Training Services Pty Ltd',
    suburb: SUBURB.surryHills,
    streetNumber: '88',
    streetName: 'Foveaux Street',
    anzsic: ANZSIC.consulting,
    phone: '02 9555 0100',
    email: 'accounts@acme-training.example.com.au',
    abn: '51 824 753 556',
    size: '20-199',
    url: 'https://acme-training.example.com.au',
  })
  const parramatta = addEmployerFor(ctx, {
    id: DEMO.employers.acmeParramatta,
    name: 'Acme Training Services - Parramatta',
    parent: acme,
    suburb: SUBURB.parramatta,
    streetNumber: '150',
    streetName: 'Church Street',
    anzsic: ANZSIC.consulting,
    phone: '02 9555 0200',
  })
  const newcastle = addEmployerFor(ctx, {
    id: DEMO.employers.acmeNewcastle,
    name: 'Acme Training Services - Newcastle',
    parent: acme,
    suburb: SUBURB.newcastle,
    streetNumber: '22',
    streetName: 'Hunter Street',
    anzsic: ANZSIC.consulting,
    phone: '02 4955 0300',
  })
  const maitland = addEmployerFor(ctx, {
    id: DEMO.employers.acmeMaitland,
    name: 'Acme Training Services - Maitland Depot',
    parent: newcastle,
    suburb: SUBURB.maitland,
    streetNumber: '5',
    streetName: 'High Street',
    anzsic: ANZSIC.warehousing,
    phone: '02 4955 0400',
  })
  const harbour = addEmployerFor(ctx, {
    id: DEMO.employers.harbour,
    name: 'Harbour Logistics',
    legalName: 'Harbour Logistics Australia Pty Ltd',
    suburb: SUBURB.botany,
    streetNumber: '17',
    streetName: 'Botany Road',
    anzsic: ANZSIC.warehousing,
    phone: '02 9666 4100',
    email: 'payables@harbourlogistics.example.com.au',
    abn: '33 601 428 975',
    size: '200+',
  })
  const bayside = addEmployerFor(ctx, {
    id: DEMO.employers.bayside,
    name: 'Bayside Aged Care',
    legalName: 'Bayside Aged Care Ltd',
    suburb: SUBURB.rockdale,
    streetNumber: '301',
    streetName: 'Princes Highway',
    anzsic: ANZSIC.agedCare,
    phone: '02 9599 2300',
    abn: '72 118 640 293',
    size: '20-199',
  })

  // Contacts and employees of the demo people.
  linkPerson(ctx, employerContact, acme, {
    isContact: true,
    isPrimaryContact: true,
    isEmployee: true,
    positionName: 'Training Manager',
  })
  linkPerson(ctx, employerContact, harbour, {
    isContact: true,
    isPrimaryContact: false,
    isEmployee: false,
    positionName: 'Training Partner',
  })
  linkPerson(ctx, employee, acme, {
    isContact: false,
    isPrimaryContact: false,
    isEmployee: true,
    positionName: 'Customer Service Officer',
  })
  linkPerson(ctx, learner, bayside, {
    isContact: false,
    isPrimaryContact: false,
    isEmployee: true,
    positionName: 'Personal Care Assistant',
  })
  const baysideContact = person({
    code: 'VT00000201',
    given: 'Bridget',
    surname: 'Ryan',
    dob: '1980-07-14',
    gender: 'F',
    suburb: SUBURB.rockdale,
    streetNumber: '301',
    streetName: 'Princes Highway',
    email: 'bridget.ryan@baysideagedcare.example.com.au',
    mobile: '0418 772 015',
    divisionId: DIVISIONS.sydneyHealth,
    employerId: DEMO.employers.bayside,
    commenced: '2015-02-09',
  })
  linkPerson(ctx, baysideContact, bayside, {
    isContact: true,
    isPrimaryContact: true,
    isEmployee: true,
    positionName: 'Care Manager',
  })

  // --- demo.learner -----------------------------------------------------------------------------
  const support = Q.CHC33021
  const supportLines = invoiceLines(ctx, [
    {
      description: 'CHC33021 Certificate III in Individual Support student contribution',
      price: 1500,
      paid: 500,
    },
    { description: 'Uniform (2 polo shirts)', price: 27.5, quantity: 2, gst: true, paid: 55 },
  ])
  const individualSupport = enrol(ctx, {
    id: DEMO.learner.enrolments.individualSupport,
    client: learner,
    course: support,
    start: day(-200),
    end: day(165),
    status: STATUS.active,
    results: [
      done(92),
      done(85),
      { outcome: O.continuing, score: 40 },
      { outcome: O.rpl },
      { outcome: O.creditTransfer },
      done(78),
      { outcome: O.notCompetent, score: 45 },
      done(100),
      { outcome: O.continuing },
      { outcome: O.notYetStarted },
      { outcome: O.notYetStarted },
    ],
    location: 'WORKPLACE',
    deliveryModes: [MODE.workplace, MODE.internal],
    type: TYPE.traineeship,
    divisionId: DIVISIONS.sydneyHealth,
    employer: bayside,
    employerContactCode: baysideContact.Clie_Code,
    money: supportLines.money,
    description: 'Traineeship with Bayside Aged Care',
  })
  const firstAidLines = invoiceLines(ctx, [tuition(SC.HLTAID011, 0)])
  const firstAid = enrol(ctx, {
    id: DEMO.learner.enrolments.firstAid,
    client: learner,
    course: SC.HLTAID011,
    start: weekday(10),
    status: STATUS.active,
    results: [{ outcome: O.notYetStarted }],
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal],
    type: TYPE.shortCourse,
    divisionId: DIVISIONS.newcastleSafety,
    money: firstAidLines.money,
  })
  const businessLines = invoiceLines(ctx, [
    tuition(Q.BSB30120, Q.BSB30120.fee),
    { description: 'Learner resource kit', price: 110, gst: true, paid: 110 },
  ])
  const business = enrol(ctx, {
    id: DEMO.learner.enrolments.business,
    client: learner,
    course: Q.BSB30120,
    start: day(-760),
    end: day(-400),
    dateOfEffect: day(-395),
    status: STATUS.completed,
    results: [
      done(88),
      done(91),
      { outcome: O.creditTransfer },
      done(76),
      done(83),
      done(95),
      { outcome: O.rpl },
      done(80),
      done(87),
    ],
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal, MODE.external],
    type: TYPE.feeForService,
    divisionId: DIVISIONS.sydneyBusiness,
    money: businessLines.money,
  })
  const cprLines = invoiceLines(ctx, [tuition(SC.HLTAID009, SC.HLTAID009.fee)])
  const cpr = enrol(ctx, {
    id: DEMO.learner.enrolments.cpr,
    client: learner,
    course: SC.HLTAID009,
    start: weekday(-420),
    status: STATUS.completed,
    results: [done(100)],
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal],
    type: TYPE.shortCourse,
    divisionId: DIVISIONS.newcastleSafety,
    money: cprLines.money,
  })
  const cookeryLines = invoiceLines(ctx, [tuition(Q.SIT30821, 0)])
  const cookery = enrol(ctx, {
    id: DEMO.learner.enrolments.cookery,
    client: learner,
    course: Q.SIT30821,
    start: day(-330),
    dateOfEffect: day(-270),
    status: STATUS.withdrawn,
    results: all(Q.SIT30821, () => ({ outcome: O.withdrawn })),
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal],
    type: TYPE.feeForService,
    divisionId: DIVISIONS.sydneyHospitality,
    money: { ...cookeryLines.money, paid: Q.SIT30821.fee, credited: Q.SIT30821.fee },
  })
  const traineeship = contractFor(ctx, {
    id: DEMO.learner.contract,
    enrolment: individualSupport,
    employer: bayside,
    contactCode: baysideContact.Clie_Code,
    status: CONTRACT_STATUSES.active,
    code: 'NSW-2026-041288',
  })

  invoice(ctx, {
    id: DEMO.learner.invoices.paid,
    to: { client: learner },
    date: day(-760),
    dueDate: day(-730),
    description: 'Certificate III in Business',
    items: businessLines.items,
  })
  invoice(ctx, {
    id: DEMO.learner.invoices.paidSingleItem,
    to: { client: learner },
    date: cpr.StartDate.slice(0, 10),
    dueDate: cpr.StartDate.slice(0, 10),
    description: 'Provide cardiopulmonary resuscitation',
    items: cprLines.items,
  })
  invoice(ctx, {
    id: DEMO.learner.invoices.credited,
    to: { client: learner },
    date: day(-330),
    dueDate: day(-300),
    description: 'Certificate III in Commercial Cookery (withdrawn, credited)',
    items: cookeryLines.items,
    settlement: 'credited',
  })
  invoice(ctx, {
    id: DEMO.learner.invoices.partPaid,
    to: { client: learner },
    date: day(-200),
    dueDate: day(20),
    description: 'Certificate III in Individual Support',
    items: supportLines.items,
  })
  invoice(ctx, {
    id: DEMO.learner.invoices.overdue,
    to: { client: learner },
    date: day(-20),
    dueDate: day(-5),
    description: 'Provide First Aid',
    items: firstAidLines.items,
  })
  invoice(ctx, {
    id: DEMO.learner.invoices.zeroAmount,
    to: { client: learner },
    date: day(-60),
    dueDate: day(-30),
    description: 'Replacement statement of attainment (fee waived)',
    items: invoiceLines(ctx, [{ description: 'Replacement certificate', price: 0, paid: 0 }]).items,
  })

  award(ctx, {
    id: DEMO.learner.awards.business,
    enrolment: business,
    kind: 'qualification',
    recorded: day(-390),
    staffCode,
  })
  award(ctx, {
    id: DEMO.learner.awards.cpr,
    enrolment: cpr,
    kind: 'statement',
    recorded: cpr.EndDate.slice(0, 10),
    staffCode,
    validYears: 1,
  })

  const learnerEvents: Array<Omit<EventSpec, 'identifier'>> = [
    { name: EV.induction, start: at(day(-200), '09:00'), finish: at(day(-200), '12:00'), enrolmentId: individualSupport.ID },
    { name: EV.trainingPlanReview, start: at(day(-180), '10:00'), finish: at(day(-180), '11:00'), contractId: traineeship.ID },
    { name: EV.workplaceVisit, start: at(weekday(-45), '13:00'), finish: at(weekday(-45), '14:30'), contractId: traineeship.ID },
    { name: EV.assessmentDue, start: at(day(-7), '17:00'), enrolmentId: individualSupport.ID, complete: false, description: 'CHCLEG001 resubmission' },
    { name: EV.classSession, start: at(weekday(2), '09:30'), finish: at(weekday(2), '15:30'), enrolmentId: individualSupport.ID, description: 'Dementia support workshop' },
    { name: EV.classSession, start: at(firstAid.StartDate.slice(0, 10), '09:00'), finish: at(firstAid.StartDate.slice(0, 10), '16:30'), enrolmentId: firstAid.ID, description: 'HLTAID011 Provide First Aid' },
    { name: EV.assessmentDue, start: at(day(14), '17:00'), enrolmentId: individualSupport.ID, description: 'CHCCCS040 written assessment' },
    { name: EV.workplaceVisit, start: at(weekday(28), '10:00'), finish: at(weekday(28), '11:30'), contractId: traineeship.ID },
    { name: EV.trainingPlanReview, start: at(weekday(60), '10:00'), finish: at(weekday(60), '11:00'), contractId: traineeship.ID },
  ] // prettier-ignore
  for (const spec of learnerEvents)
    event(ctx, { ...spec, identifier: learner.Clie_Code ?? '', staffCode })

  addStaffEnrolmentRole(store, staffCode, individualSupport.ID, STAFF_ROLES.trainer)
  addStaffEnrolmentRole(store, staffCode, firstAid.ID, STAFF_ROLES.assessor)
  addStaffEnrolmentRole(store, staffCode, business.ID, STAFF_ROLES.trainerAssessor)
  addStaffEnrolmentRole(store, staffCode, cookery.ID, STAFF_ROLES.trainer)

  // --- demo.employer's own learning (paid for by Acme) ------------------------------------------
  const diploma = enrol(ctx, {
    id: DEMO.employer.enrolment,
    client: employerContact,
    course: Q.BSB50420,
    start: day(-120),
    end: day(245),
    status: STATUS.active,
    results: [done(90), done(84), done(79), { outcome: O.continuing }, { outcome: O.rpl }, done(93), { outcome: O.continuing }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }], // prettier-ignore
    location: 'SYD-CBD',
    deliveryModes: [MODE.external, MODE.internal],
    type: TYPE.feeForService,
    divisionId: DIVISIONS.sydneyBusiness,
    employer: acme,
    employerContactCode: employerContact.Clie_Code,
    money: { amount: Q.BSB50420.fee, gst: 0, paid: Q.BSB50420.fee },
  })
  event(ctx, { identifier: employerContact.Clie_Code ?? '', name: EV.assessmentDue, start: at(day(-30), '17:00'), enrolmentId: diploma.ID, complete: true, staffCode }) // prettier-ignore
  event(ctx, { identifier: employerContact.Clie_Code ?? '', name: EV.classSession, start: at(weekday(9), '18:00'), finish: at(weekday(9), '21:00'), enrolmentId: diploma.ID, staffCode }) // prettier-ignore
  invoice(ctx, {
    to: { client: employerContact },
    date: day(-118),
    dueDate: day(-90),
    description: 'Textbook',
    items: invoiceLines(ctx, [
      { description: 'Leadership in Practice (textbook)', price: 89.95, gst: true, paid: 89.95 },
    ]).items,
  })
  addStaffEnrolmentRole(store, staffCode, diploma.ID, STAFF_ROLES.trainerAssessor)

  // --- demo.employee ------------------------------------------------------------------------------
  const cert4 = enrol(ctx, {
    id: DEMO.employee.enrolments.business,
    client: employee,
    course: Q.BSB40120,
    start: day(-90),
    end: day(275),
    status: STATUS.active,
    results: [done(82), done(77), { outcome: O.continuing }, { outcome: O.continuing }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }, { outcome: O.notYetStarted }], // prettier-ignore
    location: 'PAR-WST',
    deliveryModes: [MODE.internal],
    type: TYPE.funded,
    divisionId: DIVISIONS.sydneyBusiness,
    employer: acme,
    employerContactCode: employerContact.Clie_Code,
    money: { amount: 0, gst: 0, paid: 0 },
  })
  const employeeFirstAidLines = invoiceLines(ctx, [tuition(SC.HLTAID011, SC.HLTAID011.fee)])
  const employeeFirstAid = enrol(ctx, {
    id: DEMO.employee.enrolments.firstAid,
    client: employee,
    course: SC.HLTAID011,
    start: weekday(-150),
    status: STATUS.completed,
    results: [done(96)],
    location: 'PAR-WST',
    deliveryModes: [MODE.internal, MODE.external],
    type: TYPE.shortCourse,
    divisionId: DIVISIONS.newcastleSafety,
    money: employeeFirstAidLines.money,
  })
  award(ctx, { enrolment: employeeFirstAid, kind: 'statement', recorded: employeeFirstAid.EndDate.slice(0, 10), staffCode, validYears: 3 }) // prettier-ignore
  invoice(ctx, {
    to: { client: employee },
    date: employeeFirstAid.StartDate.slice(0, 10),
    dueDate: employeeFirstAid.StartDate.slice(0, 10),
    description: 'Provide First Aid',
    items: employeeFirstAidLines.items,
  })
  event(ctx, { identifier: employee.Clie_Code ?? '', name: EV.induction, start: at(day(-90), '09:00'), finish: at(day(-90), '11:00'), enrolmentId: cert4.ID, staffCode }) // prettier-ignore
  event(ctx, { identifier: employee.Clie_Code ?? '', name: EV.assessmentDue, start: at(day(6), '17:00'), enrolmentId: cert4.ID, staffCode }) // prettier-ignore
  event(ctx, { identifier: employee.Clie_Code ?? '', name: EV.classSession, start: at(weekday(13), '09:30'), finish: at(weekday(13), '15:00'), enrolmentId: cert4.ID, staffCode }) // prettier-ignore
  addStaffEnrolmentRole(store, staffCode, cert4.ID, STAFF_ROLES.trainer)

  // --- demo.staff's own learning --------------------------------------------------------------------
  const tae = enrol(ctx, {
    id: DEMO.staff.enrolments.trainingAndAssessment,
    client: staff,
    course: Q.TAE40116,
    start: day(-1500),
    end: day(-1230),
    status: STATUS.completed,
    results: all(Q.TAE40116, (i) =>
      i === 8 ? { outcome: O.creditTransfer } : done(85 + (i % 3) * 5),
    ),
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal],
    type: TYPE.feeForService,
    divisionId: DIVISIONS.sydneyBusiness,
    money: { amount: Q.TAE40116.fee, gst: 0, paid: Q.TAE40116.fee },
  })
  // Not marked available for verification: VerifyAward never finds it.
  const taeAward = award(ctx, { enrolment: tae, kind: 'qualification', recorded: day(-1220) })
  ctx.store.unverifiableAwards.add(taeAward.Qucl_ID)
  const staffCpr = enrol(ctx, {
    id: DEMO.staff.enrolments.cpr,
    client: staff,
    course: SC.HLTAID009,
    start: weekday(21),
    status: STATUS.active,
    results: [{ outcome: O.notYetStarted }],
    location: 'SYD-CBD',
    deliveryModes: [MODE.internal],
    type: TYPE.shortCourse,
    divisionId: DIVISIONS.newcastleSafety,
  })
  event(ctx, { identifier: staffCode, name: EV.classSession, start: at(staffCpr.StartDate.slice(0, 10), '13:00'), finish: at(staffCpr.StartDate.slice(0, 10), '17:00'), enrolmentId: staffCpr.ID }) // prettier-ignore

  seedDemoEmployerPeople(ctx, { acme, parramatta, newcastle, maitland, harbour }, employerContact)
}

interface DemoEmployers {
  acme: Wire<'TEmpl'>
  parramatta: Wire<'TEmpl'>
  newcastle: Wire<'TEmpl'>
  maitland: Wire<'TEmpl'>
  harbour: Wire<'TEmpl'>
}

interface EmployerPerson {
  code: string
  given: string
  surname: string
  site: keyof DemoEmployers
  position: string
  email?: string
  contact?: 'primary' | 'secondary'
  /** A traineeship (or apprenticeship) at the site, in this course, with this contract status. */
  trainee?: {
    course: Course
    status: TraineeshipStatus
    startOffset: number
    apprenticeship?: boolean
    /** Days before today of the planned end, when not the course's usual length after the start. */
    endOffset?: number
    /** Days without a unit result: progress stopped this long ago. */
    stalledFor?: number
  }
  shortCourse?: { course: Course; offset: number }
}

/** The people of Acme Training Services and Harbour Logistics, spread across the sites. */
const EMPLOYER_PEOPLE: readonly EmployerPerson[] = [
  { code: 'VT00000101', given: 'Olivia', surname: 'Brown', site: 'acme', position: 'Administration Officer', trainee: { course: Q.BSB30120, status: 'active', startOffset: -150 } },
  { code: 'VT00000102', given: 'Tariq', surname: 'Hassan', site: 'acme', position: 'Team Leader', shortCourse: { course: SC.HLTAID011, offset: 10 } },
  { code: 'VT00000103', given: 'Mei', surname: 'Chen', site: 'parramatta', position: 'Customer Service Officer', trainee: { course: Q.BSB30120, status: 'active', startOffset: -60, endOffset: 40 } },
  { code: 'VT00000104', given: 'Jarrah', surname: 'Walker', site: 'parramatta', position: 'Trainee', trainee: { course: Q.BSB40120, status: 'completed', startOffset: -500 } },
  { code: 'VT00000105', given: 'Giulia', surname: 'Rossi', site: 'parramatta', position: 'Operations Coordinator', shortCourse: { course: SC.HLTAID011, offset: -75 } },
  { code: 'VT00000106', given: 'Sione', surname: 'Fonoti', site: 'parramatta', position: 'Warehouse Operator', shortCourse: { course: SC.TLILIC0003, offset: 18 } },
  { code: 'VT00000112', given: 'Eleni', surname: 'Papadopoulos', site: 'parramatta', position: 'Site Manager', contact: 'primary', email: 'eleni.papadopoulos@acme-training.example.com.au' },
  { code: 'VT00000107', given: 'Hamish', surname: 'Fraser', site: 'newcastle', position: 'Site Supervisor', contact: 'primary', shortCourse: { course: SC.RIIWHS204E, offset: 12 } },
  { code: 'VT00000108', given: 'Aisha', surname: 'Rahman', site: 'newcastle', position: 'Trainee', trainee: { course: Q.BSB30120, status: 'cancelled', startOffset: -240 } },
  { code: 'VT00000109', given: 'Lachlan', surname: 'Kelly', site: 'newcastle', position: 'Apprentice Carpenter', trainee: { course: Q.CPC30220, status: 'active', startOffset: -400, apprenticeship: true, stalledFor: 120 } },
  { code: 'VT00000110', given: 'Minh', surname: 'Pham', site: 'maitland', position: 'Warehouse Operator', trainee: { course: Q.BSB30120, status: 'active', startOffset: -30 } },
  { code: 'VT00000111', given: 'Ruby', surname: 'Clarke', site: 'maitland', position: 'Team Leader', contact: 'primary', shortCourse: { course: SC.HLTAID011, offset: -40 } },
  { code: 'VT00000121', given: 'Connor', surname: 'Murphy', site: 'harbour', position: 'Operations Manager', contact: 'primary', email: 'connor.murphy@harbourlogistics.example.com.au' },
  { code: 'VT00000122', given: 'Yusuf', surname: 'Karimi', site: 'harbour', position: 'Warehouse Operator', trainee: { course: Q.BSB30120, status: 'active', startOffset: -100 }, shortCourse: { course: SC.TLILIC0003, offset: -200 } },
  { code: 'VT00000123', given: 'Leila', surname: 'Haddad', site: 'harbour', position: 'Customer Service Officer', trainee: { course: Q.BSB40120, status: 'active', startOffset: -20 } },
  { code: 'VT00000124', given: 'Kai', surname: 'Nakamura', site: 'harbour', position: 'Warehouse Operator', shortCourse: { course: SC.TLILIC0003, offset: 18 } },
  { code: 'VT00000125', given: 'Sunita', surname: 'Iyer', site: 'harbour', position: 'Administration Officer', shortCourse: { course: SC.HLTAID011, offset: 10 } },
  { code: 'VT00000113', given: 'Priya', surname: 'Sharma', site: 'acme', position: 'Accounts Payable Officer', contact: 'secondary' },
] // prettier-ignore

const SITE_SUBURB: Record<keyof DemoEmployers, Suburb> = {
  acme: SUBURB.surryHills,
  parramatta: SUBURB.parramatta,
  newcastle: SUBURB.newcastle,
  maitland: SUBURB.maitland,
  harbour: SUBURB.botany,
}

/** Results of a course that is in progress: done, then current, then not started. */
const progressResults = (course: Course, progress: number): UnitResult[] =>
  course.units.map((_, i) => {
    const position = i / course.units.length
    if (position < progress - 0.1) return done(70 + ((i * 7) % 30))
    if (position < progress) return { outcome: O.continuing }
    return { outcome: O.notYetStarted }
  })

function seedDemoEmployerPeople(
  ctx: SeedContext,
  employers: DemoEmployers,
  demoEmployerContact: Wire<'TClieDetail'>,
): void {
  const R = ctx.referenceDate
  const day = (offset: number) => addDays(R, offset)
  const staffCode = DEMO.clients.staff
  const primaryContact: Partial<Record<keyof DemoEmployers, Wire<'TClieDetail'>>> = {
    acme: demoEmployerContact,
  }
  const bookings = new Map<string, Set<keyof DemoEmployers>>()
  const activeTrainees: Array<{ site: keyof DemoEmployers; contractId: number; name: string }> = []

  for (const [index, member] of EMPLOYER_PEOPLE.entries()) {
    const site = employers[member.site]
    const noEmail = member.code === DEMO.clients.noEmail
    const slug = `${member.given}.${member.surname}`.toLowerCase()
    const domain = member.site === 'harbour' ? 'harbourlogistics' : 'acme-training'
    const client = addPerson(ctx, {
      code: member.code,
      given: member.given,
      surname: member.surname,
      dob: addDays('1985-01-01', index * 397 - 2400),
      gender: index % 3 === 0 ? 'M' : index % 3 === 1 ? 'F' : 'X',
      suburb: SITE_SUBURB[member.site],
      streetNumber: String(10 + index * 3),
      streetName: member.site === 'harbour' ? 'Botany Road' : 'Church Street',
      email: noEmail ? undefined : (member.email ?? `${slug}@${domain}.example.com.au`),
      mobile: `04${String(10 + index).padStart(2, '0')} ${String(300 + index * 7)} ${String(100 + index * 13)}`,
      divisionId: member.trainee ? DIVISIONS.sydneyBusiness : DIVISIONS.newcastleSafety,
      employerId: site.Empl_Identifier,
      commenced: day(-700 + index * 31),
    })
    linkPerson(ctx, client, site, {
      isContact: member.contact !== undefined,
      isPrimaryContact: member.contact === 'primary',
      isEmployee: true,
      positionName: member.position,
    })
    if (member.contact === 'primary') primaryContact[member.site] = client
  }

  for (const member of EMPLOYER_PEOPLE) {
    const site = employers[member.site]
    const client = ctx.store.clients.get(member.code)
    if (!client) continue
    const contactCode = (primaryContact[member.site] ?? demoEmployerContact).Clie_Code

    if (member.trainee) {
      const { course, status, startOffset, endOffset, stalledFor = 0 } = member.trainee
      const start = day(startOffset)
      const end = endOffset === undefined ? addDays(start, course.months * 30) : day(endOffset)
      const results =
        status === 'completed'
          ? all(course, (i) => (i % 4 === 3 ? { outcome: O.rpl } : done(75 + i * 2)))
          : status === 'cancelled'
            ? all(course, () => ({ outcome: O.withdrawn }))
            : progressResults(
                course,
                Math.min(1, (0 - startOffset - stalledFor) / (course.months * 30)),
              )
      const { enrolment, contract } = traineeship(ctx, {
        client,
        course,
        start,
        end,
        status,
        // A withdrawal 12 days ago: recent enough for the employer overview's "to look at" list.
        dateOfEffect: status === 'cancelled' ? day(-12) : status === 'completed' ? end : start,
        results,
        divisionId: DIVISIONS.sydneyBusiness,
        employer: site,
        contactCode,
        contractType: member.trainee.apprenticeship
          ? CONTRACT_TYPES.apprenticeship
          : CONTRACT_TYPES.traineeship,
      })
      if (status === 'completed')
        award(ctx, { enrolment, kind: 'qualification', recorded: addDays(end, 7), staffCode })
      addStaffEnrolmentRole(ctx.store, staffCode, enrolment.ID, STAFF_ROLES.trainerAssessor)
      event(ctx, { identifier: member.code, name: EV.trainingPlanReview, start: at(onWeekday(addDays(start, 30)), '10:00'), finish: at(onWeekday(addDays(start, 30)), '11:00'), contractId: contract.ID, staffCode }) // prettier-ignore
      if (status === 'active') {
        activeTrainees.push({
          site: member.site,
          contractId: contract.ID,
          name: `${member.given} ${member.surname}`,
        })
        event(ctx, { identifier: member.code, name: EV.workplaceVisit, start: at(onWeekday(day(15 + member.code.length)), '13:00'), finish: at(onWeekday(day(15 + member.code.length)), '14:00'), contractId: contract.ID, staffCode }) // prettier-ignore
      }
    }

    if (member.shortCourse) {
      const { course, offset } = member.shortCourse
      const start = onWeekday(day(offset))
      const past = offset < 0
      const enrolment = enrol(ctx, {
        client,
        course,
        start,
        end: addDays(start, course.units[0] && course.units[0].hours > 20 ? 2 : 0),
        status: past ? STATUS.completed : STATUS.active,
        results: [past ? done(90) : { outcome: O.notYetStarted }],
        location: member.site === 'newcastle' || member.site === 'maitland' ? 'NCL-HUN' : 'PAR-WST',
        deliveryModes: [MODE.internal],
        type: TYPE.shortCourse,
        divisionId: DIVISIONS.newcastleSafety,
        employer: site,
        employerContactCode: contactCode,
        money: { amount: course.fee, gst: 0, paid: past ? course.fee : 0 },
      })
      if (past) {
        award(ctx, {
          enrolment,
          kind: 'statement',
          recorded: enrolment.EndDate.slice(0, 10),
          validYears: 3,
        })
      }
      const key = `${course.code}|${offset}`
      const sites = bookings.get(key) ?? new Set()
      sites.add(member.site)
      bookings.set(key, sites)
    }
  }

  // Occurrences the employers' people are booked into.
  for (const [key, sites] of bookings) {
    const [code, offset] = key.split('|')
    const course = Object.values(SC).find((c) => c.code === code)
    if (!course) continue
    const occurrence = occurrenceFor(ctx, {
      course,
      start: onWeekday(day(Number(offset))),
      days: course.units[0] && course.units[0].hours > 20 ? 3 : 1,
      location: [...sites].some((s) => s === 'newcastle' || s === 'maitland')
        ? 'NCL-HUN'
        : 'PAR-WST',
      capacity: 16,
      enrolled: 6 + sites.size * 2,
    })
    bookOccurrence(
      ctx,
      occurrence,
      [...sites].map((s) => employers[s]),
    )
  }
  const intake = occurrenceFor(ctx, { course: Q.BSB30120, start: day(-150), location: 'WORKPLACE', capacity: 20, enrolled: 14 }) // prettier-ignore
  bookOccurrence(ctx, intake, [
    employers.acme,
    employers.parramatta,
    employers.maitland,
    employers.harbour,
  ])
  const diplomaIntake = occurrenceFor(ctx, { course: Q.BSB50420, start: day(-120), location: 'SYD-CBD', capacity: 24, enrolled: 19 }) // prettier-ignore
  bookOccurrence(ctx, diplomaIntake, [employers.acme])

  // Employer invoices, each addressed to the site's primary contact.
  const employerInvoice = (
    site: keyof DemoEmployers,
    offset: number,
    description: string,
    lines: ItemSpec[],
    orderNumber?: string,
  ) => {
    const { items } = invoiceLines(ctx, lines)
    invoice(ctx, {
      to: { employer: employers[site], contact: primaryContact[site] ?? demoEmployerContact },
      date: day(offset),
      dueDate: day(offset + 30),
      description,
      orderNumber,
      items,
    })
  }
  employerInvoice('acme', -118, 'Diploma of Leadership and Management - Daniel Okafor', [
    { description: 'BSB50420 Diploma of Leadership and Management tuition - Daniel Okafor', price: Q.BSB50420.fee, paid: Q.BSB50420.fee },
  ], 'PO-44120') // prettier-ignore
  employerInvoice('acme', -45, 'First aid training', [
    { description: 'HLTAID011 Provide First Aid - Tariq Hassan', price: SC.HLTAID011.fee, paid: 0 },
    { description: 'Training room hire (half day)', price: 220, gst: true, paid: 0 },
  ]) // prettier-ignore
  employerInvoice('acme', -10, 'Traineeship employer contribution', [
    { description: 'BSB30120 traineeship employer contribution - Olivia Brown', price: 450, paid: 200 },
  ]) // prettier-ignore
  employerInvoice('parramatta', -80, 'Short courses - Parramatta', [
    { description: 'HLTAID011 Provide First Aid - Giulia Rossi', price: SC.HLTAID011.fee, paid: SC.HLTAID011.fee },
    { description: 'TLILIC0003 Licence to operate a forklift truck - Sione Fonoti', price: SC.TLILIC0003.fee, paid: SC.TLILIC0003.fee },
  ], 'PAR-7731') // prettier-ignore
  employerInvoice('newcastle', -5, 'Work safely at heights', [
    { description: 'RIIWHS204E Work safely at heights - Hamish Fraser', price: SC.RIIWHS204E.fee, paid: 0 },
  ]) // prettier-ignore
  employerInvoice('maitland', -50, 'First aid training - Maitland', [
    { description: 'HLTAID011 Provide First Aid - Ruby Clarke', price: SC.HLTAID011.fee, paid: 0 },
  ]) // prettier-ignore
  employerInvoice('harbour', -210, 'Forklift licence training', [
    { description: 'TLILIC0003 Licence to operate a forklift truck - Yusuf Karimi', price: SC.TLILIC0003.fee, paid: SC.TLILIC0003.fee },
    { description: 'Licence application processing', price: 82.5, gst: true, paid: 82.5 },
  ], 'HL-2291') // prettier-ignore
  employerInvoice('harbour', -15, 'Training services', [
    { description: 'TLILIC0003 Licence to operate a forklift truck - Kai Nakamura', price: SC.TLILIC0003.fee, paid: 250 },
    { description: 'HLTAID011 Provide First Aid - Sunita Iyer', price: SC.HLTAID011.fee, paid: 0 },
  ], 'HL-2388') // prettier-ignore

  // Employer events.
  const employerEvent = (site: keyof DemoEmployers, name: string, offset: number, time: string, description?: string) =>
    event(ctx, {
      identifier: employers[site].Empl_Identifier ?? '',
      employer: true,
      name,
      start: at(onWeekday(day(offset)), time),
      finish: at(onWeekday(day(offset)), time.replace(/^(\d\d)/, (h) => String(Number(h) + 1).padStart(2, '0'))),
      staffCode,
      description,
    }) // prettier-ignore
  employerEvent('acme', EMP_EV.signUp, -150, '10:00', 'Traineeship sign-up: Olivia Brown')
  employerEvent('acme', EMP_EV.progressMeeting, 7, '14:00', 'Quarterly training progress meeting')
  employerEvent('parramatta', EMP_EV.siteVisit, 14, '09:00')
  employerEvent(
    'newcastle',
    EMP_EV.trainingPlanSignOff,
    -20,
    '11:00',
    'Apprenticeship training plan: Lachlan Kelly',
  )
  employerEvent('maitland', EMP_EV.siteVisit, 35, '10:00')
  employerEvent('harbour', EMP_EV.siteVisit, -30, '08:00')
  employerEvent('harbour', EMP_EV.progressMeeting, 5, '15:00')

  // Each active trainee's visits at work, on the employer's calendar under their contract: one
  // done, one to come.
  for (const [index, trainee] of activeTrainees.entries()) {
    const visit = (offset: number) => {
      const date = onWeekday(day(offset))
      event(ctx, {
        identifier: employers[trainee.site].Empl_Identifier ?? '',
        employer: true,
        name: EMP_EV.traineeVisit,
        start: at(date, '10:30'),
        finish: at(date, '11:30'),
        staffCode,
        contractId: trainee.contractId,
        description: `Workplace visit: ${trainee.name}`,
      })
    }
    visit(-21 - index)
    visit(9 + index * 3)
  }
}
