/**
 * @module
 * Client search over the clients a staff member can access. VETtrak lists each client's code and
 * names only (TClie has no email), so the search matches codes and names: a code by its start,
 * names by the start of each word typed, in any order ("char ngu", "Nguyen, Charlotte"). A query
 * that looks like an email address is looked up in VETtrak instead (`routes/staff.ts`).
 */
import type { ClientSearchResult, ClientSummary } from '@vettrak-portal/contracts'

/** A client with the lower-case forms the search compares; kept small, as each staff session holds a list. */
export interface SearchEntry {
  client: ClientSummary
  code: string
  given: string
  surname: string
  /** `given surname`, for a quick first test of each term. */
  name: string
}

/** Most clients one search returns. */
export const SEARCH_LIMIT = 50

const lower = (value: string | undefined) => (value ?? '').toLocaleLowerCase('en-AU').trim()
const wordsOf = (value: string) => value.split(/[\s,]+/).filter(Boolean)

/** The words of a name, with hyphenated ones also split ("smith-jones", "smith", "jones"). */
const nameWords = (name: string) =>
  wordsOf(name).flatMap((word) => [word, ...word.split('-').filter(Boolean)])

/** Prepares a client for searching. */
export function toSearchEntry(client: ClientSummary): SearchEntry {
  const given = lower(client.givenName)
  const surname = lower(client.surname)
  return { client, code: lower(client.clientCode), given, surname, name: `${given} ${surname}` }
}

/** Whether a search is an email address (something@something, no spaces): no name holds an `@`. */
export function looksLikeEmail(q: string): boolean {
  return /^[^\s@]+@[^\s@]+$/.test(q.trim())
}

/** 0 is the best match; undefined is no match. */
function rank(entry: SearchEntry, query: string, terms: string[]): number | undefined {
  if (entry.code === query) return 0
  if (entry.code.startsWith(query)) return 1
  if (!terms.every((term) => entry.name.includes(term))) return undefined
  const { given, surname } = entry
  const fullNames = [entry.name, `${surname}, ${given}`, `${surname} ${given}`]
  if (fullNames.includes(query)) return 2
  if (fullNames.some((name) => name.startsWith(query))) return 3
  if (!terms.length) return undefined
  const words = nameWords(entry.name)
  if (terms.every((term) => words.some((word) => word.startsWith(term)))) return 4
  return undefined
}

const sortName = (client: ClientSummary) =>
  `${lower(client.surname)}\u0000${lower(client.givenName)}\u0000${client.clientCode}`

/** The clients matching `q`, best first, at most `limit`. */
export function searchClients(
  entries: readonly SearchEntry[],
  q: string,
  limit = SEARCH_LIMIT,
): ClientSearchResult {
  const query = lower(q).replace(/\s+/g, ' ')
  const terms = wordsOf(query)
  const found: Array<{ rank: number; name: string; client: ClientSummary }> = []
  for (const entry of entries) {
    const r = rank(entry, query, terms)
    if (r !== undefined) found.push({ rank: r, name: sortName(entry.client), client: entry.client })
  }
  found.sort((a, b) => a.rank - b.rank || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  return {
    items: found.slice(0, limit).map((f) => f.client),
    truncated: found.length > limit,
  }
}
