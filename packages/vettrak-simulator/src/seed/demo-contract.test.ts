import type { Wire } from '@vettrak-portal/vettrak-api'
import { beforeAll, describe, expect, it } from 'vitest'
import type { SimStore } from '../data/store.ts'
import { QUALIFICATIONS, SHORT_COURSES } from './catalogue.ts'
import { createSeededStore, DEMO, DEMO_ACCOUNTS, demoAccount as account } from './index.ts'
import { startOfDay } from './local-date.ts'

const R = '2026-03-15'
const TODAY = startOfDay(R)
let store: SimStore

beforeAll(() => {
  store = createSeededStore({ seed: 1, referenceDate: R })
}, 60_000)

const enrolmentsOf = (code: string) =>
  (store.enrolmentsByClient.get(code) ?? []).map(
    (id) => store.enrolments.get(id) as Wire<'TClieEnro'>,
  )
const unitsOf = (id: number) => store.enrolmentUnits.get(id) ?? []
const linksOf = (code: string) => store.employerLinksByClient.get(code) ?? []
/** An employer and all its descendants. */
const subtree = (identifier: string): string[] => [
  identifier,
  ...(store.employerChildren.get(identifier) ?? []).flatMap(subtree),
]
const contractsAt = (sites: readonly string[]) =>
  [...store.contracts.values()].filter((c) => sites.includes(c.Empl_Identifier ?? ''))
const peopleAt = (sites: readonly string[], pick: 'isEmployee' | 'isContact') =>
  sites.flatMap((site) =>
    (store.employerLinksByEmployer.get(site) ?? [])
      .filter((e) => e.link[pick])
      .map((e) => e.clientCode),
  )

describe('the demo accounts the README lists', () => {
  it.each([
    ['demo.learner', 'Learner!2026', 'demo.learner@example.edu.au'],
    ['demo.employer', 'Employer!2026', 'demo.employer@example.com.au'],
    ['demo.employee', 'Employee!2026', 'demo.employee@example.com.au'],
    ['demo.staff', 'Staff!2026', 'demo.staff@example.edu.au'],
    ['demo.bigemployer', 'BigEmployer!2026', 'demo.bigemployer@example.com.au'],
    ['api.portal', 'ApiPortal!2026', undefined],
  ])('%s signs in with %s and has the email %s', (username, password, email) => {
    const stored = store.accounts.get(username)
    expect(stored?.password).toBe(password)
    expect(account(username)).toMatchObject({ username, password, clientCode: stored?.clientCode })
    expect(account(username).email).toBe(email)
    expect(store.clients.get(stored?.clientCode ?? '')?.Clie_Email).toBe(email)
    expect(store.clients.get(stored?.clientCode ?? '')?.Clie_Code).toHaveLength(10)
  })

  it('have passwords that meet the password policy', () => {
    const policy = store.passwordPolicy
    expect(policy).toMatchObject({ minimumLength: 10, requireUpperCase: true, requireLowerCase: true, requireDigit: true, requireSymbol: true }) // prettier-ignore
    for (const { password } of DEMO_ACCOUNTS) {
      expect(password.length).toBeGreaterThanOrEqual(policy.minimumLength)
      expect(password).toMatch(/[A-Z]/)
      expect(password).toMatch(/[a-z]/)
      expect(password).toMatch(/\d/)
      expect(password).toMatch(/[^A-Za-z0-9]/)
    }
  })

  it('use email as username unless the option turns it off', () => {
    expect(store.emailAsUsername).toBe(true)
    const off = createSeededStore({
      seed: 1,
      referenceDate: R,
      clients: 0,
      employers: 0,
      emailAsUsername: false,
    })
    expect(off.emailAsUsername).toBe(false)
  })
})

