/**
 * @module
 * Sign-in and account operations: ValidateClient, GetClientDetails, GetEmployersForClient,
 * GetPasswordPolicy, UpdateClientUsernamePassword.
 */
import { Status, TokenType, type Wire, type WireRequest } from '@vettrak-portal/vettrak-api'
import type { Account } from '../data/store.ts'
import { passwordProblems } from '../rules/password-policy.ts'
import { Messages, okAuth, type Auth } from '../rules/statuses.ts'
import type { Handler, Services, Handlers } from './context.ts'
import { failureResult } from './failure-result.ts'

/** The token type of an account: `03` for staff, `02` for everyone else. */
export function tokenTypeOf(account: Account, services: Services): string {
  const staff = account.isStaff || services.store.clients.get(account.clientCode)?.IsStaff === true
  return staff ? TokenType.Staff : TokenType.Client
}

/** The `Auth` of a successful answer to this account's token. */
export function callerAuth(account: Account, token: string, services: Services): Auth {
  return okAuth({
    id: services.directory.clientId(account.clientCode),
    token,
    clientCode: account.clientCode,
    tokenType: tokenTypeOf(account, services),
  })
}

/** ValidateClient: username (any case), or email when the database allows it, and password. */
export function validateClient(
  request: WireRequest<'ValidateClient'>,
  services: Services,
): Wire<'TAuthenticate'> {
  const account = services.directory.findLogin(request.sUsername, services.store.emailAsUsername)
  if (account === undefined || account.password !== request.sPassword)
    return failureResult('ValidateClient', Status.Error, Messages.badLogin)
  const token = services.tokens.issue(account)
  return { ...callerAuth(account, token, services), StatusMessage: Messages.loginSuccess }
}

export const getClientDetails: Handler<'GetClientDetails'> = ({ request, caller, services }) => ({
  Auth: caller.auth,
  ClieDetail: services.store.clients.get(request.sClie_Code),
})

export const getEmployersForClient: Handler<'GetEmployersForClient'> = ({
  request,
  caller,
  services,
}) => {
  const employers: Wire<'TClientEmployer'>[] = []
  for (const link of services.store.employerLinksByClient.get(request.sClie_Code) ?? []) {
    const employer = services.store.employers.get(link.employerId)
    if (employer === undefined) continue
    employers.push({
      ...employer,
      IsContact: link.isContact,
      IsPrimaryContact: link.isPrimaryContact,
      IsEmployee: link.isEmployee,
    })
  }
  return { Auth: caller.auth, EmplList: employers }
}

export const getPasswordPolicy: Handler<'GetPasswordPolicy'> = ({ caller, services }) => {
  const { passwordPolicy: policy, emailAsUsername } = services.store
  return {
    Auth: caller.auth,
    Policy: {
      MinimumLength: policy.minimumLength,
      RequireUpperCase: policy.requireUpperCase,
      RequireLowerCase: policy.requireLowerCase,
      RequireDigit: policy.requireDigit,
      RequireSymbol: policy.requireSymbol,
      EmailAsUsername: emailAsUsername,
    },
  }
}

const MAX_USERNAME = 100
const MAX_PASSWORD = 50

/**
 * UpdateClientUsernamePassword: a unique username (max 100) and a password that satisfies the
 * policy; on any failure nothing changes. Tokens already issued stay valid.
 */
export const updateClientUsernamePassword: Handler<'UpdateClientUsernamePassword'> = ({
  request,
  caller,
  services,
}) => {
  const fail = (message: string) =>
    failureResult('UpdateClientUsernamePassword', Status.Error, message)
  const { sClie_Code: clientCode, sUsername: username, sPassword: password } = request
  if (caller.account.clientCode !== clientCode && !caller.account.apiPermitted)
    return fail(Messages.notOwnClient)
  if (username.trim() === '') return fail('Username must not be empty.')
  if (username.length > MAX_USERNAME)
    return fail(`Username must be at most ${MAX_USERNAME} characters long.`)
  const holder = services.store.accounts.get(username.toLowerCase())
  if (holder !== undefined && holder.clientCode !== clientCode)
    return fail(`The username '${username}' is already in use by another client.`)
  if (password.length > MAX_PASSWORD)
    return fail(`Password must be at most ${MAX_PASSWORD} characters long.`)
  const problems = passwordProblems(password, services.store.passwordPolicy)
  if (problems.length > 0) return fail(problems.join(' '))
  services.directory.setCredentials(clientCode, username, password, services.nowLocal())
  return caller.auth
}

/** The handlers of this area by operation; `dispatch.ts` joins every area's. */
export const accountHandlers = {
  GetClientDetails: getClientDetails,
  GetEmployersForClient: getEmployersForClient,
  GetPasswordPolicy: getPasswordPolicy,
  UpdateClientUsernamePassword: updateClientUsernamePassword,
} satisfies Handlers
