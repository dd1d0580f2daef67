/**
 * @module
 * The BFF's one error type and the one place errors become responses. VETtrak's errors are
 * translated once, here; a stack trace or VETtrak's raw message never reaches the browser.
 */
import { errorStatus, type ErrorBody, type ErrorCode } from '@vettrak-portal/contracts'
import {
  DatabaseError,
  InvalidCredentialsError,
  NoRecordsError,
  TokenExpiredError,
  VettrakAbortedError,
  VettrakError,
  VettrakUnavailableError,
} from '@vettrak-portal/vettrak-client'
import { StoreUnavailableError } from './store/shared-store.ts'
import { CircuitOpenError } from './upstream/circuit-open-error.ts'

/** An error with a code from the contracts; its status follows from the code. */
export class AppError extends Error {
  override name = 'AppError'
  readonly status: number
  /** Seconds the client should wait before trying again (429, 503). */
  readonly retryAfter: number | undefined
  readonly fields: Record<string, string[]> | undefined

  constructor(
    readonly code: ErrorCode,
    message: string,
    options: { retryAfter?: number; fields?: Record<string, string[]>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause })
    this.status = errorStatus[code]
    this.retryAfter = options.retryAfter
    this.fields = options.fields
  }
}

const messages: Record<ErrorCode, string> = {
  VALIDATION_FAILED: 'The request is not valid.',
  UNAUTHENTICATED: 'Please sign in.',
  SESSION_EXPIRED: 'Your session has expired. Please sign in again.',
  INVALID_CREDENTIALS: 'The username or password is incorrect.',
  FORBIDDEN: 'You do not have access to this.',
  NOT_FOUND: 'Not found.',
  PAYLOAD_TOO_LARGE: 'The request body is too large.',
  FEATURE_UNAVAILABLE: "This is not offered by your training organisation's VETtrak.",
  RATE_LIMITED: 'Too many attempts. Please wait and try again.',
  INTERNAL: 'Something went wrong on our side.',
  UPSTREAM_ERROR: 'VETtrak could not complete the request.',
  UPSTREAM_UNAVAILABLE: 'VETtrak is not reachable at the moment. Please try again shortly.',
  UPSTREAM_TIMEOUT: 'VETtrak took too long to answer. Please try again.',
  SESSION_STORE_UNAVAILABLE:
    'The portal cannot check sessions at the moment. Please try again shortly.',
}

/** The default message of a code, for errors whose own message must not be shown. */
export const defaultMessage = (code: ErrorCode) => messages[code]

/** Seconds a client should wait after VETtrak was unavailable. */
const UPSTREAM_RETRY_AFTER_SECONDS = 5
/** Seconds a client should wait after the shared store was unavailable (it reconnects every second). */
const STORE_RETRY_AFTER_SECONDS = 2

/** Translates anything thrown into an `AppError`; VETtrak's own messages are not passed on. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof StoreUnavailableError)
    return new AppError('SESSION_STORE_UNAVAILABLE', messages.SESSION_STORE_UNAVAILABLE, {
      cause: error,
      retryAfter: STORE_RETRY_AFTER_SECONDS,
    })
  if (error instanceof TokenExpiredError)
    return new AppError('SESSION_EXPIRED', messages.SESSION_EXPIRED, { cause: error })
  if (error instanceof InvalidCredentialsError)
    return new AppError('INVALID_CREDENTIALS', messages.INVALID_CREDENTIALS, { cause: error })
  if (error instanceof NoRecordsError)
    return new AppError('NOT_FOUND', messages.NOT_FOUND, { cause: error })
  if (error instanceof VettrakUnavailableError || error instanceof DatabaseError) {
    if (error instanceof VettrakUnavailableError && error.reason === 'timeout')
      return new AppError('UPSTREAM_TIMEOUT', messages.UPSTREAM_TIMEOUT, { cause: error })
    return new AppError('UPSTREAM_UNAVAILABLE', messages.UPSTREAM_UNAVAILABLE, {
      cause: error,
      retryAfter:
        error instanceof CircuitOpenError ? error.retryAfterSeconds : UPSTREAM_RETRY_AFTER_SECONDS,
    })
  }
  if (error instanceof VettrakAbortedError)
    return new AppError('UPSTREAM_TIMEOUT', messages.UPSTREAM_TIMEOUT, { cause: error })
  if (error instanceof VettrakError)
    return new AppError('UPSTREAM_ERROR', messages.UPSTREAM_ERROR, { cause: error })
  return new AppError('INTERNAL', messages.INTERNAL, { cause: error })
}

/** The JSON body of an error response. */
export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.fields ? { fields: error.fields } : {}),
    },
  }
}
