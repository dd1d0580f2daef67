/**
 * @module
 * The bulk data around the demo people: other learners with enrolments whose units, invoices,
 * events and awards fit their status; trainers with division and enrolment roles; and (through
 * `bulk-employers.ts`) employers with employees, trainees and contacts. Everything is drawn from
 * the seed's random stream and dated relative to the reference date.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import { addStaffEnrolmentRole, assignStaffToDivision } from './builders.ts'
import {
  ALL_QUALIFICATIONS,
  ALL_SHORT_COURSES,
  CLIENT_EVENT_NAMES,
  CONTRACT_STATUSES,
  CONTRACT_TYPES,
  DELIVERY_MODES,
  ENROLMENT_STATUSES,
  ENROLMENT_TYPES,
  LOCATIONS,
  OUTCOMES,
  POSITIONS,
  STAFF_ROLES,
  type Course,
  type EnrolmentStatus,
} from './catalogue.ts'
import { CAMPUSES, campusOf, facultiesFor } from './divisions.ts'
import { type BulkEmployer, seedEmployerActivity, seedEmployers } from './bulk-employers.ts'
import { linkPerson } from './employers.ts'
import {
  addPerson,
  award,
  contractFor,
  enrol,
  event,
  invoice,
  invoiceLines,
  plannedEnd,
  type ItemSpec,
  type SeedContext,
  type UnitResult,
} from './learner-records.ts'
import { addDays, at, daysBetween, onWeekday, type LocalDate } from './local-date.ts'
import { emailSlug, randomPerson } from './people.ts'
import type { Random } from './random.ts'
import { roundCents } from './wire-record.ts'

/** The password of every bulk learner's account. */
export const BULK_LEARNER_PASSWORD = 'Student!2026'
/** The password of every bulk trainer's account. */
export const BULK_STAFF_PASSWORD = 'Trainer!2026'

/** The client code of the n-th (0-based) bulk learner. */
export const bulkClientCode = (index: number) => `VT1${String(index + 1).padStart(7, '0')}`
/** The client code of the n-th (0-based) bulk staff member. */
export const bulkStaffCode = (index: number) => `VT3${String(index + 1).padStart(7, '0')}`
type Outcome = 'completed' | 'withdrawn' | 'cancelled' | 'preReporting' | 'active' | 'deferred'

const STATUS_OF: Record<Outcome, EnrolmentStatus> = {
  completed: ENROLMENT_STATUSES.completed,
  withdrawn: ENROLMENT_STATUSES.withdrawn,
  cancelled: ENROLMENT_STATUSES.cancelled,
  preReporting: ENROLMENT_STATUSES.preReportingWithdrawal,
  active: ENROLMENT_STATUSES.active,
  deferred: ENROLMENT_STATUSES.deferred,
}

/** Whether an enrolment outcome is a withdrawal (its units are all 40). */
export const isWithdrawal = (statusType: number) =>
  statusType === ENROLMENT_STATUSES.withdrawn.type ||
  statusType === ENROLMENT_STATUSES.cancelled.type ||
  statusType === ENROLMENT_STATUSES.preReportingWithdrawal.type

export interface BulkOptions {
  clients: number
  employers: number
}

/** Seeds `clients` learners, their trainers and `employers` employers. */
export function seedBulk(ctx: SeedContext, random: Random, options: BulkOptions): void {
  const staffByCampus = seedStaff(ctx, random.fork('staff'), options.clients)
  const employers = seedEmployers(ctx, random.fork('employers'), options.employers)
  seedLearners(ctx, random.fork('learners'), options.clients, employers, staffByCampus)
  seedEmployerActivity(ctx, random.fork('employer-activity'), employers)
}

function seedStaff(ctx: SeedContext, random: Random, clients: number): Map<number, string[]> {
  const count = Math.min(40, Math.max(4, Math.round(clients / 30)))
  const byCampus = new Map<number, string[]>()
  for (let index = 0; index < count; index++) {
    const campus = CAMPUSES[index % CAMPUSES.length] as number
    const spec = randomPerson(random, {
      code: bulkStaffCode(index),
      referenceDate: ctx.referenceDate,
      divisionId: campus,
      emailDomain: 'coastalskills.example.edu.au',
    })
    spec.isStaff = true
    spec.username = `${emailSlug(spec.given)}.${emailSlug(spec.surname)}.staff${index + 1}`
    addPerson(ctx, spec, {
      account: {
        username: spec.username,
        password: BULK_STAFF_PASSWORD,
        apiPermitted: false,
        isStaff: true,
      },
    })
    assignStaffToDivision(ctx.store, spec.code, campus)
    byCampus.set(campus, [...(byCampus.get(campus) ?? []), spec.code])
  }
  return byCampus
}

