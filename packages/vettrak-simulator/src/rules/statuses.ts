/**
 * @module
 * The TAuthenticate answers: the success block of a caller, and the documented failure shape
 * (`ID` -1, `Token` '', `Identifier` '-1', `TokenType` '', `Status` ≠ 1 with a message).
 */
import { BAD_LOGIN_MESSAGE, Status, type StatusCode, type Wire } from '@vettrak-portal/vettrak-api'

export type Auth = Wire<'TAuthenticate'>

/** The status messages the simulator writes, in one place. */
export const Messages = {
  badLogin: BAD_LOGIN_MESSAGE,
  loginSuccess: 'Success',
  tokenExpired: 'Token expired',
  tokenUnknown: 'Invalid token.',
  notPermitted: 'You do not have permission to call this function.',
  notOwnClient: 'You may only access your own records.',
  notOwnRecord: 'You may only access your own enrolments and contracts.',
  clientNotFound: 'Client not found.',
  emailNotUnique: 'More than one client has that email address.',
  enrolmentNotFound: 'Enrolment not found.',
  noMatchingAward: 'No award matches those details.',
  contractNotFound: 'Contract not found.',
  employerNotFound: 'Employer not found.',
  startAfterEnd: 'The start date must not be after the end date.',
  badInvoiceStatus: 'The invoice status must be 0 (all), 1 (not fully paid) or 2 (fully paid).',
  dbError: 'A database error occurred while processing the request.',
  missingRegistration:
    'Your registration key does not have a valid registration for the "VETtrak API" feature.',
  unknown: 'An unknown error occurred.',
} as const

/** The failure block: a failed result carries no token and no identity. */
export function failedAuth(status: StatusCode, message: string): Auth {
  return {
    ID: -1,
    Token: '',
    Status: status,
    StatusMessage: message,
    Identifier: '-1',
    TokenType: '',
  }
}

/** A successful block naming the caller (their numeric ID, token, client code and token type). */
export function okAuth(caller: {
  id: number
  token: string
  clientCode: string
  tokenType: string
}): Auth {
  return {
    ID: caller.id,
    Token: caller.token,
    Status: Status.Ok,
    Identifier: caller.clientCode,
    TokenType: caller.tokenType,
  }
}
