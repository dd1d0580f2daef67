import type {
  Award,
  Contract,
  Enrolment,
  Event,
  Invoice,
  PasswordPolicy,
  Profile,
  Session,
  Unit,
} from '@vettrak-portal/contracts'

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
    statusType: 0,
    startDate: '2026-05-08T00:00:00',
    endDate: '2027-05-08T00:00:00',
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
    startDate: '2026-05-08T00:00:00',
    endDate: '2026-06-10T00:00:00',
    result: 'Competency achieved/pass',
    resultCode: '20',
    outcome: 'achieved',
    score: 92,
    ...overrides,
  }
}

export function buildEvent(overrides: Partial<Event> = {}): Event {
  return {
    id: 50005,
    name: 'Class',
    start: '2026-11-26T09:30:00',
    finish: '2026-11-26T15:30:00',
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
    date: '2026-11-04T00:00:00',
    dueDate: '2026-11-19T00:00:00',
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
    startDate: '2026-05-08T00:00:00',
    endDate: '2027-05-08T00:00:00',
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
    recorded: '2025-10-30T00:00:00',
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
