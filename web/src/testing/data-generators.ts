import type {
  Award,
  ClientSummary,
  Contract,
  Employee,
  EmployerTreeNode,
  Enrolment,
  Event,
  Invoice,
  PasswordPolicy,
  Profile,
  Session,
  Trainee,
  Unit,
} from '@vettrak-portal/contracts'
import { daysFromToday } from './clock.ts'

type SessionOverrides = Partial<Omit<Session, 'user'>> & { user?: Partial<Session['user']> }

/** A learner's session unless overridden. */
export function buildSession(overrides: SessionOverrides = {}): Session {
  const { user, ...rest } = overrides
  return {
    employers: [],
    activeEmployerId: null,
    idleTimeoutSeconds: 1800,
    ...rest,
    user: {
      clientCode: 'LRN0001',
      givenName: 'Ava',
      surname: 'Nguyen',
      email: 'ava.nguyen@example.com.au',
      isStaff: false,
      ...user,
    },
  }
}

export const twoEmployers: Session['employers'] = [
  { id: '101', name: 'Acme Training Services', isPrimaryContact: true },
  { id: '202', name: 'Harbour Logistics', isPrimaryContact: false },
]

// The learner's records (`/api/me/...`), as the BFF sends them; override what a test is about.

export function buildProfile(overrides: Partial<Profile> = {}): Profile {
  return {
    clientCode: 'LRN0001',
    title: 'Ms',
    givenName: 'Ava',
    surname: 'Nguyen',
    username: 'ava.nguyen',
    email: 'ava.nguyen@example.com.au',
    dateOfBirth: '2001-04-12',
    mobilePhone: '0412 345 678',
    residentialAddress: {
      streetNumber: '12',
      streetName: 'King Street',
      city: 'Newtown',
      state: 'NSW',
      postcode: '2042',
    },
    usi: 'NGC7TX34QW',
    isStaff: false,
    ...overrides,
  }
}

export function buildEnrolment(overrides: Partial<Enrolment> = {}): Enrolment {
  return {
    id: 10001,
    qualificationCode: 'CHC33021',
    qualificationName: 'Certificate III in Individual Support',
    status: 'Active',
    state: 'active',
    startDate: daysFromToday(-192),
    endDate: daysFromToday(173),
    location: 'WORKPLACE',
    deliveryModes: ['Workplace-based'],
    amount: 1555,
    amountPaid: 555,
    progress: { achieved: 6, total: 11 },
    ...overrides,
  }
}

export function buildUnit(overrides: Partial<Unit> = {}): Unit {
  return {
    unitCode: 'CHCCCS031',
    unitName: 'Provide individualised support',
    startDate: daysFromToday(-192),
    endDate: daysFromToday(-159),
    result: 'Competency achieved/pass',
    resultCode: '20',
    outcome: 'achieved',
    score: 92,
    ...overrides,
  }
}

/** A class ten days from the test's today; a moved `start` moves the default `finish` with it. */
export function buildEvent(overrides: Partial<Event> = {}): Event {
  const start = overrides.start ?? daysFromToday(10, '09:30:00')
  return {
    id: 50005,
    name: 'Class',
    start,
    finish: `${start.slice(0, 10)}T15:30:00`,
    complete: false,
    description: 'Dementia support workshop',
    enrolmentId: 10001,
    ...overrides,
  }
}

export function buildInvoiceItem(
  overrides: Partial<Invoice['items'][number]> = {},
): Invoice['items'][number] {
  return {
    id: 40001,
    description: 'Tuition fee',
    quantity: 1,
    amount: 149,
    gst: 0,
    amountPaid: 0,
    ...overrides,
  }
}

export function buildInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 30005,
    number: 'INV0030005',
    date: daysFromToday(-12),
    dueDate: daysFromToday(3),
    description: 'Provide First Aid',
    paymentStatus: 'unpaid',
    total: 149,
    gst: 0,
    amountPaid: 0,
    owing: 149,
    overdue: false,
    items: [buildInvoiceItem()],
    ...overrides,
  }
}

