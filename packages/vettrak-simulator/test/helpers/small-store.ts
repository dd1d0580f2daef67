/**
 * @module
 * A small hand-built store for rule tests: a learner, an employer contact (two employers, one with a
 * two-level tree), an employee, a staff member with a division, an unpublished client, a client with
 * no records, and the API service account. Independent of the seed, so each rule test can see
 * exactly the records it relies on.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
import type { Account, EmployerLink, SimStore } from '../../src/data/store.ts'

export const CODES = {
  learner: '0000001001',
  contact: '0000001002',
  employee: '0000001003',
  staff: '0000001004',
  service: '0000001005',
  hidden: '0000001006',
  empty: '0000001007',
  outside: '0000001008',
} as const

export const EMPLOYERS = {
  acme: '501',
  acmeNorth: '502',
  acmeNorthDepot: '503',
  harbour: '601',
} as const
export const CAST = {
  learner: {
    username: 'demo.learner',
    password: 'Learner!2026',
    clientCode: '0000001001',
    email: 'demo.learner@example.edu.au',
  },
  staff: { username: 'demo.staff', password: 'Staff!2026', clientCode: '0000001004' },
  service: { username: 'api.portal', password: 'ApiPortal!2026' },
  contactCode: '0000001002',
  enrolmentId: 7001,
  contractId: 8001,
  employerId: '501',
  award: { givenName: 'dana', surname: "O'Neil & Sons", parchmentNumber: 'P-2025-0042' },
  from: '2020-01-01T00:00:00',
  to: '2030-12-31T23:59:59',
}

export const IDS = { enrolment: 7001, otherEnrolment: 7002, contract: 8001 } as const

export const PASSWORDS = {
  learner: 'Learner!2026',
  contact: 'Employer!2026',
  employee: 'Employee!2026',
  staff: 'Staff!2026',
  service: 'ApiPortal!2026',
} as const

export function client(
  code: string,
  overrides: Partial<Wire<'TClieDetail'>> = {},
): Wire<'TClieDetail'> {
  return {
    Clie_Surname: `Surname${code.slice(-2)}`,
    Clie_Given: `Given${code.slice(-2)}`,
    Clie_Code: code,
    Clie_DOB: '1990-05-17T00:00:00',
    Clie_Address_Type: 0,
    Clie_VisaExpiry: '1899-12-30T00:00:00',
    Clie_DateLastAssessed: '1899-12-30T00:00:00',
    Clie_Commenced: '2024-02-01T00:00:00',
    TerminationDate: '1899-12-30T00:00:00',
    Clie_Salary: 0,
    DivisionId: 1,
    USIExempt: false,
    IsStaff: false,
    ...overrides,
  }
}

export function enrolment(
  id: number,
  clientCode: string,
  overrides: Partial<Wire<'TClieEnro'>> = {},
): Wire<'TClieEnro'> {
  return {
    ID: id,
    StartDate: '2026-02-02T00:00:00',
    EndDate: '2026-12-18T00:00:00',
    Status: 'Active',
    StatusType: 0,
    DateOfEffect: '2026-02-02T00:00:00',
    Qual_Code: 'BSB40120',
    Qual_Name: 'Certificate IV in Business',
    OrganisationId: 1,
    Loca_Code: 'SYD',
    DeliveryModes: ['Internal delivery'],
    Amount: 1650,
    GST: 150,
    AmountPaid: 825.5,
    AmountCredited: 0,
    DivisionId: 1,
    Clie_Code: clientCode,
    GivenName: 'Given',
    Surname: 'Surname',
    ...overrides,
  }
}

function employer(id: string, name: string, parent?: string): Wire<'TEmpl'> {
  return { Empl_Identifier: id, Empl_Name: name, Empl_Active: 'Y', Empl_Parent: parent }
}

function account(
  username: string,
  password: string,
  clientCode: string,
  flags: Partial<Account> = {},
): Account {
  return { username, password, clientCode, apiPermitted: false, isStaff: false, ...flags }
}

function link(employerId: string, flags: Partial<EmployerLink>): EmployerLink {
  return { employerId, isContact: false, isPrimaryContact: false, isEmployee: false, ...flags }
}

/** Builds a fresh small store (each test may change it freely). */
export function createSmallStore(): SimStore {
  const clients = new Map<string, Wire<'TClieDetail'>>()
  const add = (code: string, overrides: Partial<Wire<'TClieDetail'>> = {}) =>
    clients.set(code, client(code, overrides))
  add(CODES.learner, {
    Clie_Given: 'Dana',
    Clie_Surname: "O'Neil & Sons",
    Clie_Email: 'demo.learner@example.edu.au',
    Clie_Username: 'demo.learner',
  })
  add(CODES.contact, {
    Clie_Given: 'Erin',
    Clie_Surname: 'Contact',
    Clie_Email: 'demo.employer@example.com.au',
  })
  add(CODES.employee, {
    Clie_Given: 'Eli',
    Clie_Surname: 'Employee',
    Clie_Email: 'demo.employee@example.com.au',
  })
  add(CODES.staff, { Clie_Given: 'Sam', Clie_Surname: 'Staff', IsStaff: true, DivisionId: 1 })
  add(CODES.service, { Clie_Given: 'API', Clie_Surname: 'Portal', IsStaff: true })
  add(CODES.hidden, { Clie_Given: 'Hidden', Clie_Surname: 'Person', DivisionId: 2 })
  add(CODES.empty, { Clie_Given: 'Nobody', Clie_Surname: 'Empty', DivisionId: 2 })
  add(CODES.outside, { Clie_Given: 'Out', Clie_Surname: 'Side', DivisionId: 9 })

  const accounts = new Map<string, Account>()
  for (const entry of [
    account('demo.learner', PASSWORDS.learner, CODES.learner),
    account('demo.employer', PASSWORDS.contact, CODES.contact),
    account('demo.employee', PASSWORDS.employee, CODES.employee),
    account('demo.staff', PASSWORDS.staff, CODES.staff, { isStaff: true }),
    account('api.portal', PASSWORDS.service, CODES.service, { apiPermitted: true, isStaff: true }),
  ])
    accounts.set(entry.username.toLowerCase(), entry)

  const enrolments = new Map<number, Wire<'TClieEnro'>>([
    [
      IDS.enrolment,
      enrolment(IDS.enrolment, CODES.learner, {
        EmployerIdentifier: EMPLOYERS.acmeNorth,
        EmployerName: 'Acme North',
      }),
    ],
    [
      IDS.otherEnrolment,
      enrolment(IDS.otherEnrolment, CODES.employee, { StartDate: '2025-03-03T09:30:00' }),
    ],
  ])
  const unit: Wire<'TEnun'> = {
    ID: IDS.enrolment,
    Unit_Code: 'BSBOPS401',
    Unit_Name: 'Coordinate business operational plans',
    StartDate: '2026-02-02T00:00:00',
    EndDate: '2026-04-30T00:00:00',
    Result: 'Competency achieved/pass',
    ResultCode: '20',
    Score: 87.5,
    Hours: 40,
  }
  const contract: Wire<'TCont'> = {
    ID: IDS.contract,
    StartDate: '2025-07-01T00:00:00',
    EndDate: '2027-06-30T00:00:00',
    Status: 'Active',
    DateOfEffect: '2025-07-01T00:00:00',
    Qual_Code: 'TLI30321',
    Empl_Identifier: EMPLOYERS.acmeNorthDepot,
    Empl_Name: 'Acme North Depot',
    OrganisationId: 1,
    Clie_Code: CODES.learner,
    GivenName: 'Dana',
    Surname: "O'Neil & Sons",
  }
  const invoice = (
    id: number,
    date: string,
    paymentStatus: number,
    invoicee: string,
    type = 0,
  ): Wire<'TInvoice'> => ({
    InvoiceId: id,
    InvoiceNumber: `INV-${id}`,
    InvoiceDate: date,
    InvoiceeType: type,
    InvoiceeIdentifier: invoicee,
    DueDate: date,
    PaymentStatus: paymentStatus,
    TotalAmount: 110,
    TotalGST: 10,
    AmountPaid: paymentStatus >= 2 ? 110 : paymentStatus === 1 ? 55 : 0,
    InvoiceItems: [
      {
        Amount: 110,
        AmountPaid: 0,
        Description: 'Tuition',
        GST: 10,
        GSTPaid: 0,
        InvoiceItemId: id * 10,
        Quantity: 1,
      },
    ],
    OrganisationId: 1,
  })
  const event = (id: number, identifier: string, type: number, start: string): Wire<'TEven'> => ({
    EventID: id,
    EventName: 'Workplace visit',
    EventType: type,
    Identifier: identifier,
    EventStart: start,
    EventFinish: null,
    Complete: 0,
    EnrolmentId: type === 0 ? IDS.enrolment : null,
    ContractId: null,
  })
  const employers = new Map<string, Wire<'TEmpl'>>([
    [EMPLOYERS.acme, employer(EMPLOYERS.acme, 'Acme Training Services')],
    [EMPLOYERS.acmeNorth, employer(EMPLOYERS.acmeNorth, 'Acme North', EMPLOYERS.acme)],
    [
      EMPLOYERS.acmeNorthDepot,
      employer(EMPLOYERS.acmeNorthDepot, 'Acme North Depot', EMPLOYERS.acmeNorth),
    ],
    [EMPLOYERS.harbour, employer(EMPLOYERS.harbour, 'Harbour Logistics')],
  ])
  const contactLinks = [
    link(EMPLOYERS.acme, { isContact: true, isPrimaryContact: true, positionName: 'Manager' }),
    link(EMPLOYERS.harbour, { isContact: true, isEmployee: true }),
  ]
  const employeeLinks = [
    link(EMPLOYERS.acmeNorthDepot, { isEmployee: true, positionName: 'Driver' }),
  ]
  const occurrence = (id: number, start: string, end: string): Wire<'TOccu'> => ({
    ID: id,
    Code: `OCC${id}`,
    StartDate: start,
    EndDate: end,
    DeliveryModes: [],
    Amount: 0,
    AmountPaid: 0,
    AmountCredited: 0,
    Vacancies: 3,
    EnrolledCount: 9,
  })

  return {
    accounts,
    clients,
    clientCodes: [...clients.keys()],
    enrolments,
    enrolmentsByClient: new Map([
      [CODES.learner, [IDS.enrolment]],
      [CODES.employee, [IDS.otherEnrolment]],
    ]),
    enrolmentUnits: new Map([[IDS.enrolment, [unit]]]),
    contracts: new Map([[IDS.contract, contract]]),
    contractsByClient: new Map([[CODES.learner, [IDS.contract]]]),
    contractUnits: new Map([[IDS.contract, [unit, { ...unit, Unit_Code: 'TLIA0001' }]]]),
    clientEvents: new Map([[CODES.learner, [event(1, CODES.learner, 0, '2026-03-01T10:00:00')]]]),
    employerEvents: new Map([
      [EMPLOYERS.acme, [event(2, EMPLOYERS.acme, 1, '2026-03-02T09:00:00')]],
      [EMPLOYERS.acmeNorthDepot, [event(3, EMPLOYERS.acmeNorthDepot, 1, '2026-05-02T09:00:00')]],
    ]),
    clientInvoices: new Map([
      [
        CODES.learner,
        [
          invoice(1, '2026-01-10T00:00:00', 2, CODES.learner),
          invoice(2, '2026-02-10T00:00:00', 1, CODES.learner),
          invoice(3, '2026-03-10T00:00:00', 0, CODES.learner),
        ],
      ],
    ]),
    employerInvoices: new Map([
      [
        EMPLOYERS.acmeNorth,
        [
          {
            ...invoice(4, '2026-02-01T00:00:00', 0, EMPLOYERS.acmeNorth, 1),
            EmployerContact: {
              Clie_Code: CODES.contact,
              Clie_Given: 'Erin',
              Clie_Surname: 'Contact',
            },
          },
        ],
      ],
    ]),
    unverifiableAwards: new Set(),
    awardsByClient: new Map([
      [
        CODES.learner,
        [
          {
            Qucl_ID: 9001,
            Qual_Code: 'BSB30120',
            Qual_Name: 'Certificate III in Business',
            Clie_Code: CODES.learner,
            Qucl_Cert: 'P-2025-0042',
            Qucl_Recorded: '2025-11-20T00:00:00',
            Expiry: '1899-12-30T00:00:00',
            OrganisationId: 1,
            EnrolmentId: IDS.enrolment,
          },
        ],
      ],
    ]),
    employers,
    employerChildren: new Map([
      [EMPLOYERS.acme, [EMPLOYERS.acmeNorth]],
      [EMPLOYERS.acmeNorth, [EMPLOYERS.acmeNorthDepot]],
    ]),
    employerLinksByClient: new Map([
      [CODES.contact, contactLinks],
      [CODES.employee, employeeLinks],
    ]),
    employerLinksByEmployer: new Map([
      [EMPLOYERS.acme, [{ clientCode: CODES.contact, link: contactLinks[0] as EmployerLink }]],
      [EMPLOYERS.harbour, [{ clientCode: CODES.contact, link: contactLinks[1] as EmployerLink }]],
      [
        EMPLOYERS.acmeNorthDepot,
        [{ clientCode: CODES.employee, link: employeeLinks[0] as EmployerLink }],
      ],
    ]),
    occurrencesByEmployer: new Map([
      [EMPLOYERS.acme, [occurrence(1, '2026-01-05T00:00:00', '2026-06-30T00:00:00')]],
      [
        EMPLOYERS.acmeNorth,
        [
          occurrence(1, '2026-01-05T00:00:00', '2026-06-30T00:00:00'),
          occurrence(2, '2027-01-05T00:00:00', '2027-02-01T00:00:00'),
        ],
      ],
    ]),
    divisions: new Map([
      [1, { id: 1, name: 'Sydney' }],
      [2, { id: 2, name: 'Sydney West', parentId: 1 }],
      [9, { id: 9, name: 'Perth' }],
    ]),
    staffDivisions: new Map([[CODES.staff, [1]]]),
    staffEnrolmentRoles: new Map([
      [
        CODES.staff,
        new Map([
          [IDS.enrolment, 'Trainer'],
          [IDS.otherEnrolment, 'Assessor'],
        ]),
      ],
    ]),
    unpublishedClients: new Set([CODES.hidden]),
    locations: new Map([
      ['SYD', { Loca_Code: 'SYD', Loca_Name: 'Sydney campus', Stat_ShortName: 'NSW' }],
    ]),
    passwordPolicy: {
      minimumLength: 10,
      requireUpperCase: true,
      requireLowerCase: true,
      requireDigit: true,
      requireSymbol: true,
    },
    emailAsUsername: true,
  }
}
