/**
 * @module
 * What an operation handler gets: the decoded request, the authenticated caller, and the services
 * of the running simulator.
 */
import type { OperationName, WireRequest, WireResult } from '@vettrak-portal/vettrak-api'
import type { Directory } from '../data/directory.ts'
import type { Account, SimStore } from '../data/store.ts'
import type { Clock } from '../rules/clock.ts'
import type { Auth } from '../rules/statuses.ts'
import type { TokenRegistry } from '../rules/tokens.ts'

export interface Services {
  store: SimStore
  directory: Directory
  tokens: TokenRegistry
  clock: Clock
  /** The RTO's IANA time zone. */
  timeZone: string
  /** The current RTO-local date-time on the token clock. */
  nowLocal(): string
}

/** The caller behind a live token, and the `Auth` block their successful answers carry. */
export interface Caller {
  account: Account
  token: string
  auth: Auth
}

export interface OperationContext<Op extends OperationName> {
  request: WireRequest<Op>
  caller: Caller
  services: Services
}

/** Every operation except the Public sign-in takes a token. */
export type TokenOperation = Exclude<OperationName, 'ValidateClient'>

export type Handler<Op extends TokenOperation> = (context: OperationContext<Op>) => WireResult<Op>

/** Some operations' handlers, each under its operation's name. */
export type Handlers = { [Op in TokenOperation]?: Handler<Op> }