describe('demo.learner', () => {
  const code = DEMO.clients.learner

  it('has a qualification in progress, a short course and a completed enrolment', () => {
    const enrolments = enrolmentsOf(code)
    expect(enrolments.length).toBeGreaterThanOrEqual(3)
    const qualificationCodes = Object.keys(QUALIFICATIONS)
    const inProgress = enrolments.filter(
      (e) => e.StatusType === 0 && qualificationCodes.includes(e.Qual_Code ?? '') && e.StartDate <= TODAY && TODAY <= e.EndDate, // prettier-ignore
    )
    expect(inProgress.map((e) => e.ID)).toContain(DEMO.learner.enrolments.individualSupport)
    expect(enrolments.some((e) => Object.keys(SHORT_COURSES).includes(e.Qual_Code ?? ''))).toBe(
      true,
    )
    expect(enrolments.filter((e) => e.StatusType === 1).map((e) => e.ID)).toContain(
      DEMO.learner.enrolments.business,
    )
    expect(store.enrolments.get(DEMO.learner.enrolments.cookery)?.Status).toBe('Withdrawn')
  })

  it('has units with mixed outcomes and scores', () => {
    const units = enrolmentsOf(code).flatMap((e) => unitsOf(e.ID))
    const outcomes = new Set(units.map((u) => u.ResultCode))
    for (const outcome of ['20', '30', '40', '51', '60', '70', '85'])
      expect(outcomes).toContain(outcome)
    expect(units.some((u) => u.ResultCode === '20' && u.Score > 0)).toBe(true)
    expect(units.every((u) => u.Result !== undefined && u.Hours > 0)).toBe(true)
  })

  it('has an enrolment with exactly one unit and one delivery mode', () => {
    const firstAid = store.enrolments.get(DEMO.learner.enrolments.firstAid)
    expect(unitsOf(DEMO.learner.enrolments.firstAid)).toHaveLength(1)
    expect(firstAid?.DeliveryModes).toEqual(['Internal delivery'])
    expect(firstAid?.StartDate.localeCompare(TODAY)).toBe(1)
  })

  it('has six or more events, past and upcoming', () => {
    const events = store.clientEvents.get(code) ?? []
    expect(events.length).toBeGreaterThanOrEqual(6)
    expect(events.filter((e) => e.EventStart < TODAY).length).toBeGreaterThanOrEqual(2)
    expect(events.filter((e) => e.EventStart > TODAY).length).toBeGreaterThanOrEqual(2)
    expect(events.some((e) => e.ContractId === DEMO.learner.contract)).toBe(true)
  })

  it('has invoices paid, part-paid and overdue with line items, a $0 one and a one-line one', () => {
    const invoices = new Map((store.clientInvoices.get(code) ?? []).map((i) => [i.InvoiceId, i]))
    const ids = DEMO.learner.invoices
    expect(invoices.get(ids.paid)).toMatchObject({
      PaymentStatus: 2,
      TotalAmount: 1910,
      TotalGST: 10,
    })
    expect(invoices.get(ids.partPaid)).toMatchObject({
      PaymentStatus: 1,
      TotalAmount: 1555,
      AmountPaid: 555,
    })
    const overdue = invoices.get(ids.overdue)
    expect(overdue?.PaymentStatus).toBe(0)
    expect(overdue?.DueDate.localeCompare(TODAY)).toBe(-1)
    expect(invoices.get(ids.zeroAmount)?.TotalAmount).toBe(0)
    expect(invoices.get(ids.paidSingleItem)?.InvoiceItems).toHaveLength(1)
    expect(invoices.get(ids.credited)?.PaymentStatus).toBe(4)
    expect(invoices.get(ids.partPaid)?.InvoiceItems.length).toBeGreaterThan(1)
  })

  it('has one traineeship contract with units', () => {
    const contracts = (store.contractsByClient.get(code) ?? []).map((id) => store.contracts.get(id))
    expect(contracts).toHaveLength(1)
    expect(contracts[0]).toMatchObject({ ID: DEMO.learner.contract, ContractType: 'Traineeship', Empl_Identifier: DEMO.employers.bayside }) // prettier-ignore
    expect(store.contractUnits.get(DEMO.learner.contract)?.length).toBeGreaterThan(0)
  })

  it('has an award for the completed qualification', () => {
    const awards = store.awardsByClient.get(code) ?? []
    const business = awards.find((a) => a.Qucl_ID === DEMO.learner.awards.business)
    expect(business).toMatchObject({ EnrolmentId: DEMO.learner.enrolments.business, AwardTypeName: 'Qualification', Qual_Code: 'BSB30120' }) // prettier-ignore
    expect(store.enrolments.get(business?.EnrolmentId ?? 0)?.StatusType).toBe(1)
  })
})

