/**
 * @module
 * VETtrak element names ↔ domain names for employers and the employer views.
 */
import type { Read } from '@vettrak-portal/vettrak-api'
import type {
  ClientEmployer,
  Employee,
  Employer,
  EmployerContact,
  EmployerTree,
  Occurrence,
} from '../schemas/employer.ts'
import { fromNullable, fromWireDate, toAddress, toClient } from './common.ts'

/** A TEmpl. */
export function toEmployer(w: Read<'TEmpl'>): Employer {
  return {
    identifier: w.Empl_Identifier ?? '',
    name: w.Empl_Name,
    legalName: w.Empl_LegalName,
    typeCode: w.Emty_Code,
    anzsicCode: w.Anzs_Code,
    size: w.Empl_EmployerSize,
    businessStreet: w.Empl_BAddr,
    businessCity: w.Empl_BCity,
    businessPostcode: w.Empl_BPCode,
    businessState: w.BusinessState,
    postalStreet: w.Empl_PAddr,
    postalCity: w.Empl_PCity,
    postalPostcode: w.Empl_PPCode,
    postalState: w.PostalState,
    phone: w.Empl_Phone,
    fax: w.Empl_Fax,
    mobile: w.Empl_Mobile,
    email: w.Empl_Email,
    acn: w.Empl_ACN,
    abn: w.Empl_ABN,
    active: w.Empl_Active,
    parentIdentifier: w.Empl_Parent,
    parentName: w.ParentName,
    type: w.Empl_Type,
    code: w.Empl_Code,
    url: w.URL,
    businessAddress: toAddress(w.BusinessAddress),
    postalAddress: toAddress(w.PostalAddress),
  }
}

/** A TClientEmployer. */
export function toClientEmployer(w: Read<'TClientEmployer'>): ClientEmployer {
  return Object.assign(toEmployer(w), {
    isContact: w.IsContact === true,
    isPrimaryContact: w.IsPrimaryContact === true,
    isEmployee: w.IsEmployee === true,
  })
}

/** A TEmployerTree, recursively. */
export function toEmployerTree(w: Read<'TEmployerTree'>): EmployerTree {
  return {
    employer: toEmployer(w.Employer),
    children: w.ChildEmployers.map(toEmployerTree),
  }
}

/** A TEmplContact. */
export function toEmployerContact(w: Read<'TEmplContact'>): EmployerContact {
  return Object.assign(toClient(w), {
    email: w.Clie_Email,
    workPhone: w.Clie_WorkPhone,
    mobilePhone: w.Clie_MobilePhone,
    positionName: w.PositionName,
    isPrimaryContact: w.IsPrimaryContact === true,
  })
}

/** A TEmplEmployee. */
export function toEmployee(w: Read<'TEmplEmployee'>): Employee {
  return Object.assign(toClient(w), {
    email: w.Clie_Email,
    positionName: w.PositionName,
    employerIdentifier: w.Empl_Identifier,
    employerName: w.Empl_Name,
    commencedDate: fromWireDate(w.Clie_Commenced),
  })
}

/** A TOccu. */
export function toOccurrence(w: Read<'TOccu'>): Occurrence {
  return {
    id: w.ID,
    code: w.Code,
    programmeCode: w.Prog_Code,
    programmeName: w.Prog_Name,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    locationCode: w.Loca_Code,
    deliveryModes: w.DeliveryModes,
    vacancies: fromNullable(w.Vacancies),
    enrolled: fromNullable(w.EnrolledCount),
  }
}
