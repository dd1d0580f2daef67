/**
 * @module
 * The errors this package throws. Every failure of VETtrak (a bad `Auth.Status`, a SOAP fault, a
 * dead network) becomes one of these; soap's own errors never leave the package, because they carry
 * the request and with it the caller's token.
 */
import type { OperationName } from '@vettrak-portal/vettrak-api'
import type { TransportFailure } from './soap-transport.ts'

interface VettrakErrorDetails {
  operation: OperationName
  status?: number | undefined
  statusMessage?: string | undefined
}

/** The base of every error from the VETtrak client. */
export class VettrakError extends Error {
  override name = 'VettrakError'
  /** The SOAP operation that failed. */
  readonly operation: OperationName
  /** `Auth.Status` as VETtrak sent it; undefined when no answer was read. */
  readonly status: number | undefined
  /** VETtrak's `StatusMessage` (secrets removed), when it sent one. */
  readonly statusMessage: string | undefined

  constructor(message: string, details: VettrakErrorDetails, options?: { cause?: unknown }) {
    super(message, options)
    this.operation = details.operation
    this.status = details.status
    this.statusMessage = details.statusMessage
  }
}

/** Sign-in refused (Status -1 from ValidateClient): wrong username or password. */
export class InvalidCredentialsError extends VettrakError {
  override name = 'InvalidCredentialsError'
}

/** The token has expired (Status -2): sign in again. */
export class TokenExpiredError extends VettrakError {
  override name = 'TokenExpiredError'
}

/** The record asked for does not exist (Status -4). List operations return `[]` instead. */
export class NoRecordsError extends VettrakError {
  override name = 'NoRecordsError'
}

/** VETtrak reported a serious database error (Status -3). */
export class DatabaseError extends VettrakError {
  override name = 'DatabaseError'
}

/** The VETtrak registration key lacks a feature the operation needs (Status -5). */
export class MissingRegistrationError extends VettrakError {
  override name = 'MissingRegistrationError'
}

/** VETtrak refused the request (Status -1 outside sign-in, Status 0, or an unknown status). */
export class VettrakRejectedError extends VettrakError {
  override name = 'VettrakRejectedError'
}

/**
 * Status -1 on a read made with a token: either VETtrak no longer knows the token (it restarted
 * and forgot every token) or it refused this request. The service session signs in again; the
 * BFF checks the user's token with a read the user may always make before ending the session.
 */
export class TokenRefusedError extends VettrakRejectedError {
  override name = 'TokenRefusedError'
}

/**
 * Why VETtrak could not be reached or understood: how the exchange failed (an abort is its own
 * error), or the client was given no VETtrak at all.
 */
export type UnavailableReason = Exclude<TransportFailure, 'aborted'> | 'not-configured'

/** VETtrak did not answer usefully: network error, timeout, HTTP error, SOAP fault, broken body. */
export class VettrakUnavailableError extends VettrakError {
  override name = 'VettrakUnavailableError'
  /** What went wrong, for metrics and for choosing an HTTP status in the BFF. */
  readonly reason: UnavailableReason
  /** The HTTP status VETtrak answered with, when there was one. */
  readonly httpStatus: number | undefined

  constructor(
    message: string,
    details: VettrakErrorDetails & { reason: UnavailableReason; httpStatus?: number | undefined },
  ) {
    super(message, details)
    this.reason = details.reason
    this.httpStatus = details.httpStatus
  }
}

/** The caller aborted the call through its `AbortSignal`. */
export class VettrakAbortedError extends VettrakError {
  override name = 'AbortError'
}
