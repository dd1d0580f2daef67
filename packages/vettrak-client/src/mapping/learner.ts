/**
 * @module
 * VETtrak element names ↔ domain names for a learner's records.
 */
import type { Wire } from '@vettrak-portal/vettrak-api'
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
export function toEvent(w: Wire<'TEven'>): Event {
  return {
    id: w.EventID,
    name: w.EventName,
    eventType: w.EventType,
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
export function toEnrolment(w: Wire<'TClieEnro'>): Enrolment {
  return {
    id: w.ID,
    code: w.Code,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    status: w.Status,
    statusType: w.StatusType,
    dateOfEffect: fromWireDate(w.DateOfEffect),
    qualificationCode: w.Qual_Code,
    qualificationName: w.Qual_Name,
    organisationId: w.OrganisationId,
    description: w.Description,
    locationCode: w.Loca_Code,
    deliveryType: w.DeliveryType,
    deliveryModes: w.DeliveryModes,
    employerIdentifier: w.EmployerIdentifier,
    employerName: w.EmployerName,
    employerContactCode: w.EmployerContactCode,
    amount: w.Amount,
    gst: w.GST,
    amountPaid: w.AmountPaid,
    amountCredited: w.AmountCredited,
    divisionId: w.DivisionId,
    enrolmentType: w.EnrolmentType,
    enrolmentTypeCode: w.EnrolmentTypeCode,
    clientCode: w.Clie_Code,
    givenName: w.GivenName,
    surname: w.Surname,
  }
}

/** A TEnun. */
export function toUnit(w: Wire<'TEnun'>): Unit {
  return {
    enrolmentId: w.ID,
    unitCode: w.Unit_Code,
    unitName: w.Unit_Name,
    startDate: fromWireDate(w.StartDate),
    endDate: fromWireDate(w.EndDate),
    result: w.Result,
    resultCode: w.ResultCode,
    score: w.Score,
    hours: w.Hours,
  }
}

/** A TCont. */
export function toContract(w: Wire<'TCont'>): Contract {
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
    organisationId: w.OrganisationId,
    description: w.Description,
    stateShortName: w.StateShortName,
    employerContactCode: w.EmployerContactCode,
    clientCode: w.Clie_Code,
    givenName: w.GivenName,
    surname: w.Surname,
  }
}

/** A TInvoiceItem. */
export function toInvoiceItem(w: Wire<'TInvoiceItem'>): InvoiceItem {
  return {
    id: w.InvoiceItemId,
    description: w.Description,
    quantity: w.Quantity,
    amount: w.Amount,
    gst: w.GST,
    amountPaid: w.AmountPaid,
  }
}

/** A TInvoice. */
export function toInvoice(w: Wire<'TInvoice'>): Invoice {
  return {
    id: w.InvoiceId,
    number: w.InvoiceNumber,
    invoiceDate: fromWireDate(w.InvoiceDate),
    invoiceeType: w.InvoiceeType,
    invoiceeIdentifier: w.InvoiceeIdentifier,
    invoiceeName: w.InvoiceeName,
    orderNumber: w.OrderNumber,
    dueDate: fromWireDate(w.DueDate),
    description: w.Description,
    paymentStatus: w.PaymentStatus,
    totalAmount: w.TotalAmount,
    totalGst: w.TotalGST,
    amountPaid: w.AmountPaid,
    items: w.InvoiceItems.map(toInvoiceItem),
    organisationId: w.OrganisationId,
    employerContact: w.EmployerContact && toClient(w.EmployerContact),
  }
}

/** A TQucl. */
export function toAward(w: Wire<'TQucl'>): Award {
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
    organisationId: w.OrganisationId,
    documentReference: w.DocumentReference,
    enrolmentId: w.EnrolmentId,
  }
}
