import { complexTypes } from '@vettrak-portal/vettrak-api'
import { describe, expect, it } from 'vitest'
import {
  addAccount,
  addClient,
  addContract,
  addDivision,
  addEmployer,
  addEnrolment,
  addEvent,
  addInvoice,
  addOccurrence,
  addStaffEnrolmentRole,
  assignStaffToDivision,
  buildAccount,
  buildAward,
  buildClient,
  buildContract,
  buildEmployer,
  buildEnrolment,
  buildEvent,
  buildInvoice,
  buildInvoiceItem,
  buildOccurrence,
  buildUnit,
  createEmptyStore,
  gstOf,
  linkClientToEmployer,
  paymentStatusFor,
} from './builders.ts'
import { UNKNOWN_DATE_TIME } from './local-date.ts'
import { findStoreProblems } from './store-integrity.ts'

const wireOrder = (type: keyof typeof complexTypes, record: object) =>
  Object.keys(complexTypes[type]).filter((key) => key in record)

describe('record builders', () => {
  it('give a complete wire record by default, with its elements in wire order', () => {
    const records = {
      TClieDetail: buildClient(),
      TClieEnro: buildEnrolment(),
      TEnun: buildUnit(),
      TCont: buildContract(),
      TEven: buildEvent(),
      TInvoiceItem: buildInvoiceItem(),
      TInvoice: buildInvoice(),
      TQucl: buildAward(),
      TEmpl: buildEmployer(),
      TOccu: buildOccurrence(),
    } as const
    for (const [type, record] of Object.entries(records)) {
      expect(Object.keys(record), type).toEqual(
        wireOrder(type as keyof typeof complexTypes, record),
      )
    }
    const client = records.TClieDetail
    expect(client.Clie_VisaExpiry).toBe(UNKNOWN_DATE_TIME)
    expect(client.IsStaff).toBe(false)
    expect(client.Clie_Code).toMatch(/^TEST\d{6}$/)
    expect(Object.keys(client.UsualAddress ?? {})).toEqual(
      wireOrder('TAddress', client.UsualAddress ?? {}),
    )
  })

  it('let overrides win, including an undefined string that leaves the element out', () => {
    const client = buildClient({ Clie_Given: 'Aroha', Clie_Email: undefined, Clie_Other: '' })
    expect(client.Clie_Given).toBe('Aroha')
    expect('Clie_Email' in client).toBe(false)
    expect('Clie_Other' in client).toBe(false)
    expect(buildEnrolment({ ID: 77, Status: 'Completed', StatusType: 1 })).toMatchObject({ ID: 77, Status: 'Completed', StatusType: 1 })
  }) // prettier-ignore

  it('keep the default of a value type overridden with undefined', () => {
    expect(buildClient({ Clie_Commenced: undefined }).Clie_Commenced).toBe(UNKNOWN_DATE_TIME)
    expect(buildEvent({ EventID: 5, EnrolmentId: undefined }).EnrolmentId).toBeNull()
  })

  it('derive the flat address fields from the address objects', () => {
    const client = buildClient({ UsualAddress: { StreetNumber: '5', StreetName: 'Hay Street', City: 'Subiaco', State: 'WA', Postcode: '6008' } }) // prettier-ignore
    expect(client).toMatchObject({ Clie_RAddr: '5 Hay Street', Clie_RCity: 'Subiaco', Stat_RShortName: 'WA', Clie_PPCode: '6008' }) // prettier-ignore
  })

  it('round money to cents', () => {
    expect(buildInvoiceItem({ Amount: 10.005, GST: 0.90909 }).Amount).toBe(10.01)
    expect(buildInvoiceItem({ Amount: 10.005, GST: 0.90909 }).GST).toBe(0.91)
    expect(buildEnrolment({ Amount: 1 / 3 }).Amount).toBe(0.33)
    expect(buildEnrolment({ Amount: -0.001 }).Amount).toBe(0)
    expect(gstOf(110)).toBe(10)
    expect(gstOf(27.5)).toBe(2.5)
  })

  it('refuse dates with a zone or an impossible day, and missing value types', () => {
    expect(() => buildEvent({ EventStart: '2026-11-23T09:00:00Z' })).toThrow(/EventStart/)
    expect(() => buildEnrolment({ StartDate: '2026-02-30T00:00:00' })).toThrow(/StartDate/)
    expect(() => buildUnit({ Score: Number.NaN })).toThrow(/Score/)
    expect(() => buildEvent({ EventID: 1.5 })).toThrow(/EventID/)
  })

  it('total an invoice from its items and derive its payment status', () => {
    const invoice = buildInvoice({
      InvoiceItems: [
        buildInvoiceItem({ Amount: 1500, AmountPaid: 500 }),
        buildInvoiceItem({ Amount: 55, GST: 5, AmountPaid: 55 }),
      ],
    })
    expect(invoice).toMatchObject({
      TotalAmount: 1555,
      TotalGST: 5,
      AmountPaid: 555,
      PaymentStatus: 1,
    })
    expect(buildInvoice({ InvoiceItems: [buildInvoiceItem({ Amount: 0 })] }).PaymentStatus).toBe(2)
    expect(buildInvoice({ PaymentStatus: 4 }).PaymentStatus).toBe(4)
  })

  it.each([
    [100, 0, 0],
    [100, 40, 1],
    [100, 100, 2],
    [100, 100.004, 2],
    [100, 120, 3],
    [0, 0, 2],
  ])('an invoice of %d with %d paid has PaymentStatus %d', (total, paid, status) => {
    expect(paymentStatusFor(total, paid)).toBe(status)
  })

  it('give each record a fresh ID unless one is given', () => {
    expect(buildEnrolment().ID).not.toBe(buildEnrolment().ID)
    expect(buildOccurrence({ ID: 9 }).ID).toBe(9)
  })
})