describe('demo.employer', () => {
  const code = DEMO.clients.employer
  const acmeTree = () => subtree(DEMO.employers.acme)

  it('is a contact for exactly Acme Training Services (primary) and Harbour Logistics (not primary)', () => {
    const contacts = linksOf(code).filter((l) => l.isContact)
    expect(contacts.map((l) => store.employers.get(l.employerId)?.Empl_Name).sort()).toEqual(['Acme Training Services', 'Harbour Logistics']) // prettier-ignore
    expect(contacts.find((l) => l.employerId === DEMO.employers.acme)?.isPrimaryContact).toBe(true)
    expect(contacts.find((l) => l.employerId === DEMO.employers.harbour)?.isPrimaryContact).toBe(
      false,
    )
  })

  it('sees an Acme tree of a parent with two sites, one of which has a site of its own', () => {
    const children = store.employerChildren.get(DEMO.employers.acme) ?? []
    expect(children).toEqual([DEMO.employers.acmeParramatta, DEMO.employers.acmeNewcastle])
    expect(store.employerChildren.get(DEMO.employers.acmeNewcastle)).toEqual([
      DEMO.employers.acmeMaitland,
    ])
    expect(store.employerChildren.get(DEMO.employers.acmeParramatta)).toEqual([])
    expect(store.employers.get(DEMO.employers.acmeMaitland)?.ParentName).toBe(
      'Acme Training Services - Newcastle',
    )
  })

  it('has trainees, employees, enrolments, invoices, events and occurrences at the parent and at every site', () => {
    for (const site of acmeTree()) {
      expect(contractsAt([site]).length, `trainees at ${site}`).toBeGreaterThan(0)
      expect(peopleAt([site], 'isEmployee').length, `employees at ${site}`).toBeGreaterThan(0)
      expect([...store.enrolments.values()].some((e) => e.EmployerIdentifier === site), `enrolments at ${site}`).toBe(true) // prettier-ignore
      expect(store.employerInvoices.get(site)?.length, `invoices at ${site}`).toBeGreaterThan(0)
      expect(store.employerEvents.get(site)?.length, `events at ${site}`).toBeGreaterThan(0)
      expect(
        store.occurrencesByEmployer.get(site)?.length,
        `occurrences at ${site}`,
      ).toBeGreaterThan(0)
    }
    const acmeInvoices = store.employerInvoices.get(DEMO.employers.acme) ?? []
    expect(
      acmeInvoices.every((i) => i.EmployerContact?.Clie_Code === code && i.InvoiceeType === 1),
    ).toBe(true)
    expect(new Set(acmeInvoices.map((i) => i.PaymentStatus))).toEqual(new Set([0, 1, 2]))
  })

  it('has trainees, employees, invoices and occurrences at Harbour Logistics', () => {
    const harbour = [DEMO.employers.harbour]
    expect(contractsAt(harbour).length).toBeGreaterThan(0)
    expect(peopleAt(harbour, 'isEmployee').length).toBeGreaterThan(2)
    expect(
      store.employerInvoices.get(DEMO.employers.harbour)?.[0]?.EmployerContact?.Clie_Surname,
    ).toBe('Murphy')
    expect(store.occurrencesByEmployer.get(DEMO.employers.harbour)?.length).toBeGreaterThan(0)
  })

  it('is also a learner with records of their own', () => {
    expect(enrolmentsOf(code).map((e) => e.ID)).toEqual([DEMO.employer.enrolment])
    expect(store.clientEvents.get(code)?.length).toBeGreaterThan(0)
    expect(store.clientInvoices.get(code)?.length).toBeGreaterThan(0)
  })
})

describe('demo.employee', () => {
  it('is an employee, not a contact, of Acme Training Services, with learner records', () => {
    const links = linksOf(DEMO.clients.employee)
    expect(links).toEqual([expect.objectContaining({ employerId: DEMO.employers.acme, isEmployee: true, isContact: false, isPrimaryContact: false })]) // prettier-ignore
    expect(enrolmentsOf(DEMO.clients.employee).length).toBeGreaterThanOrEqual(2)
    expect(store.awardsByClient.get(DEMO.clients.employee)?.length).toBe(1)
  })
})

