/**
 * @module
 * Service-wide facts of VT_API, as VETtrak's API documentation gives them.
 */

/** The target namespace of every request and response element. */
export const VT_NAMESPACE = 'http://www.ozsoft.com.au/VETtrak/api/complete'

/** The SOAP 1.1 SOAPAction of an operation (sent with the quotes). */
export const soapAction = (operation: string) => `${VT_NAMESPACE}/${operation}`

export const SOAP11_ENVELOPE_NS = 'http://schemas.xmlsoap.org/soap/envelope/'
export const SOAP12_ENVELOPE_NS = 'http://www.w3.org/2003/05/soap-envelope'

/** `Auth.Status` values (documented). */
export const Status = {
  MissingRegistration: -5,
  NoRecords: -4,
  DbError: -3,
  Expired: -2,
  Error: -1,
  Unknown: 0,
  Ok: 1,
} as const

export type StatusCode = (typeof Status)[keyof typeof Status]

/** `TokenType` values: a client's token, and a staff member's. */
export const TokenType = { Employer: '01', Client: '02', Staff: '03' } as const

/** The documented message of a failed sign-in. */
export const BAD_LOGIN_MESSAGE = 'Invalid Username/Password Combination.'
