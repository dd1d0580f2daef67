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
  /**
   * Whether `debug` lines are written at all. When it says no, the SOAP exchanges are not redacted
   * for a line nobody keeps (redacting a 3.3 MB answer is ~5% of a big read). Absent: assumed yes.
   */
  isDebugEnabled?: () => boolean
}
