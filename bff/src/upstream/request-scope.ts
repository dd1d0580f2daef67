/**
 * @module
 * The request scope the upstream layer reads the current user from. The employer functions run
 * with the service account's token, so the token cannot tell users apart; the session id can.
 */
import { AsyncLocalStorage } from 'node:async_hooks'
import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../app-env.ts'

interface RequestScope {
  /** The session id of the signed-in user; undefined before sign-in. */
  userKey: string | undefined
  /** Work nobody waits for (a prefetch): its failures must not count against VETtrak. */
  background?: boolean
}

const storage = new AsyncLocalStorage<RequestScope>()

/** The current request's user key, if a user is signed in. */
export function currentUserKey(): string | undefined {
  return storage.getStore()?.userKey
}

/** Whether the current call is background work (see `runInBackground`). */
export function inBackground(): boolean {
  return storage.getStore()?.background === true
}

/** Runs `call` as if within a request of `userKey` (for tests). */
export function runAsUser<T>(userKey: string | undefined, call: () => T): T {
  return storage.run({ userKey }, call)
}

/** Runs `call` for `userKey` as work nobody is waiting for: a prefetch. */
export function runInBackground<T>(userKey: string, call: () => T): T {
  return storage.run({ userKey, background: true }, call)
}

/** Middleware (after the session middleware) that opens the scope from the session id. */
export function requestScope() {
  return createMiddleware<AppEnv>((c, next) =>
    storage.run({ userKey: c.get('session')?.sid }, () => next()),
  )
}
