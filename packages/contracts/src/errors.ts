/**
 * @module
 * The error codes of the BFF's JSON API, each with its HTTP status, and the one error body shape
 * `{ error: { code, message } }` that every failed request answers with.
 */
import { z } from 'zod'

/** Every error code, with the HTTP status the BFF answers it with. */
export const errorStatus = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  SESSION_EXPIRED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  PAYLOAD_TOO_LARGE: 413,
  /**
   * The feature is not offered by this RTO's VETtrak (its WSDL lacks an operation it needs): 404,
   * like a route that does not exist here, and not a 5xx that would be retried or alerted on.
   */
  FEATURE_UNAVAILABLE: 404,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UPSTREAM_ERROR: 502,
  UPSTREAM_UNAVAILABLE: 503,
  UPSTREAM_TIMEOUT: 504,
  /** The store the instances share (Redis) cannot be reached: sessions cannot be checked. */
  SESSION_STORE_UNAVAILABLE: 503,
} as const

export type ErrorCode = keyof typeof errorStatus

export const ErrorCodeSchema = z.enum(Object.keys(errorStatus) as [ErrorCode, ...ErrorCode[]])

export const ErrorBodySchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    /** Per-field problems, for VALIDATION_FAILED. */
    fields: z.record(z.string(), z.array(z.string())).optional(),
  }),
})
export type ErrorBody = z.infer<typeof ErrorBodySchema>
