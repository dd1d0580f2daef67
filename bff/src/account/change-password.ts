/**
 * @module
 * Changing one's own password: the current password is checked again with VETtrak (and a wrong one
 * counts as a failed sign-in), the new one against VETtrak's policy, then VETtrak stores it with
 * the username unchanged. The check of the current password is counted by the sign-in throttle
 * before VETtrak is asked, like a sign-in. Every refusal is a 400 naming the field and the rule.
 */
import { checkPassword, type ChangePasswordInput } from '@vettrak-portal/contracts'
import {
  InvalidCredentialsError,
  VettrakRejectedError,
  type VettrakClient,
} from '@vettrak-portal/vettrak-client'
import { AppError } from '../errors.ts'
import { toPasswordPolicy } from '../mappers/learner.ts'
import type { LoginThrottle } from '../security/login-throttle.ts'
import type { SessionData } from '../session/session-data.ts'

export interface ChangePasswordDeps {
  vettrak: VettrakClient
  throttle: LoginThrottle
}

const WRONG_CURRENT = 'Your current password is not correct.'

const refused = (fields: Record<string, string[]>) =>
  new AppError('VALIDATION_FAILED', 'The password was not changed.', { fields })

/** Changes the signed-in user's password; throws `AppError` when it cannot. */
export async function changePassword(
  deps: ChangePasswordDeps,
  session: SessionData,
  input: ChangePasswordInput,
  address: string,
): Promise<void> {
  const { vettrak, throttle } = deps
  const ref = { token: session.token, clientCode: session.user.clientCode }
  const [details, policy] = await Promise.all([
    vettrak.getClientDetails(ref),
    vettrak.getPasswordPolicy({ token: session.token }),
  ])
  const username = details.username ?? (policy.emailAsUsername ? details.email : undefined)
  if (!username)
    throw new AppError('VALIDATION_FAILED', 'Your account has no username; ask the RTO to help.')

  // The session says whose username and email these are: they count against one person.
  await throttle.learn(ref.clientCode, [username, details.email])
  const attempt = await throttle.attempt(username, address)
  if (!attempt.allowed)
    throw new AppError('RATE_LIMITED', 'Too many wrong passwords. Please wait and try again.', {
      retryAfter: attempt.retryAfterSeconds,
    })

  const fields: Record<string, string[]> = {}
  let currentIsRight
  try {
    currentIsRight = await currentPasswordIsRight(
      vettrak,
      username,
      input.currentPassword,
      ref.clientCode,
    )
  } catch (error) {
    await attempt.undecided()
    throw error
  }
  if (currentIsRight) await attempt.succeeded(ref.clientCode)
  else fields.currentPassword = [WRONG_CURRENT]
  const unmet = checkPassword(toPasswordPolicy(policy), input.newPassword).filter(
    (rule) => !rule.met,
  )
  const newProblems = unmet.map((rule) => rule.label)
  if (input.newPassword === input.currentPassword)
    newProblems.push('Choose a password different from your current one.')
  if (newProblems.length) fields.newPassword = newProblems
  if (Object.keys(fields).length) throw refused(fields)

  try {
    await vettrak.updateClientUsernamePassword({ ...ref, username, password: input.newPassword })
  } catch (error) {
    // VETtrak's message names the policy rule it applied; it carries no data of anyone's.
    if (error instanceof VettrakRejectedError)
      throw refused({
        newPassword: [error.statusMessage ?? 'VETtrak did not accept this password.'],
      })
    throw error
  }
}

async function currentPasswordIsRight(
  vettrak: VettrakClient,
  username: string,
  password: string,
  clientCode: string,
): Promise<boolean> {
  try {
    const signIn = await vettrak.validateClient({ username, password })
    return signIn.clientCode === clientCode
  } catch (error) {
    if (error instanceof InvalidCredentialsError) return false
    throw error
  }
}
