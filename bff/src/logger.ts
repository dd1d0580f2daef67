/**
 * @module
 * The JSON logger. Passwords, tokens and cookies are redacted by path wherever they could appear,
 * as a second line of defence behind never logging bodies in the first place.
 */
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
