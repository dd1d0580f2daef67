/**
 * @module
 * One call of one operation, end to end: send the request through the transport, normalise the
 * answer against the type tables, and turn a failed `Auth.Status` or a failed exchange into the
 * matching error class. Everything above this module sees typed wire results or `VettrakError`s.
 */
import {
  Status,
  operations,
  type OperationName,
  type OperationSpec,
  type ReadResult,
  type WireRequest,
} from '@vettrak-portal/vettrak-api'
import {
  DatabaseError,
  InvalidCredentialsError,
  MissingRegistrationError,
  NoRecordsError,
  TokenExpiredError,
  TokenRefusedError,
  VettrakAbortedError,
  VettrakRejectedError,
  VettrakUnavailableError,
  type VettrakError,
} from './errors.ts'
import { MalformedResponseError, normaliseResult, readAuth } from './normalise.ts'
import { redactSecrets } from './redact.ts'
import type { ShapeReporter } from './shape-warnings.ts'
import { SoapTransportError, type SoapTransport } from './soap-transport.ts'

/** Options every client function takes. */
export interface CallOptions {
  /** Aborts the call; it then rejects with `VettrakAbortedError`. */
  signal?: AbortSignal
}

/** Calls an operation and returns its checked, normalised result (Status 1 only). */
export type Invoke = <Op extends OperationName>(
  operation: Op,
  request: WireRequest<Op>,
  options?: CallOptions,
) => Promise<ReadResult<Op>>

const STATUS_NAMES: Record<number, string> = {
  [Status.MissingRegistration]: 'missing registration',
  [Status.NoRecords]: 'no records',
  [Status.DbError]: 'database error',
  [Status.Expired]: 'token expired',
  [Status.Error]: 'error',
  [Status.Unknown]: 'unknown problem',
}

/** Binds `invoke` to a transport; `reportShape` hears how Status-1 answers differ from the tables. */
export function createInvoke(transport: SoapTransport, reportShape?: ShapeReporter): Invoke {
  return async (operation, request, options) => {
    const secrets = secretsOf(operation, request)
    if (options?.signal?.aborted) throw aborted(operation)
    let exchange
    try {
      exchange = await transport.call(operation, request, options?.signal)
    } catch (error) {
      throw fromTransport(operation, error, secrets)
    }
    if (exchange.httpStatus !== undefined && exchange.httpStatus >= 400)
      throw new VettrakUnavailableError(
        `${operation}: VETtrak answered HTTP ${exchange.httpStatus}`,
        {
          operation,
          reason: 'http-error',
          httpStatus: exchange.httpStatus,
        },
      )
    try {
      const { result, differences } = normaliseResult(operation, exchange.response)
      assertStatusOk(operation, readAuth(result), secrets)
      if (differences.length > 0) reportShape?.(operation, differences)
      return result
    } catch (error) {
      if (!(error instanceof MalformedResponseError)) throw error
      // A failed Auth may come with a payload that is not there at all; the status decides.
      assertStatusOk(operation, readAuthLoosely(operation, exchange.response), secrets)
      throw new VettrakUnavailableError(`${operation}: malformed answer (${error.message})`, {
        operation,
        reason: 'malformed-response',
        httpStatus: exchange.httpStatus,
      })
    }
  }
}

function readAuthLoosely(operation: OperationName, response: unknown) {
  try {
    const result = (response as Record<string, unknown> | undefined)?.[`${operation}Result`]
    return readAuth(result)
  } catch {
    return { Status: Status.Ok }
  }
}

/** Throws the error class matching a failed `Auth.Status`; returns when it is 1. */
function assertStatusOk(
  operation: OperationName,
  auth: { Status: number; StatusMessage?: string | undefined },
  secrets: readonly string[],
): void {
  const status = auth.Status
  if (status === Status.Ok) return
  const statusMessage =
    auth.StatusMessage === undefined ? undefined : redactSecrets(auth.StatusMessage, secrets)
  const name = STATUS_NAMES[status] ?? 'unexpected status'
  const message = `${operation}: VETtrak answered Status ${status} (${name})${statusMessage ? `: ${statusMessage}` : ''}`
  const details = { operation, status, statusMessage }
  const ErrorClass =
    status === Status.Error && operation === 'ValidateClient'
      ? InvalidCredentialsError
      : status === Status.Error && isTokenRead(operation)
        ? TokenRefusedError
        : status === Status.Expired
          ? TokenExpiredError
          : status === Status.NoRecords
            ? NoRecordsError
            : status === Status.DbError
              ? DatabaseError
              : status === Status.MissingRegistration
                ? MissingRegistrationError
                : VettrakRejectedError
  throw new ErrorClass(message, details)
}

/**
 * A read (a wrapped result) made with a token. Its -1 may mean VETtrak no longer knows the token
 * (a restarted VETtrak forgets them all), or a refusal of this request: the caller decides which.
 * A write's -1 (a password change) is a policy refusal, and ValidateClient's a bad password.
 */
function isTokenRead(operation: OperationName): boolean {
  const spec: OperationSpec = operations[operation]
  return spec.result.kind === 'wrapped' && spec.tokenParam !== undefined
}

function fromTransport(
  operation: OperationName,
  error: unknown,
  secrets: readonly string[],
): VettrakError {
  if (!(error instanceof SoapTransportError))
    return new VettrakUnavailableError(`${operation}: unexpected failure`, {
      operation,
      reason: 'network',
    })
  if (error.failure === 'aborted') return aborted(operation)
  const reason = error.failure === 'wsdl' ? 'wsdl' : error.failure
  return new VettrakUnavailableError(`${operation}: ${redactSecrets(error.message, secrets)}`, {
    operation,
    reason,
    httpStatus: error.httpStatus,
  })
}

function aborted(operation: OperationName): VettrakAbortedError {
  return new VettrakAbortedError(`${operation}: the call was aborted`, { operation })
}

/** The token and password values of a request, to be kept out of messages. */
function secretsOf(operation: OperationName, request: object): string[] {
  const values = request as Record<string, unknown>
  const spec = operations[operation] as { tokenParam?: string }
  return [spec.tokenParam, 'sPassword']
    .map((key) => (key === undefined ? undefined : values[key]))
    .filter((value): value is string => typeof value === 'string')
}