export function buildContract(overrides: Partial<Contract> = {}): Contract {
  return {
    id: 20001,
    code: 'NSW-2026-041288',
    qualificationCode: 'CHC33021',
    qualificationName: 'Certificate III in Individual Support',
    status: 'Active',
    startDate: daysFromToday(-192),
    endDate: daysFromToday(173),
    employerId: '1020',
    employerName: 'Bayside Aged Care',
    contractType: 'Traineeship',
    state: 'NSW',
    ...overrides,
  }
}

export function buildAward(overrides: Partial<Award> = {}): Award {
  return {
    id: 60001,
    qualificationCode: 'BSB30120',
    qualificationName: 'Certificate III in Business',
    certificateNumber: 'CSIQ0060001',
    awardType: 'Qualification',
    recorded: daysFromToday(-382),
    ...overrides,
  }
}

export function buildPasswordPolicy(overrides: Partial<PasswordPolicy> = {}): PasswordPolicy {
  return {
    minimumLength: 10,
    requireUpperCase: true,
    requireLowerCase: true,
    requireDigit: true,
    requireSymbol: true,
    ...overrides,
  }
}

// The employer and staff views (`/api/employer/...`, `/api/staff/...`).

/** A site of the employer tree; `children` are its sites. */
export function buildSite(overrides: Partial<EmployerTreeNode> = {}): EmployerTreeNode {
  return {
    id: '101',
    name: 'Acme Training Services',
    traineeCount: 1,
    employeeCount: 4,
    children: [],
    ...overrides,
  }
}

/** Acme with two sites, Newcastle having a depot under it (as the demo employer). */
export function buildAcmeTree(): EmployerTreeNode {
  return buildSite({
    children: [
      buildSite({ id: '102', name: 'Acme Parramatta', traineeCount: 2, employeeCount: 5 }),
      buildSite({
        id: '103',
        name: 'Acme Newcastle',
        traineeCount: 2,
        employeeCount: 3,
        children: [
          buildSite({ id: '104', name: 'Acme Maitland Depot', traineeCount: 1, employeeCount: 2 }),
        ],
      }),
    ],
  })
}

export function buildTrainee(overrides: Partial<Trainee> = {}): Trainee {
  return {
    contractId: 5001,
    clientCode: 'VT00000101',
    givenName: 'Olivia',
    surname: 'Brown',
    qualificationCode: 'BSB30120',
    qualificationName: 'Certificate III in Business',
    status: 'Active',
    contractType: 'Traineeship',
    startDate: daysFromToday(-142),
    endDate: daysFromToday(222),
    employerId: '101',
    employerName: 'Acme Training Services',
    ...overrides,
  }
}

const SURNAMES = ['Brown', 'Chen', 'Kelly', 'Pham', 'Rahman', 'Walker', 'Singh', 'Nguyen', 'Smith']
const GIVEN = ['Olivia', 'Mei', 'Lachlan', 'Minh', 'Aisha', 'Jarrah', 'Priya', 'Ava', 'Noah']

/** `count` trainees spread over `sites`, with predictable names and codes. */
export function buildTrainees(count: number, sites = ['Ward A', 'Ward B', 'Ward C']): Trainee[] {
  return Array.from({ length: count }, (_, i) =>
    buildTrainee({
      contractId: 10_000 + i,
      clientCode: `VT${String(i).padStart(8, '0')}`,
      givenName: GIVEN[i % GIVEN.length] ?? 'Ava',
      surname: `${SURNAMES[i % SURNAMES.length] ?? 'Smith'}${i}`,
      employerName: sites[i % sites.length] ?? 'Ward A',
      status: i % 10 === 0 ? 'Completed' : 'Active',
    }),
  )
}

export function buildEmployee(overrides: Partial<Employee> = {}): Employee {
  return {
    clientCode: 'VT00000201',
    givenName: 'Sam',
    surname: 'Taylor',
    email: 'sam.taylor@example.com.au',
    position: 'Warehouse supervisor',
    employerId: '101',
    employerName: 'Acme Training Services',
    commenced: daysFromToday(-1019),
    ...overrides,
  }
}

export function buildClientSummary(overrides: Partial<ClientSummary> = {}): ClientSummary {
  return { clientCode: 'VT00000001', givenName: 'Charlotte', surname: 'Nguyen', ...overrides }
}
