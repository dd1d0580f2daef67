/**
 * @module
 * VETtrak element names ↔ domain names for a learner's records.
 */
import type { Read } from '@vettrak-portal/vettrak-api'
import type {
  Award,
  Contract,
  Enrolment,
  Event,
  Invoice,
  InvoiceItem,
  Unit,
} from '../schemas/learner.ts'
import { fromNullable, fromWireDate, toClient } from './common.ts'

/** A TEven. */
export function toEvent(w: Read<'TEven'>): Event {
  return {
    id: w.EventID,
    name: w.EventName,
    eventType: fromNullable(w.EventType),
    identifier: w.Identifier,
    start: fromWireDate(w.EventStart),
    finish: fromWireDate(w.EventFinish),
    complete: w.Complete === 1,
    staffCode: w.StaffCode,
    enrolmentId: fromNullable(w.EnrolmentId),
    contractId: fromNullable(w.ContractId),
    description: w.Description,
  }
}

/** A TClieEnro. */
export function toEnrolment(w: Read<'TClieEnro'>): Enrolment {
  return {
    id: w.ID,
    code: w.Code,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    status: w.Status,
    statusType: fromNullable(w.StatusType),
    dateOfEffect: fromWireDate(w.DateOfEffect),
    qualificationCode: w.Qual_Code,
    qualificationName: w.Qual_Name,
    organisationId: fromNullable(w.OrganisationId),
    description: w.Description,
    locationCode: w.Loca_Code,
    deliveryType: w.DeliveryType,
    deliveryModes: w.DeliveryModes,
    employerIdentifier: w.EmployerIdentifier,
    employerName: w.EmployerName,
    employerContactCode: w.EmployerContactCode,
    amount: fromNullable(w.Amount),
    gst: fromNullable(w.GST),
    amountPaid: fromNullable(w.AmountPaid),
    amountCredited: fromNullable(w.AmountCredited),
    divisionId: fromNullable(w.DivisionId),
    enrolmentType: w.EnrolmentType,
    enrolmentTypeCode: w.EnrolmentTypeCode,
    clientCode: w.Clie_Code,
    givenName: w.GivenName,
    surname: w.Surname,
  }
}

/** A TEnun. */
export function toUnit(w: Read<'TEnun'>): Unit {
  return {
    enrolmentId: fromNullable(w.ID),
    unitCode: w.Unit_Code,
    unitName: w.Unit_Name,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    result: w.Result,
    resultCode: w.ResultCode,
    score: fromNullable(w.Score),
    hours: fromNullable(w.Hours),
  }
}

/** A TCont. */
export function toContract(w: Read<'TCont'>): Contract {
  return {
    id: w.ID,
    code: w.Code,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    status: w.Status,
    dateOfEffect: fromWireDate(w.DateOfEffect),
    qualificationCode: w.Qual_Code,
    qualificationName: w.Qual_Name,
    employerIdentifier: w.Empl_Identifier,
    employerName: w.Empl_Name,
    contractType: w.ContractType,
    contractTypeCode: w.ContractTypeCode,
    organisationId: fromNullable(w.OrganisationId),
    description: w.Description,
    stateShortName: w.StateShortName,
    employerContactCode: w.EmployerContactCode,
    clientCode: w.Clie_Code,
    givenName: w.GivenName,
    surname: w.Surname,
  }
}

/** A TInvoiceItem. */
export function toInvoiceItem(w: Read<'TInvoiceItem'>): InvoiceItem {
  return {
    id: fromNullable(w.InvoiceItemId),
    description: w.Description,
    quantity: fromNullable(w.Quantity),
    amount: fromNullable(w.Amount),
    gst: fromNullable(w.GST),
    amountPaid: fromNullable(w.AmountPaid),
  }
}

/** A TInvoice. */
export function toInvoice(w: Read<'TInvoice'>): Invoice {
  return {
    id: w.InvoiceId,
    number: w.InvoiceNumber,
    invoiceDate: fromWireDate(w.InvoiceDate),
    invoiceeType: fromNullable(w.InvoiceeType),
    invoiceeIdentifier: w.InvoiceeIdentifier,
    invoiceeName: w.InvoiceeName,
    orderNumber: w.OrderNumber,
    dueDate: fromWireDate(w.DueDate),
    description: w.Description,
    paymentStatus: fromNullable(w.PaymentStatus),
    totalAmount: fromNullable(w.TotalAmount),
    totalGst: fromNullable(w.TotalGST),
    amountPaid: fromNullable(w.AmountPaid),
    items: w.InvoiceItems.map(toInvoiceItem),
    organisationId: fromNullable(w.OrganisationId),
    employerContact: w.EmployerContact && toClient(w.EmployerContact),
  }
}

/** A TQucl. */
export function toAward(w: Read<'TQucl'>): Award {
  return {
    id: w.Qucl_ID,
    qualificationCode: w.Qual_Code,
    qualificationName: w.Qual_Name,
    clientCode: w.Clie_Code,
    locationCode: w.Loca_Code,
    parchmentNumber: w.Qucl_Cert,
    recordedDate: fromWireDate(w.Qucl_Recorded),
    staffCode: w.Staf_Code,
    awardType: w.Awty_Type,
    awardTypeName: w.AwardTypeName,
    awardTypeCode: w.AwardTypeCode,
    expiryDate: fromWireDate(w.Expiry),
    organisationId: fromNullable(w.OrganisationId),
    documentReference: w.DocumentReference,
    enrolmentId: fromNullable(w.EnrolmentId),
  }
}
