import {
  AwardSchema,
  ContractSchema,
  EmployeeSchema,
  EmployerDetailsSchema,
  EnrolmentSchema,
  EventSchema,
  InvoiceSchema,
  ProfileSchema,
  TraineeSchema,
  UnitSchema,
} from '@vettrak-portal/contracts'
import type * as Vettrak from '@vettrak-portal/vettrak-client'
import { describe, expect, it } from 'vitest'
import { contractFields } from './contract-fields.ts'
import { toEmployee, toEmployerDetails, toTrainee } from './employer.ts'
import { toAward, toContract, toEnrolment, toEvent, toInvoice, toUnit } from './learner.ts'
import { toProfile } from './profile.ts'

// Client records with every one of VETtrak's own fields set: none may pass the BFF's mappers.
const DATE = '2026-02-02T08:30:00'
const enrolment: Vettrak.Enrolment = {
  id: 101,
  code: 'E101',
  qualificationCode: 'SIT40521',
  qualificationName: 'Certificate IV in Kitchen Management',
  status: 'Active',
  startDate: DATE,
  deliveryModes: ['Internal delivery'],
  employerName: 'Acme',
  amount: 100,
  amountPaid: 50,
  statusType: 0,
  dateOfEffect: DATE,
  organisationId: 1,
  description: 'Evening cohort',
  locationCode: 'PAR-WST',
  deliveryType: 'Classroom',
  employerIdentifier: '1001',
  employerContactCode: 'C1',
  gst: 5,
  amountCredited: 0,
  divisionId: 2,
  enrolmentType: 'Qualification',
  enrolmentTypeCode: 'Q',
  clientCode: '03037',
  givenName: 'Mai',
  surname: 'Nguyen',
}
const contract: Vettrak.Contract = {
  id: 20101,
  code: 'NSW123',
  status: 'Active',
  employerIdentifier: '1001',
  employerName: 'Acme',
  dateOfEffect: DATE,
  contractTypeCode: 'T',
  organisationId: 1,
  description: 'Traineeship',
  stateShortName: 'NSW',
  employerContactCode: 'C1',
  clientCode: '03037',
  givenName: 'Mai',
  surname: 'Nguyen',
}

describe('a mapped record carries the contract’s fields and nothing of VETtrak’s own', () => {
  it.each([
    ['an enrolment', EnrolmentSchema, toEnrolment(enrolment)],
    [
      'a unit',
      UnitSchema,
      toUnit({ enrolmentId: 101, unitCode: 'SITXFSA005', resultCode: '20', score: 1, hours: 10 }),
    ],
    [
      'an event',
      EventSchema,
      toEvent({
        id: 7,
        start: DATE,
        complete: false,
        eventType: 0,
        identifier: '03037',
        staffCode: 'S1',
        enrolmentId: 101,
      }),
    ],
    [
      'an invoice',
      InvoiceSchema,
      toInvoice({
        id: 501,
        invoiceDate: DATE,
        invoiceeType: 0,
        invoiceeIdentifier: '03037',
        paymentStatus: 1,
        totalAmount: 100,
        totalGst: 9,
        amountPaid: 40,
        items: [{ id: 1, amount: 100 }],
        organisationId: 1,
        employerContact: { clientCode: 'C1', givenName: 'Jo' },
      }),
    ],
    ['a contract', ContractSchema, toContract(contract)],
    ['a trainee', TraineeSchema, toTrainee(contract)],
    [
      'an award',
      AwardSchema,
      toAward({
        id: 1,
        clientCode: '03037',
        locationCode: 'PAR-WST',
        parchmentNumber: 'P1',
        staffCode: 'S1',
        awardType: 'Q',
        awardTypeName: 'Qualification',
        awardTypeCode: 'Q',
        organisationId: 1,
        documentReference: 'D1',
        enrolmentId: 101,
      }),
    ],
    [
      'an employee',
      EmployeeSchema,
      toEmployee({
        clientCode: '03037',
        email: 'mai@example.com',
        positionName: 'Cook',
        employerIdentifier: '1001',
        commencedDate: DATE,
      }),
    ],
    [
      'an employer',
      EmployerDetailsSchema,
      toEmployerDetails({ identifier: '1001', name: 'Acme', acn: '1', fax: '2', code: 'A' }),
    ],
    [
      'a profile',
      ProfileSchema,
      toProfile({
        clientCode: '03037',
        dateOfBirth: '2000-01-02T00:00:00',
        gender: 'F',
        passportNumber: 'X1',
        salary: 1,
        usualAddress: { city: 'Parramatta' },
        isStaff: false,
      }),
    ],
  ])('%s', (_, schema, record) => {
    expect(() => schema.strict().parse(record)).not.toThrow()
  })
})

describe('contractFields', () => {
  it('copies the contract’s fields, and the mapper’s own win over the record’s', () => {
    const record = { clientCode: '03037', givenName: 'Mai', dateOfBirth: DATE, salary: 1 }
    const profile = contractFields(ProfileSchema, record, { dateOfBirth: '2000-01-02' })
    expect(profile).toEqual({ clientCode: '03037', givenName: 'Mai', dateOfBirth: '2000-01-02' })
    // The record may be shared by calls joined in flight: it is read, never changed.
    expect(record).toEqual({ clientCode: '03037', givenName: 'Mai', dateOfBirth: DATE, salary: 1 })
  })

  it('leaves out a field the record does not have, unless the mapper gives it', () => {
    expect(contractFields(ProfileSchema, { givenName: 'Mai' })).toEqual({ givenName: 'Mai' })
    expect(contractFields(ProfileSchema, {}, { surname: 'Nguyen' })).toEqual({ surname: 'Nguyen' })
  })
})

describe('toProfile', () => {
  it('takes the client code asked for when VETtrak’s answer leaves its own out', () => {
    expect(toProfile({ clientCode: '', isStaff: false }, '03037').clientCode).toBe('03037')
    expect(toProfile({ clientCode: '01001', isStaff: false }, '03037').clientCode).toBe('01001')
  })
})
