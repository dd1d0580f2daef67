import { describe, expect, it } from 'vitest'
import { checkPassword, type PasswordPolicy } from './password.ts'

const demoPolicy: PasswordPolicy = {
  minimumLength: 10,
  requireUpperCase: true,
  requireLowerCase: true,
  requireDigit: true,
  requireSymbol: true,
}

const unmet = (password: string, policy = demoPolicy) =>
  checkPassword(policy, password)
    .filter((r) => !r.met)
    .map((r) => r.rule)

describe('checking a password against the policy', () => {
  it.each([
    ['Learner!2026', []],
    ['learner!2026', ['upper']],
    ['LEARNER!2026', ['lower']],
    ['Learner!abcd', ['digit']],
    ['Learner12026', ['symbol']],
    ['Le!2', ['length']],
    ['', ['length', 'upper', 'lower', 'digit', 'symbol']],
    ['Ölçü-Straße9', []],
    ['Passw0rd   x', ['symbol']],
  ])('%j leaves %j unmet', (password, expected) => {
    expect(unmet(password)).toEqual(expected)
  })

  it('counts characters, not UTF-16 code units, towards the length', () => {
    expect(unmet('Aa1!😀😀😀😀😀', { ...demoPolicy, minimumLength: 10 })).toEqual(['length'])
  })

  it('lists no length rule for a minimum of one character or none, and nothing for an empty policy', () => {
    const none = {
      minimumLength: 0,
      requireUpperCase: false,
      requireLowerCase: false,
      requireDigit: false,
      requireSymbol: false,
    }
    expect(checkPassword(none, 'x')).toEqual([])
    expect(checkPassword({ ...none, minimumLength: 1 }, 'x')).toEqual([])
    expect(checkPassword({ ...none, minimumLength: 2 }, 'x').map((r) => r.label)).toEqual([
      'At least 2 characters',
    ])
  })

  it('lists only the rules the policy asks for, in a stable order', () => {
    const rules = checkPassword(
      { ...demoPolicy, requireSymbol: false, requireUpperCase: false },
      'x',
    ).map((r) => r.rule)
    expect(rules).toEqual(['length', 'lower', 'digit'])
  })
})