function resultsFor(
  random: Random,
  course: Course,
  outcome: Outcome,
  progress: number,
): UnitResult[] {
  const n = course.units.length
  return course.units.map((_, i) => {
    if (outcome === 'withdrawn' || outcome === 'cancelled' || outcome === 'preReporting') {
      return { outcome: OUTCOMES.withdrawn }
    }
    if (outcome === 'completed') {
      return random.weighted<UnitResult>([
        [{ outcome: OUTCOMES.competent, score: random.int(55, 100) }, 80],
        [{ outcome: OUTCOMES.rpl }, 12],
        [{ outcome: OUTCOMES.creditTransfer }, 8],
      ])
    }
    const position = (i + 1) / n
    if (position <= progress) {
      return random.weighted<UnitResult>([
        [{ outcome: OUTCOMES.competent, score: random.int(55, 100) }, 82],
        [{ outcome: OUTCOMES.notCompetent, score: random.int(20, 49) }, 5],
        [{ outcome: OUTCOMES.rpl }, 8],
        [{ outcome: OUTCOMES.creditTransfer }, 5],
      ])
    }
    if (position - 1 / n <= progress)
      return { outcome: OUTCOMES.continuing, score: random.int(0, 60) }
    return { outcome: OUTCOMES.notYetStarted }
  })
}

const outcomeFor = (
  random: Random,
  start: LocalDate,
  end: LocalDate,
  today: LocalDate,
): Outcome => {
  if (start > today) return 'active'
  if (end < today) {
    return random.weighted<Outcome>([
      ['completed', 80],
      ['withdrawn', 10],
      ['cancelled', 3],
      ['active', 7],
    ])
  }
  if (daysBetween(start, today) < 45 && random.chance(0.04)) return 'preReporting'
  return random.weighted<Outcome>([
    ['active', 88],
    ['withdrawn', 7],
    ['deferred', 5],
  ])
}

function seedLearners(
  ctx: SeedContext,
  random: Random,
  count: number,
  employers: readonly BulkEmployer[],
  staffByCampus: ReadonlyMap<number, readonly string[]>,
): void {
  const R = ctx.referenceDate
  for (let index = 0; index < count; index++) {
    const firstCourse = random.chance(0.65)
      ? random.pick(ALL_QUALIFICATIONS)
      : random.pick(ALL_SHORT_COURSES)
    const employment =
      employers.length > 0 && random.chance(0.4) ? random.pick(employers) : undefined
    const spec = randomPerson(random, {
      code: bulkClientCode(index),
      referenceDate: R,
      divisionId: random.pick(facultiesFor(firstCourse.code)),
      emailDomain: random.pick(['example.com', 'example.net', 'example.org', 'example.com.au']),
      noEmailRate: 0.05,
    })
    spec.employerId = employment?.employer.Empl_Identifier
    spec.commenced = employment ? addDays(R, -random.int(30, 2500)) : undefined
    const hasAccount = random.chance(0.85)
    if (hasAccount)
      spec.username = `${emailSlug(spec.given)}.${emailSlug(spec.surname)}${index + 1}`
    const client = addPerson(ctx, spec, {
      account: spec.username
        ? {
            username: spec.username,
            password: BULK_LEARNER_PASSWORD,
            apiPermitted: false,
            isStaff: false,
          }
        : undefined,
      unpublished: random.chance(0.02),
    })
    if (employment) {
      linkPerson(ctx, client, employment.employer, {
        isContact: false,
        isPrimaryContact: false,
        isEmployee: true,
        positionName: random.pick(POSITIONS),
      })
      employment.employees.push(client)
    }

    const enrolmentCount = random.weighted([
      [1, 50],
      [2, 35],
      [3, 15],
    ] as const)
    for (let n = 0; n < enrolmentCount; n++) {
      const course =
        n === 0
          ? firstCourse
          : random.chance(0.5)
            ? random.pick(ALL_QUALIFICATIONS)
            : random.pick(ALL_SHORT_COURSES)
      const trainee =
        employment !== undefined && course.kind === 'qualification' && n === 0 && random.chance(0.5)
      seedEnrolment(ctx, random, {
        client,
        course,
        employment: trainee ? employment : undefined,
        staffByCampus,
      })
    }
  }
}

interface EnrolmentPlan {
  client: Wire<'TClieDetail'>
  course: Course
  /** Set for a traineeship with this employer. */
  employment: BulkEmployer | undefined
  staffByCampus: ReadonlyMap<number, readonly string[]>
}

