/**
 * @module
 * Australian Business Numbers: eleven digits whose weighted sum, after taking one from the first
 * digit, is a multiple of 89 (the Australian Business Register's published check).
 */

const WEIGHTS = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]

/** `value`'s digits, when it is written as digits and spaces only. */
function digitsOf(value: string): string | undefined {
  const digits = value.replace(/\s+/g, '')
  return /^\d{11}$/.test(digits) ? digits : undefined
}

/** Whether `value` (spaces allowed) is a valid ABN. */
export function isValidAbn(value: string): boolean {
  const digits = digitsOf(value)
  if (!digits) return false
  const sum = [...digits].reduce(
    (total, digit, i) => total + (Number(digit) - (i === 0 ? 1 : 0)) * (WEIGHTS[i] ?? 0),
    0,
  )
  return sum % 89 === 0
}

/** An ABN as the register writes it: `51 824 753 556`. */
export function formatAbn(value: string): string {
  const digits = digitsOf(value) ?? value
  return `${digits.slice(0, 2)} ${digits.slice(2, 5)} ${digits.slice(5, 8)} ${digits.slice(8)}`
}