describe('demo.staff', () => {
  const code = DEMO.clients.staff

  it('is flagged as staff, without API permission', () => {
    expect(store.clients.get(code)?.IsStaff).toBe(true)
    expect(store.accounts.get('demo.staff')).toMatchObject({ isStaff: true, apiPermitted: false })
  })

  it('sees every client through the root division', () => {
    const visible = new Set(store.staffDivisions.get(code))
    let grew = true
    while (grew) {
      grew = false
      for (const division of store.divisions.values()) {
        if (
          division.parentId !== undefined &&
          visible.has(division.parentId) &&
          !visible.has(division.id)
        ) {
          visible.add(division.id)
          grew = true
        }
      }
    }
    expect(visible.has(DEMO.divisions.root)).toBe(true)
    const hidden = [...store.clients.values()].filter((c) => !visible.has(c.DivisionId))
    expect(hidden.map((c) => c.Clie_Code)).toEqual([])
  })

  it('has roles on other people’s enrolments and learner records of their own', () => {
    const roles = store.staffEnrolmentRoles.get(code) ?? new Map<number, string>()
    expect(roles.get(DEMO.learner.enrolments.individualSupport)).toBe('Trainer')
    expect(roles.size).toBeGreaterThanOrEqual(5)
    expect(new Set(roles.values())).toEqual(
      new Set(['Trainer', 'Assessor', 'Trainer and Assessor']),
    )
    expect(enrolmentsOf(code).map((e) => e.ID)).toEqual(Object.values(DEMO.staff.enrolments))
  })
})

describe('demo.bigemployer and Southern Health Network', () => {
  const root = DEMO.employers.southernHealth

  it('is the primary contact of Southern Health Network', () => {
    expect(linksOf(DEMO.clients.bigEmployer)).toEqual([expect.objectContaining({ employerId: root, isContact: true, isPrimaryContact: true, isEmployee: false })]) // prettier-ignore
    expect(store.employers.get(root)?.Empl_Name).toBe('Southern Health Network')
  })

  it('spans 40 sites, four levels deep', () => {
    const sites = subtree(root)
    expect(sites).toHaveLength(40)
    expect([...sites].sort()).toEqual(DEMO.southernHealth.sites)
    expect(store.employerChildren.get(root)).toEqual(DEMO.southernHealth.regions)
    expect(
      DEMO.southernHealth.hospitals.every((id) => store.employerChildren.get(id)?.length === 3),
    ).toBe(true)
    const depth = (id: string): number => {
      const parent = store.employers.get(id)?.Empl_Parent
      return parent === undefined ? 0 : 1 + depth(parent)
    }
    expect(Math.max(...sites.map(depth))).toBe(3)
  })

  it('holds 5,000 people, each an employee of one site and a trainee at that same site', () => {
    const sites = subtree(root)
    const employees = peopleAt(sites, 'isEmployee')
    expect(employees).toHaveLength(5000)
    expect(new Set(employees).size).toBe(5000)
    const trainees = contractsAt(sites)
    expect(trainees).toHaveLength(5000)
    for (const contract of trainees) {
      const employment = linksOf(contract.Clie_Code ?? '').find((l) => l.isEmployee)
      expect(employment?.employerId).toBe(contract.Empl_Identifier)
    }
  })
})

describe('api.portal', () => {
  it('is an API-permitted staff account with no learning records and no email', () => {
    const code = DEMO.clients.apiPortal
    expect(store.accounts.get('api.portal')).toMatchObject({
      apiPermitted: true,
      isStaff: true,
      clientCode: code,
    })
    expect(store.clients.get(code)?.IsStaff).toBe(true)
    expect(store.clients.get(code)?.Clie_Email).toBeUndefined()
    expect(store.enrolmentsByClient.get(code)).toBeUndefined()
    expect(store.contractsByClient.get(code)).toBeUndefined()
    expect(store.clientInvoices.get(code)).toBeUndefined()
  })
})

describe('demo edge cases', () => {
  it('include a client with no email, an unpublished client and a withdrawn enrolment whose units are all withdrawn', () => {
    const noEmail = store.clients.get(DEMO.clients.noEmail)
    expect(noEmail).toBeDefined()
    expect(noEmail && 'Clie_Email' in noEmail).toBe(false)
    expect(store.unpublishedClients.size).toBeGreaterThan(0)
    expect(unitsOf(DEMO.learner.enrolments.cookery).every((u) => u.ResultCode === '40')).toBe(true)
  })
})
