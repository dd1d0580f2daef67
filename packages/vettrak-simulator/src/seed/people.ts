/**
 * @module
 * Made-up people for the bulk data and Southern Health Network: names, birth dates, addresses,
 * USIs and email addresses drawn from the catalogue with a seeded random stream.
 */
import { GIVEN_NAMES, STREET_NAMES, SUBURBS, SURNAMES } from './catalogue.ts'
import type { PersonSpec } from './learner-records.ts'
import { addDays, type LocalDate } from './local-date.ts'
import type { Random } from './random.ts'

/** A name as it may appear in an email address: lower case ASCII letters only. */
export function emailSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z]/g, '')
}

const USI_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

/** A Unique Student Identifier-shaped string (10 characters, no 0/O/1/I). */
export function randomUsi(random: Random): string {
  let usi = ''
  for (let i = 0; i < 10; i++) usi += USI_ALPHABET.charAt(random.int(0, USI_ALPHABET.length - 1))
  return usi
}

/** An Australian mobile number, `04xx xxx xxx`. */
export function randomMobile(random: Random): string {
  return `04${random.int(0, 99).toString().padStart(2, '0')} ${random.int(100, 999)} ${random.int(100, 999)}`
}

/** A random person; `email` is omitted with probability `noEmailRate`. */
export function randomPerson(
  random: Random,
  options: {
    code: string
    referenceDate: LocalDate
    divisionId: number
    emailDomain: string
    noEmailRate?: number
  },
): PersonSpec {
  const given = random.pick(GIVEN_NAMES)
  const surname = random.pick(SURNAMES)
  const serial = options.code.slice(3).replace(/^0+/, '')
  const hasEmail = !random.chance(options.noEmailRate ?? 0)
  return {
    code: options.code,
    given,
    surname,
    dob: addDays(options.referenceDate, -random.int(16 * 365, 62 * 365)),
    gender: random.weighted([
      ['F', 50],
      ['M', 47],
      ['X', 3],
    ] as const),
    suburb: random.pick(SUBURBS),
    streetNumber: String(random.int(1, 300)),
    streetName: random.pick(STREET_NAMES),
    email: hasEmail
      ? `${emailSlug(given)}.${emailSlug(surname)}${serial}@${options.emailDomain}`
      : undefined,
    mobile: random.chance(0.9) ? randomMobile(random) : undefined,
    usi: random.chance(0.95) ? randomUsi(random) : undefined,
    divisionId: options.divisionId,
  }
}
