/**
 * @module
 * The BFF's service-account session for Protected operations. It signs in lazily, reuses its
 * token, and when VETtrak refuses the token it signs in again exactly once however many calls are
 * waiting (they share one sign-in), then retries each call once. A refused token is -2 (expired) or
 * -1 ("Invalid token.": a VETtrak that restarted has forgotten every token); a second refusal of
 * the retry is real and reaches the caller, a second -2 as `VettrakRejectedError`: the service
 * token expiring is never the signed-in user's session ending.
 */
import { Status, type OperationName } from '@vettrak-portal/vettrak-api'
import {
  InvalidCredentialsError,
  TokenExpiredError,
  TokenRefusedError,
  VettrakRejectedError,
  VettrakUnavailableError,
} from './errors.ts'
import type { Invoke } from './invoke.ts'
import type { VettrakLogger } from './logger.ts'

/** The credentials of the service account (a VETtrak client with API permission). */
export interface ServiceAccount {
  username: string
  password: string
}

/** A shared service-account session. */
export interface ServiceSession {
  /** Runs `call` with the service token; on -2 or -1 signs in again (shared) and retries once. */
  withToken: <T>(operation: OperationName, call: (token: string) => Promise<T>) => Promise<T>
  /** Signs in now (or joins a sign-in in flight) and returns the new token. For tests and the doctor. */
  signIn: () => Promise<string>
}

/** Creates the session; nothing is sent until the first Protected call. */
export function createServiceSession(
  invoke: Invoke,
  account: ServiceAccount | undefined,
  logger: VettrakLogger,
): ServiceSession {
  let token: string | undefined
  let signingIn: Promise<string> | undefined

  const signIn = (): Promise<string> => {
    signingIn ??= (async () => {
      try {
        if (!account)
          throw new VettrakUnavailableError('ValidateClient: no service account is configured', {
            operation: 'ValidateClient',
            reason: 'not-configured',
          })
        const result = await invoke('ValidateClient', {
          sUsername: account.username,
          sPassword: account.password,
        }).catch((error: unknown) => {
          // A refused service account is a configuration fault, not the user's bad password.
          if (!(error instanceof InvalidCredentialsError)) throw error
          throw new VettrakUnavailableError(
            'ValidateClient: VETtrak refused the service account (check its username and password)',
            { operation: 'ValidateClient', status: error.status, reason: 'not-configured' },
          )
        })
        if (!result.Token)
          throw new VettrakUnavailableError('ValidateClient: signed in but no token came back', {
            operation: 'ValidateClient',
            reason: 'malformed-response',
          })
        token = result.Token
        logger.info?.('vettrak service account signed in')
        return token
      } finally {
        signingIn = undefined
      }
    })()
    return signingIn
  }

  const currentToken = () => signingIn ?? (token === undefined ? signIn() : Promise.resolve(token))

  /** A fresh token after `refused` was refused: joins a sign-in in flight or one already done. */
  const renew = (refused: string, error: TokenExpiredError | VettrakRejectedError) => {
    if (signingIn) return signingIn
    if (token !== undefined && token !== refused) return Promise.resolve(token)
    token = undefined
    logger.info?.(
      error instanceof TokenExpiredError
        ? 'vettrak service token expired; signing in again'
        : 'vettrak refused the service token (Status -1; restarted?); signing in again',
    )
    return signIn()
  }

  return {
    signIn,
    async withToken(_operation, call) {
      const first = await currentToken()
      try {
        return await call(first)
      } catch (error) {
        if (!isRefusedToken(error)) throw error
        return retry(call, await renew(first, error))
      }
    },
  }
}

/**
 * The call again with a fresh token; an expiry or a -1 now is the service's refusal, never a
 * reason to end the user's session.
 */
async function retry<T>(call: (token: string) => Promise<T>, token: string): Promise<T> {
  try {
    return await call(token)
  } catch (error) {
    if (!(error instanceof TokenExpiredError || error instanceof TokenRefusedError)) throw error
    throw new VettrakRejectedError(
      error.message,
      { operation: error.operation, status: error.status, statusMessage: error.statusMessage },
      { cause: error },
    )
  }
}

/** -2, or -1 on a call made with a token: signing in again may cure it. */
function isRefusedToken(error: unknown): error is TokenExpiredError | VettrakRejectedError {
  return (
    error instanceof TokenExpiredError ||
    (error instanceof VettrakRejectedError && error.status === Status.Error)
  )
}