function seedEnrolment(ctx: SeedContext, random: Random, plan: EnrolmentPlan): void {
  const R = ctx.referenceDate
  const { client, course, employment } = plan
  const code = client.Clie_Code ?? ''
  const start = onWeekday(
    addDays(R, -random.int(-60, course.kind === 'qualification' ? 900 : 1100)),
  )
  const end = plannedEnd(course, start)
  const outcome = outcomeFor(random, start, end, R)
  const status = STATUS_OF[outcome]
  const progress =
    start > R ? 0 : Math.min(0.95, daysBetween(start, R) / Math.max(1, daysBetween(start, end)))
  const lastDay = end < R ? end : R
  const dateOfEffect =
    outcome === 'completed'
      ? end
      : status.type === 0 || start > R
        ? start
        : addDays(start, random.int(0, Math.max(0, daysBetween(start, lastDay))))
  const divisionId = random.pick(facultiesFor(course.code))
  const campus = campusOf(ctx.store, divisionId)
  const trainers = plan.staffByCampus.get(campus) ?? []
  const location =
    course.kind === 'short-course' || !employment ? random.pick(LOCATIONS).code : 'WORKPLACE'

  // Money: employers pay for traineeships; learners pay for the rest.
  const fee =
    course.kind === 'short-course'
      ? course.fee
      : random.chance(0.5)
        ? course.fee
        : roundCents(course.fee * 0.3)
  const lines: ItemSpec[] = employment
    ? []
    : [
        {
          description: `${course.code} ${course.name} ${course.kind === 'short-course' ? 'course fee' : 'tuition fee'}`,
          price: fee,
          paid: 0,
        },
      ]
  if (lines.length > 0 && course.kind === 'qualification' && random.chance(0.35)) {
    lines.push({
      description: 'Learner resource kit',
      price: random.pick([55, 88, 110, 165]),
      gst: true,
      paid: 0,
    })
  }
  const settlement = settle(random, outcome, start > R)
  for (const line of lines) {
    const amount = line.price * (line.quantity ?? 1)
    line.paid =
      settlement.kind === 'part' && line === lines[0]
        ? roundCents(amount * settlement.share)
        : settlement.kind === 'none' || settlement.kind === 'part'
          ? 0
          : amount
  }
  const { items, money } = invoiceLines(ctx, lines)
  const credited = settlement.kind === 'credited'

  const enrolment = enrol(ctx, {
    client,
    course,
    start,
    end,
    status,
    dateOfEffect,
    results:
      start > R
        ? course.units.map(() => ({ outcome: OUTCOMES.notYetStarted }))
        : resultsFor(random, course, outcome, progress),
    location,
    deliveryModes: employment
      ? [DELIVERY_MODES.workplace, DELIVERY_MODES.internal]
      : random.weighted([
          [[DELIVERY_MODES.internal], 55],
          [[DELIVERY_MODES.external], 20],
          [[DELIVERY_MODES.internal, DELIVERY_MODES.external], 25],
        ] as const),
    type: employment
      ? ENROLMENT_TYPES.traineeship
      : course.kind === 'short-course'
        ? ENROLMENT_TYPES.shortCourse
        : fee === course.fee
          ? ENROLMENT_TYPES.feeForService
          : ENROLMENT_TYPES.funded,
    divisionId,
    employer: employment?.employer,
    employerContactCode: undefined,
    money: credited
      ? { ...money, paid: money.amount, credited: money.amount }
      : settlement.kind === 'overpaid'
        ? { ...money, paid: roundCents(money.paid + settlement.by) }
        : money,
  })

  if (items.length > 0) {
    const invoiceDate = addDays(start, -random.int(7, 21))
    invoice(ctx, {
      to: { client },
      date: invoiceDate,
      dueDate: addDays(invoiceDate, 30),
      description: course.name,
      items,
      settlement: credited
        ? 'credited'
        : settlement.kind === 'overpaid'
          ? { overpaidBy: settlement.by }
          : undefined,
    })
  }

  let contractId: number | undefined
  if (employment) {
    const contractStatus =
      outcome === 'completed'
        ? CONTRACT_STATUSES.completed
        : isWithdrawal(status.type)
          ? CONTRACT_STATUSES.cancelled
          : outcome === 'deferred'
            ? CONTRACT_STATUSES.suspended
            : CONTRACT_STATUSES.active
    contractId = contractFor(ctx, {
      enrolment,
      employer: employment.employer,
      status: contractStatus,
      type:
        course.code.startsWith('CPC') || course.code.startsWith('SIT')
          ? CONTRACT_TYPES.apprenticeship
          : CONTRACT_TYPES.traineeship,
    }).ID
    employment.traineeLines.push({
      description: `${course.code} traineeship employer contribution - ${client.Clie_Given ?? ''} ${client.Clie_Surname ?? ''}`,
      price: random.pick([250, 450, 600]),
      paid: 0,
    })
  }

  if (outcome === 'completed') {
    const shortValidity =
      course.code === 'HLTAID009' ? 1 : course.code.startsWith('HLTAID') ? 3 : undefined
    award(ctx, {
      enrolment,
      kind: course.kind === 'qualification' ? 'qualification' : 'statement',
      recorded: addDays(end, random.int(3, 40)),
      staffCode: trainers.length > 0 ? random.pick(trainers) : undefined,
      validYears: course.kind === 'short-course' ? shortValidity : undefined,
    })
  }

  if (trainers.length > 0) {
    const trainer = random.pick(trainers)
    addStaffEnrolmentRole(
      ctx.store,
      trainer,
      enrolment.ID,
      random.chance(0.6) ? STAFF_ROLES.trainerAssessor : STAFF_ROLES.trainer,
    )
    const assessor = random.pick(trainers)
    if (assessor !== trainer && random.chance(0.3))
      addStaffEnrolmentRole(ctx.store, assessor, enrolment.ID, STAFF_ROLES.assessor)
  }

  seedLearnerEvents(ctx, random, {
    code,
    enrolment,
    contractId,
    start,
    end,
    active: status.type === 0,
    trainers,
  })
}

