/**
 * @module
 * Sign-in and account operations.
 */
import type { CallOptions, Invoke } from '../invoke.ts'
import { toClientDetails, toPasswordPolicy, toSignIn } from '../mapping/auth.ts'
import { toClientEmployer } from '../mapping/employer.ts'
import { ClientDetailsSchema, PasswordPolicySchema, SignInSchema } from '../schemas/auth.ts'
import { ClientEmployerSchema } from '../schemas/employer.ts'
import { NoRecordsError } from '../errors.ts'
import { parseDomain, readList } from './shared.ts'

/** A user's token and the client code it may read. */
export interface ClientRef {
  token: string
  clientCode: string
}

/** The sign-in and account functions. */
export function authOperations(invoke: Invoke) {
  return {
    /** Signs a user in; throws `InvalidCredentialsError` on a wrong username or password. */
    async validateClient(input: { username: string; password: string }, options?: CallOptions) {
      const result = await invoke(
        'ValidateClient',
        { sUsername: input.username, sPassword: input.password },
        options,
      )
      return parseDomain(SignInSchema, toSignIn(result), 'ValidateClient')
    },

    /** The client's own details. */
    async getClientDetails(input: ClientRef, options?: CallOptions) {
      const result = await invoke(
        'GetClientDetails',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
      )
      if (!result.ClieDetail)
        throw new NoRecordsError('GetClientDetails: no client details in the answer', {
          operation: 'GetClientDetails',
        })
      return parseDomain(
        ClientDetailsSchema,
        toClientDetails(result.ClieDetail),
        'GetClientDetails',
      )
    },

    /** The employers the client is a contact or employee of. */
    getEmployersForClient(input: ClientRef, options?: CallOptions) {
      return readList(
        invoke,
        'GetEmployersForClient',
        { sToken: input.token, sClie_Code: input.clientCode },
        options,
        ClientEmployerSchema,
        (result) => result.EmplList.map(toClientEmployer),
      )
    },

    /** The database's password rules. */
    async getPasswordPolicy(input: { token: string }, options?: CallOptions) {
      const result = await invoke('GetPasswordPolicy', { token: input.token }, options)
      if (!result.Policy)
        throw new NoRecordsError('GetPasswordPolicy: no policy in the answer', {
          operation: 'GetPasswordPolicy',
        })
      return parseDomain(PasswordPolicySchema, toPasswordPolicy(result.Policy), 'GetPasswordPolicy')
    },

    /**
     * Changes the client's username and password. A broken policy rule or a taken username throws
     * `VettrakRejectedError` whose `statusMessage` names the rule.
     */
    async updateClientUsernamePassword(
      input: ClientRef & { username: string; password: string },
      options?: CallOptions,
    ): Promise<void> {
      await invoke(
        'UpdateClientUsernamePassword',
        {
          sToken: input.token,
          sClie_Code: input.clientCode,
          sUsername: input.username,
          sPassword: input.password,
        },
        options,
      )
    },
  }
}
