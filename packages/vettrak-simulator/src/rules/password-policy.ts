/**
 * @module
 * The database's password policy (GetPasswordPolicy reports it; UpdateClientUsernamePassword
 * enforces it), with a message naming each broken rule.
 */
import type { PasswordPolicy } from '../data/store.ts'

/** The broken rules of a password, as sentences; empty when the password is acceptable. */
export function passwordProblems(password: string, policy: PasswordPolicy): string[] {
  const problems: string[] = []
  if ([...password].length < policy.minimumLength)
    problems.push(`Password must be at least ${policy.minimumLength} characters long.`)
  if (policy.requireUpperCase && !/\p{Lu}/u.test(password))
    problems.push('Password must contain at least one upper-case letter.')
  if (policy.requireLowerCase && !/\p{Ll}/u.test(password))
    problems.push('Password must contain at least one lower-case letter.')
  if (policy.requireDigit && !/\d/.test(password))
    problems.push('Password must contain at least one digit.')
  if (policy.requireSymbol && !/[^\p{L}\p{N}\s]/u.test(password))
    problems.push('Password must contain at least one symbol.')
  return problems
}