type Settlement =
  | { kind: 'paid' | 'none' | 'credited' }
  | { kind: 'part'; share: number }
  | { kind: 'overpaid'; by: number }

function settle(random: Random, outcome: Outcome, future: boolean): Settlement {
  const part = { kind: 'part', share: random.int(20, 80) / 100 } as const
  if (outcome === 'completed') {
    return random.weighted<Settlement>([
      [{ kind: 'paid' }, 93],
      [part, 4],
      [{ kind: 'overpaid', by: random.int(5, 50) }, 2],
      [{ kind: 'credited' }, 1],
    ])
  }
  if (outcome === 'withdrawn' || outcome === 'cancelled' || outcome === 'preReporting') {
    return random.weighted<Settlement>([
      [{ kind: 'credited' }, 50],
      [part, 25],
      [{ kind: 'none' }, 25],
    ])
  }
  if (future)
    return random.weighted<Settlement>([
      [{ kind: 'none' }, 60],
      [{ kind: 'paid' }, 25],
      [part, 15],
    ])
  return random.weighted<Settlement>([
    [{ kind: 'paid' }, 40],
    [part, 35],
    [{ kind: 'none' }, 25],
  ])
}

function seedLearnerEvents(
  ctx: SeedContext,
  random: Random,
  e: {
    code: string
    enrolment: Wire<'TClieEnro'>
    contractId?: number
    start: LocalDate
    end: LocalDate
    active: boolean
    trainers: readonly string[]
  },
): void {
  const R = ctx.referenceDate
  const staffCode = e.trainers.length > 0 ? random.pick(e.trainers) : undefined
  const base = { identifier: e.code, staffCode, enrolmentId: e.enrolment.ID }
  const isShort = e.start === e.end
  if (!isShort) {
    event(ctx, {
      ...base,
      name: CLIENT_EVENT_NAMES.induction,
      start: at(e.start, '09:00'),
      finish: at(e.start, '11:00'),
    })
  }
  if (!e.active) return
  const classDay = isShort ? e.start : onWeekday(addDays(R, random.int(1, 30)))
  if (classDay <= e.end) {
    event(ctx, {
      ...base,
      name: CLIENT_EVENT_NAMES.classSession,
      start: at(classDay, '09:00'),
      finish: at(classDay, '15:30'),
    })
  }
  if (!isShort && random.chance(0.7)) {
    const due = addDays(R, random.int(-20, 40))
    event(ctx, {
      ...base,
      name: CLIENT_EVENT_NAMES.assessmentDue,
      start: at(due, '17:00'),
      complete: due < R ? random.chance(0.7) : false,
    })
  }
  if (e.contractId !== undefined) {
    const visit = onWeekday(addDays(R, random.int(-40, 40)))
    const contractBase = { identifier: e.code, staffCode, contractId: e.contractId }
    event(ctx, {
      ...contractBase,
      name: CLIENT_EVENT_NAMES.workplaceVisit,
      start: at(visit, '13:00'),
      finish: at(visit, '14:00'),
    })
    const review = onWeekday(addDays(e.start, 28))
    event(ctx, {
      ...contractBase,
      name: CLIENT_EVENT_NAMES.trainingPlanReview,
      start: at(review, '10:00'),
      finish: at(review, '11:00'),
    })
  }
}