describe('store writers', () => {
  const smallStore = () => {
    const store = createEmptyStore()
    const client = addClient(store, buildClient({ Clie_Code: 'AB00000001' }), {
      account: {
        username: 'Ab.Learner',
        password: 'Learner!2026',
        apiPermitted: false,
        isStaff: false,
      },
    })
    const parent = addEmployer(
      store,
      buildEmployer({ Empl_Identifier: '10', Empl_Name: 'Parent Co' }),
    )
    const child = addEmployer(store, buildEmployer({ Empl_Identifier: '11', Empl_Parent: '10' }))
    return { store, client, parent, child }
  }

  it('index a client, its account (by lower-cased username) and its enrolment with units', () => {
    const { store } = smallStore()
    expect(store.accounts.get('ab.learner')?.clientCode).toBe('AB00000001')
    const enrolment = addEnrolment(store, buildEnrolment({ ID: 5, Clie_Code: 'AB00000001' }), [buildUnit(), buildUnit({ ID: 99 })]) // prettier-ignore
    expect(store.enrolmentsByClient.get('AB00000001')).toEqual([5])
    expect(store.enrolmentUnits.get(enrolment.ID)?.map((unit) => unit.ID)).toEqual([5, 5])
    expect(findStoreProblems(store)).toEqual([])
  })

  it('refuse records whose client or employer is missing, and duplicates', () => {
    const { store, client } = smallStore()
    expect(() => addEnrolment(store, buildEnrolment({ Clie_Code: 'NOBODY0001' }))).toThrow(
      /NOBODY0001/,
    )
    expect(() => addContract(store, buildContract({ Clie_Code: 'AB00000001', Empl_Identifier: '404' }))).toThrow(/404/) // prettier-ignore
    expect(() => addClient(store, client)).toThrow(/already exists/)
    expect(() => addAccount(store, buildAccount({ clientCode: 'AB00000001', username: 'AB.LEARNER' }))).toThrow(/taken/) // prettier-ignore
    expect(() =>
      addEmployer(store, buildEmployer({ Empl_Identifier: '12', Empl_Parent: '99' })),
    ).toThrow(/99/)
  })

  it('file employer events and invoices under the employer, client ones under the client', () => {
    const { store } = smallStore()
    addEvent(store, buildEvent({ EventType: 1, Identifier: '11' }))
    addEvent(store, buildEvent({ Identifier: 'AB00000001' }))
    addInvoice(store, buildInvoice({ InvoiceeType: 1, InvoiceeIdentifier: '10' }))
    addInvoice(store, buildInvoice({ InvoiceeIdentifier: 'AB00000001' }))
    expect(store.employerEvents.get('11')).toHaveLength(1)
    expect(store.clientEvents.get('AB00000001')).toHaveLength(1)
    expect(store.employerInvoices.get('10')).toHaveLength(1)
    expect(store.clientInvoices.get('AB00000001')).toHaveLength(1)
    expect(findStoreProblems(store)).toEqual([])
  })

  it('build the employer tree and name the parent', () => {
    const { store, child } = smallStore()
    expect(store.employerChildren.get('10')).toEqual(['11'])
    expect(store.employerChildren.get('11')).toEqual([])
    expect(child.ParentName).toBe('Parent Co')
  })

  it('keep one primary contact per employer and merge a second link to the same employer', () => {
    const { store } = smallStore()
    addClient(store, buildClient({ Clie_Code: 'AB00000002' }))
    linkClientToEmployer(store, 'AB00000001', { employerId: '10', isContact: true, isPrimaryContact: true, isEmployee: false }) // prettier-ignore
    linkClientToEmployer(store, 'AB00000002', { employerId: '10', isContact: true, isPrimaryContact: true, isEmployee: false }) // prettier-ignore
    linkClientToEmployer(store, 'AB00000001', { employerId: '10', isContact: false, isPrimaryContact: false, isEmployee: true }) // prettier-ignore
    const links = store.employerLinksByEmployer.get('10') ?? []
    expect(
      links.map(({ clientCode, link }) => [clientCode, link.isPrimaryContact, link.isEmployee]),
    ).toEqual([
      ['AB00000001', false, true],
      ['AB00000002', true, false],
    ])
    expect(store.employerLinksByClient.get('AB00000001')).toHaveLength(1)
    expect(findStoreProblems(store)).toEqual([])
  })

  it('record divisions, staff roles and occurrences', () => {
    const { store } = smallStore()
    addDivision(store, { id: 1, name: 'RTO' })
    addDivision(store, { id: 2, name: 'Campus', parentId: 1 })
    expect(() => addDivision(store, { id: 3, name: 'Orphan', parentId: 9 })).toThrow(/9/)
    assignStaffToDivision(store, 'AB00000001', 2)
    assignStaffToDivision(store, 'AB00000001', 2)
    expect(store.staffDivisions.get('AB00000001')).toEqual([2])
    addEnrolment(store, buildEnrolment({ ID: 8, Clie_Code: 'AB00000001' }))
    addStaffEnrolmentRole(store, 'AB00000001', 8, 'Trainer')
    expect(store.staffEnrolmentRoles.get('AB00000001')?.get(8)).toBe('Trainer')
    addOccurrence(store, '11', buildOccurrence())
    expect(store.occurrencesByEmployer.get('11')).toHaveLength(1)
    expect(findStoreProblems(store)).toEqual([])
  })

  it('start empty with the demo password policy and email as username on unless told otherwise', () => {
    const store = createEmptyStore()
    expect(store.passwordPolicy).toEqual({ minimumLength: 10, requireUpperCase: true, requireLowerCase: true, requireDigit: true, requireSymbol: true }) // prettier-ignore
    expect(store.emailAsUsername).toBe(true)
    expect(createEmptyStore({ emailAsUsername: false }).emailAsUsername).toBe(false)
    expect(store.clients.size + store.accounts.size + store.enrolments.size).toBe(0)
  })
})

describe('findStoreProblems', () => {
  it('reports a broken index, an invoice whose total is wrong and a unit under the wrong enrolment', () => {
    const store = createEmptyStore()
    addClient(store, buildClient({ Clie_Code: 'AB00000001' }))
    addEnrolment(store, buildEnrolment({ ID: 1, Clie_Code: 'AB00000001' }), [buildUnit()])
    addInvoice(store, buildInvoice({ InvoiceeIdentifier: 'AB00000001' }))
    expect(findStoreProblems(store)).toEqual([])

    store.enrolmentsByClient.set('AB00000001', [])
    const invoice = store.clientInvoices.get('AB00000001')?.[0]
    if (invoice) invoice.TotalAmount = 1
    const unit = store.enrolmentUnits.get(1)?.[0]
    if (unit) unit.ID = 2
    const problems = findStoreProblems(store)
    expect(problems).toContain('enrolment 1 is not indexed under its client AB00000001')
    expect(problems.some((p) => p.includes('TotalAmount is not the sum'))).toBe(true)
    expect(problems.some((p) => p.includes('unit BSBXCM301 has ID 2'))).toBe(true)
  })
})
