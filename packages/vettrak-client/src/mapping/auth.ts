/**
 * @module
 * VETtrak element names ↔ domain names for sign-in and account.
 */
import { TokenType, type Read } from '@vettrak-portal/vettrak-api'
import type { ClientDetails, PasswordPolicy, SignIn } from '../schemas/auth.ts'
import { fromNullable, fromWireDate, toAddress, toClient } from './common.ts'

/** A successful ValidateClient result. */
export function toSignIn(w: Read<'TAuthenticate'>): SignIn {
  return {
    token: w.Token ?? '',
    clientCode: w.Identifier ?? '',
    userId: fromNullable(w.ID),
    isStaff: w.TokenType === TokenType.Staff,
  }
}

/** A TClieDetail. */
export function toClientDetails(w: Read<'TClieDetail'>): ClientDetails {
  return Object.assign(toClient(w), {
    employerIdentifier: w.Empl_Identifier,
    otherName: w.Clie_Other,
    username: w.Clie_Username,
    dateOfBirth: fromWireDate(w.Clie_DOB),
    residentialStreet: w.Clie_RAddr,
    residentialCity: w.Clie_RCity,
    residentialPostcode: w.Clie_RPCode,
    residentialState: w.Stat_RShortName,
    postalStreet: w.Clie_PAddr,
    postalCity: w.Clie_PCity,
    postalPostcode: w.Clie_PPCode,
    postalState: w.Stat_PShortName,
    addressType: fromNullable(w.Clie_Address_Type),
    email: w.Clie_Email,
    faxPhone: w.Clie_FaxPhone,
    homePhone: w.Clie_HomePhone,
    workPhone: w.Clie_WorkPhone,
    mobilePhone: w.Clie_MobilePhone,
    emergencyContactName: w.Clie_EmergencyName,
    emergencyContactPhone: w.Clie_EmergencyPhone,
    title: w.Clie_Title,
    gender: w.Gender,
    positionCode: w.PositionCode,
    passportNumber: w.Clie_Passport,
    visaNumber: w.Clie_Visa,
    visaType: w.Vity_Name,
    visaExpiryDate: fromWireDate(w.Clie_VisaExpiry),
    lastAssessedDate: fromWireDate(w.Clie_DateLastAssessed),
    commencedDate: fromWireDate(w.Clie_Commenced),
    terminationDate: fromWireDate(w.TerminationDate),
    salary: fromNullable(w.Clie_Salary),
    divisionId: fromNullable(w.DivisionId),
    usualAddress: toAddress(w.UsualAddress),
    postalAddress: toAddress(w.PostalAddress),
    usi: w.USI,
    usiExempt: fromNullable(w.USIExempt),
    isStaff: w.IsStaff === true,
  })
}

/** A TPasswordPolicy. */
export function toPasswordPolicy(w: Read<'TPasswordPolicy'>): PasswordPolicy {
  return {
    minimumLength: fromNullable(w.MinimumLength),
    requireUpperCase: fromNullable(w.RequireUpperCase),
    requireLowerCase: fromNullable(w.RequireLowerCase),
    requireDigit: fromNullable(w.RequireDigit),
    requireSymbol: fromNullable(w.RequireSymbol),
    emailAsUsername: fromNullable(w.EmailAsUsername),
  }
}
