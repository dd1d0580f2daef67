/**
 * @module
 * The JSON logger. Passwords, tokens and cookies are redacted by path wherever they could appear,
 * as a second line of defence behind never logging bodies in the first place.
 */
import type { VettrakLogger } from '@vettrak-portal/vettrak-client'
import { pino, type DestinationStream, type Logger } from 'pino'

const REDACT = [
  'password',
  '*.password',
  'token',
  '*.token',
  'sToken',
  '*.sToken',
  'sPassword',
  '*.sPassword',
  'cookie',
  '*.cookie',
  'headers.cookie',
  'headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
]

/** A pino logger writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      base: { service: 'vettrak-portal-bff' },
    },
    destination,
  )
}

/** Adapts pino (details first, message second) to the VETtrak client's logger (message first). */
export function vettrakLogger(logger: Logger): VettrakLogger {
  const child = logger.child({ component: 'vettrak' })
  return {
    debug: (message, details) => child.debug(details ?? {}, message),
    info: (message, details) => child.info(details ?? {}, message),
    warn: (message, details) => child.warn(details ?? {}, message),
    error: (message, details) => child.error(details ?? {}, message),
    isDebugEnabled: () => child.isLevelEnabled('debug'),
  }
}
