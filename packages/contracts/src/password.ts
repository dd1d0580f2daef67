/**
 * @module
 * The password policy and the one check of a candidate password against it, shared by the SPA's
 * live checklist and the BFF's check before it calls VETtrak.
 */
import { z } from 'zod'

export const PasswordPolicySchema = z.object({
  minimumLength: z.number().int().nonnegative(),
  requireUpperCase: z.boolean(),
  requireLowerCase: z.boolean(),
  requireDigit: z.boolean(),
  requireSymbol: z.boolean(),
})
export type PasswordPolicy = z.infer<typeof PasswordPolicySchema>

export const ChangePasswordInputSchema = z.object({
  currentPassword: z.string().min(1, 'Enter your current password').max(100),
  // VETtrak's sPassword holds at most 50 characters.
  newPassword: z.string().min(1, 'Enter a new password').max(50, 'At most 50 characters'),
})
export type ChangePasswordInput = z.infer<typeof ChangePasswordInputSchema>

export type PasswordRule = 'length' | 'upper' | 'lower' | 'digit' | 'symbol'

export interface PasswordRuleResult {
  rule: PasswordRule
  label: string
  met: boolean
}

/**
 * Each rule the policy asks for, with whether `password` meets it, in the order to show them. A
 * minimum of one character is no rule beyond entering a password, so it is not listed.
 */
export function checkPassword(policy: PasswordPolicy, password: string): PasswordRuleResult[] {
  const results: PasswordRuleResult[] = []
  if (policy.minimumLength > 1)
    results.push({
      rule: 'length',
      label: `At least ${policy.minimumLength} characters`,
      met: [...password].length >= policy.minimumLength,
    })
  if (policy.requireUpperCase)
    results.push({ rule: 'upper', label: 'An upper-case letter', met: /\p{Lu}/u.test(password) })
  if (policy.requireLowerCase)
    results.push({ rule: 'lower', label: 'A lower-case letter', met: /\p{Ll}/u.test(password) })
  if (policy.requireDigit)
    results.push({ rule: 'digit', label: 'A digit', met: /\p{Nd}/u.test(password) })
  if (policy.requireSymbol)
    results.push({
      rule: 'symbol',
      label: 'A symbol such as ! or #',
      met: /[^\p{L}\p{Nd}\s]/u.test(password),
    })
  return results
}
