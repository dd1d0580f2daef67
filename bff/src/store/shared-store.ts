/**
 * @module
 * The store the BFF instances share (`REDIS_URL`: Redis or Valkey): revocations, sign-in counts and
 * whose identifiers are whose. Every call is bounded: nothing waits for a connection that is not
 * there (no offline queue), and a command that gets no answer fails after `commandTimeoutMs`.
 * The client reconnects by itself, forever, so everything recovers when the store is back.
 * A failed call is a {@link StoreUnavailableError}: the request it served fails closed.
 */
import { Redis } from 'ioredis'
import type { Logger } from 'pino'

/** The shared store could not be asked: the request is refused (503), never let through. */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError'
}

export interface SharedStoreOptions {
  url: string
  logger: Logger
  /** Most time to connect, and to wait for any one command (default 1 s each). */
  connectTimeoutMs?: number
  commandTimeoutMs?: number
}

/** Keys are prefixed so the portal can share a Redis with other things. */
export const KEY_PREFIX = 'vtp:'

/** A Redis connection for the BFF, and whether it is usable now. */
export function createSharedStore(options: SharedStoreOptions) {
  const log = options.logger.child({ component: 'session-store' })
  const client = new Redis(options.url, {
    connectTimeout: options.connectTimeoutMs ?? 1_000,
    commandTimeout: options.commandTimeoutMs ?? 1_000,
    // A request does not wait for a reconnection: it fails now and the next one tries again.
    enableOfflineQueue: false,
    enableAutoPipelining: true,
    maxRetriesPerRequest: 0,
    autoResendUnfulfilledCommands: false,
    // Reconnect for ever, at most a second apart.
    retryStrategy: (times) => Math.min(times * 100, 1_000),
  })
  // Reconnection errors repeat every second while the store is down: say it once per outage.
  let down = false
  client.on('ready', () => {
    log.info(down ? 'session store reachable again' : 'session store connected')
    down = false
  })
  client.on('error', (error) => {
    if (down) return
    down = true
    log.error({ err: error }, 'session store unreachable: signed-in requests answer 503')
  })

  /** Runs a store command, turning any failure into a `StoreUnavailableError`. */
  async function run<T>(command: (redis: Redis) => Promise<T>): Promise<T> {
    try {
      return await command(client)
    } catch (error) {
      throw new StoreUnavailableError('The session store did not answer', { cause: error })
    }
  }

  return {
    client,
    run,
    /** Whether the store answers now (for `/readyz`); never throws. */
    async reachable(): Promise<boolean> {
      try {
        return (await client.ping()) === 'PONG'
      } catch {
        return false
      }
    },
    /** Resolves once connected (for start-up and tests); rejects after `timeoutMs`. */
    async connected(timeoutMs = 5_000): Promise<void> {
      if (client.status === 'ready') return
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          client.off('ready', onReady)
          reject(new StoreUnavailableError(`No session store after ${timeoutMs} ms`))
        }, timeoutMs)
        const onReady = () => {
          clearTimeout(timer)
          resolve()
        }
        client.once('ready', onReady)
      })
    },
    close() {
      client.disconnect()
    },
  }
}

export type SharedStore = ReturnType<typeof createSharedStore>
