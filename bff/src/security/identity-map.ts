/**
 * @module
 * Whose identifiers (usernames, emails) are whose, as the sign-in throttle learns it: in this
 * process, or in the shared store so that every instance counts one person against one key.
 */
import { KEY_PREFIX, type SharedStore } from '../store/shared-store.ts'

/** Identifier (normalised) → the client code of its person. */
export interface IdentityMap {
  personOf(identifier: string): Promise<string | undefined>
  /** Records that `identifier` is `clientCode`'s; true if that was not known already. */
  remember(identifier: string, clientCode: string): Promise<boolean>
}

/** In this process, at most `maxIdentifiers`, the least recently learnt going first. */
export function createMemoryIdentityMap(maxIdentifiers: number): IdentityMap {
  const people = new Map<string, string>()
  return {
    personOf: (identifier) => Promise.resolve(people.get(identifier)),
    remember(identifier, clientCode) {
      const known = people.get(identifier) === clientCode
      people.delete(identifier)
      people.set(identifier, clientCode)
      for (const oldest of people.keys()) {
        if (people.size <= maxIdentifiers) break
        people.delete(oldest)
      }
      return Promise.resolve(!known)
    },
  }
}

/** How long the shared store remembers an identifier after it was last learnt. */
const SHARED_IDENTITY_SECONDS = 30 * 24 * 60 * 60

/** In the shared store; each entry expires a month after it was last learnt. */
export function createSharedIdentityMap(store: SharedStore): IdentityMap {
  const key = (identifier: string) => `${KEY_PREFIX}person:${identifier}`
  return {
    async personOf(identifier) {
      return (await store.run((redis) => redis.get(key(identifier)))) ?? undefined
    },
    async remember(identifier, clientCode) {
      const before = await store.run((redis) =>
        redis.set(key(identifier), clientCode, 'EX', SHARED_IDENTITY_SECONDS, 'GET'),
      )
      return before !== clientCode
    },
  }
}
