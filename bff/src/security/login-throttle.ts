/**
 * @module
 * Slows password guessing. Every attempt is counted *before* VETtrak is asked (so attempts fired
 * together cannot all pass a check made before any of them failed) against two keys: the account
 * and the client address. An attempt VETtrak accepts, or one it never judged (VETtrak was down),
 * is given back, so what remains counted are failures.
 *
 * The account key: an identifier (username or email, trimmed and lower-cased) is its own key until
 * the throttle learns whose it is. It learns at a successful sign-in (the identifier used, and the
 * username and email VETtrak holds for that person) and at a password change; from then on every
 * identifier of that person counts against one key, and failures already counted on them move
 * onto it. A failure says nothing about whose identifier it was (VETtrak answers an unknown user
 * and a wrong password alike), so for a person never seen signing in, the username and the email
 * are two keys: finding the owner of an email would take a service-account call per guess.
 */
import { createMemoryCounter, type AttemptCounter } from './attempt-counter.ts'
import { createMemoryIdentityMap, type IdentityMap } from './identity-map.ts'

export interface LoginThrottleOptions {
  /** Failed attempts allowed per account within the window. */
  perAccount: number
  /** Failed attempts allowed per client address within the window (people share addresses). */
  perAddress: number
  windowSeconds: number
  /** Most keys each counter holds; the least recently used is dropped first. */
  maxKeys: number
  /** Most identifiers whose person is remembered. */
  maxIdentifiers: number
  /** Epoch seconds. */
  now: () => number
  /** Where counts are kept; in-process by default. */
  counter?: (limit: number, name: 'account' | 'address') => AttemptCounter
  /** Where whose identifiers are whose is kept; in-process by default. */
  identities?: IdentityMap
}

export const DEFAULT_LOGIN_THROTTLE = {
  perAccount: 5,
  perAddress: 30,
  windowSeconds: 15 * 60,
  maxKeys: 100_000,
  maxIdentifiers: 100_000,
} as const

/** An attempt that may go ahead: tell the throttle how VETtrak judged it. */
export interface Attempt {
  allowed: true
  /** VETtrak accepted the password of `clientCode`: the attempt is given back. */
  succeeded(clientCode: string): Promise<void>
  /** VETtrak did not judge the password (it failed otherwise): the attempt is given back. */
  undecided(): Promise<void>
}

export type AttemptDecision = Attempt | { allowed: false; retryAfterSeconds: number }

/** A username or email as a key: VETtrak does not tell apart case or surrounding spaces. */
export const normaliseIdentifier = (identifier: string) => identifier.trim().toLowerCase()

/** Creates the throttle. */
export function createLoginThrottle(options: LoginThrottleOptions) {
  const { windowSeconds, maxKeys, now } = options
  const counter =
    options.counter ?? ((limit) => createMemoryCounter({ limit, windowSeconds, maxKeys, now }))
  const accounts = counter(options.perAccount, 'account')
  const addresses = counter(options.perAddress, 'address')
  const people = options.identities ?? createMemoryIdentityMap(options.maxIdentifiers)

  const accountKey = async (identifier: string) => {
    const id = normaliseIdentifier(identifier)
    const person = await people.personOf(id)
    return person === undefined ? `id:${id}` : `person:${person}`
  }

  /** Remembers whose `identifiers` are, and moves what was counted on them onto the person. */
  async function learn(clientCode: string, identifiers: ReadonlyArray<string | undefined>) {
    const personKey = `person:${clientCode}`
    for (const identifier of identifiers) {
      if (!identifier?.trim()) continue
      const id = normaliseIdentifier(identifier)
      if (!(await people.remember(id, clientCode))) continue
      // New attempts on `id` count against the person from here on; then the old count moves.
      const counted = await accounts.count(`id:${id}`)
      if (counted > 0) await accounts.add(personKey, counted)
      await accounts.forget(`id:${id}`)
    }
  }

  return {
    /** Counts an attempt of `identifier` from `address`, or says how long to wait. */
    async attempt(identifier: string, address: string): Promise<AttemptDecision> {
      const account = await accountKey(identifier)
      const byAccount = await accounts.take(account)
      if (!byAccount.allowed) return byAccount
      const byAddress = await addresses.take(`address:${address}`)
      if (!byAddress.allowed) {
        await byAccount.giveBack()
        return byAddress
      }
      const giveBack = async () => {
        await Promise.all([byAccount.giveBack(), byAddress.giveBack()])
      }
      return {
        allowed: true,
        async succeeded(clientCode) {
          await giveBack()
          await learn(clientCode, [identifier])
        },
        undecided: giveBack,
      }
    },
    /** Tells the throttle the identifiers (username, email) of a person it now knows. */
    learn,
    /** How many accounts and addresses have attempts counted (for diagnostics). */
    get size() {
      return accounts.size + addresses.size
    },
  }
}

export type LoginThrottle = ReturnType<typeof createLoginThrottle>
