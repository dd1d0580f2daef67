/**
 * @module
 * The logger the client writes to: any object with some of `debug`, `info`, `warn`, `error`.
 */

type LogMethod = (message: string, details?: Record<string, unknown>) => void

/** A logger such as `console` or pino; every method is optional. */
export interface VettrakLogger {
  debug?: LogMethod
  info?: LogMethod
  warn?: LogMethod
  error?: LogMethod
}
