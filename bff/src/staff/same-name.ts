/**
 * @module
 * Search results that share a name ("Nguyen, Charlotte" three times) say what tells the people
 * apart: date of birth, email and suburb, read with the staff member's own token
 * (GetClientDetails), so a staff member sees only what VETtrak lets them read. The list VETtrak
 * gives staff (TClie) holds codes and names only, so this costs one GetClientDetails per result
 * that shares its name, at most {@link SAME_NAME_LIMIT} per search, a few at a time; the per-user
 * cache keeps them for the next keystrokes. A row whose details cannot be read stays as it is.
 */
import type { ClientSummary } from '@vettrak-portal/contracts'
import type { ClientDetails } from '@vettrak-portal/vettrak-client'
import { dateOnly } from '../mappers/profile.ts'
import { mapWithConcurrency } from '../records/map-with-concurrency.ts'

/** Most results of one search whose details are read. */
export const SAME_NAME_LIMIT = 10

/** Detail reads in flight at once. */
const CONCURRENCY = 4

const nameKey = (client: ClientSummary) =>
  `${client.surname ?? ''}\u0000${client.givenName ?? ''}`.toLocaleLowerCase('en-AU').trim()

/** The codes of the results whose name another result has too, first ones first. */
export function sameNamed(items: readonly ClientSummary[], limit = SAME_NAME_LIMIT): string[] {
  const counts = new Map<string, number>()
  for (const item of items) counts.set(nameKey(item), (counts.get(nameKey(item)) ?? 0) + 1)
  return items
    .filter((item) => (counts.get(nameKey(item)) ?? 0) > 1)
    .slice(0, limit)
    .map((item) => item.clientCode)
}

/** What tells a client apart from another of the same name. */
export function distinctions(
  details: ClientDetails,
): Pick<ClientSummary, 'dateOfBirth' | 'email' | 'suburb'> {
  const suburb = details.residentialCity?.trim() || details.usualAddress?.city?.trim()
  return {
    ...(details.dateOfBirth && { dateOfBirth: dateOnly(details.dateOfBirth) }),
    ...(details.email?.trim() && { email: details.email.trim() }),
    ...(suburb && { suburb }),
  }
}

/** `items` with the same-named ones told apart. */
export async function tellApart(
  items: readonly ClientSummary[],
  readDetails: (clientCode: string) => Promise<ClientDetails>,
): Promise<ClientSummary[]> {
  const codes = sameNamed(items)
  if (codes.length === 0) return [...items]
  const found = await mapWithConcurrency(codes, CONCURRENCY, async (code) => {
    try {
      return [code, distinctions(await readDetails(code))] as const
    } catch {
      return [code, {}] as const
    }
  })
  const byCode = new Map(found)
  return items.map((item) => ({ ...item, ...byCode.get(item.clientCode) }))
}
