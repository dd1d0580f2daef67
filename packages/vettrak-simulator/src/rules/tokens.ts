/**
 * @module
 * Session tokens as VETtrak issues them: about 20 printable ASCII characters from the class seen in
 * real tokens (digits and `!"#$%&'()*+,-./:;<=>?`, so XML escaping is always exercised), bound to the
 * account, with a sliding idle expiry measured on an injectable clock.
 */
import { randomInt } from 'node:crypto'
import type { Account } from '../data/store.ts'
import type { Clock } from './clock.ts'

/** The characters of real VETtrak tokens, as documented: `!` (0x21) to `?` (0x3F). */
export const TOKEN_ALPHABET = Array.from({ length: 0x3f - 0x21 + 1 }, (_, i) =>
  String.fromCharCode(0x21 + i),
).join('')
export const TOKEN_LENGTH = 20

interface Session {
  account: Account
  lastUsedMs: number
  expired: boolean
}

export type TokenCheck =
  { kind: 'ok'; account: Account } | { kind: 'expired' } | { kind: 'unknown' }

/** Sessions kept before expired ones are swept, so long load runs do not grow without bound. */
const SWEEP_AT = 50_000

/** Issues and checks tokens. */
export class TokenRegistry {
  readonly #sessions = new Map<string, Session>()
  readonly #clock: Clock
  readonly #idleMs: number

  constructor(clock: Clock, idleSeconds: number) {
    this.#clock = clock
    this.#idleMs = idleSeconds * 1000
  }

  /** A new token for the account. */
  issue(account: Account): string {
    if (this.#sessions.size >= SWEEP_AT) this.#sweep()
    let token: string
    do token = newToken()
    while (this.#sessions.has(token))
    this.#sessions.set(token, { account, lastUsedMs: this.#clock.now(), expired: false })
    return token
  }

  /** Checks a token and, when it is live, restarts its idle period (the expiry slides). */
  use(token: string): TokenCheck {
    const session = this.#sessions.get(token)
    if (session === undefined) return { kind: 'unknown' }
    const now = this.#clock.now()
    if (session.expired || now - session.lastUsedMs >= this.#idleMs) {
      session.expired = true
      return { kind: 'expired' }
    }
    session.lastUsedMs = now
    return { kind: 'ok', account: session.account }
  }

  /** Expires every token issued so far (only `clientCode`'s, if given); returns how many were live. */
  expireAll(clientCode?: string): number {
    let count = 0
    for (const session of this.#sessions.values()) {
      if (clientCode !== undefined && session.account.clientCode !== clientCode) continue
      if (!session.expired) count++
      session.expired = true
    }
    return count
  }

  /**
   * Forgets every token issued so far (only `clientCode`'s, if given), as a restarted VETtrak
   * does: each now answers -1 as unknown. Returns how many were held.
   */
  forgetAll(clientCode?: string): number {
    let count = 0
    for (const [token, session] of this.#sessions) {
      if (clientCode !== undefined && session.account.clientCode !== clientCode) continue
      this.#sessions.delete(token)
      count++
    }
    return count
  }

  /** The number of sessions held (live or expired). */
  get size(): number {
    return this.#sessions.size
  }

  #sweep(): void {
    const now = this.#clock.now()
    for (const [token, session] of this.#sessions)
      if (session.expired || now - session.lastUsedMs >= this.#idleMs) this.#sessions.delete(token)
  }
}

function newToken(): string {
  let token = ''
  for (let i = 0; i < TOKEN_LENGTH; i++) token += TOKEN_ALPHABET[randomInt(TOKEN_ALPHABET.length)]
  return token
}
