/**
 * @module
 * VETtrak element names ↔ domain names for sign-in and account.
 */
import { TokenType, type Wire } from '@vettrak-portal/vettrak-api'
import type { ClientDetails, PasswordPolicy, SignIn } from '../schemas/auth.ts'
import { fromWireDate, toAddress, toClient } from './common.ts'

/** A successful ValidateClient result. */
export function toSignIn(w: Wire<'TAuthenticate'>): SignIn {
  return {
    token: w.Token ?? '',
    clientCode: w.Identifier ?? '',
    userId: w.ID,
    isStaff: w.TokenType === TokenType.Staff,
  }
}

/** A TClieDetail. */
export function toClientDetails(w: Wire<'TClieDetail'>): ClientDetails {
  return {
    ...toClient(w),
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
    addressType: w.Clie_Address_Type,
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
    salary: w.Clie_Salary,
    divisionId: w.DivisionId,
    usualAddress: toAddress(w.UsualAddress),
    postalAddress: toAddress(w.PostalAddress),
    usi: w.USI,
    usiExempt: w.USIExempt,
    isStaff: w.IsStaff,
  }
}

/** A TPasswordPolicy. */
export function toPasswordPolicy(w: Wire<'TPasswordPolicy'>): PasswordPolicy {
  return {
    minimumLength: w.MinimumLength,
    requireUpperCase: w.RequireUpperCase,
    requireLowerCase: w.RequireLowerCase,
    requireDigit: w.RequireDigit,
    requireSymbol: w.RequireSymbol,
    emailAsUsername: w.EmailAsUsername,
  }
}
