/**
 * The SPA's settings, from `VITE_` variables at build time; an empty or missing one takes the
 * default. Plain strings, read without zod, so the first page does not wait for it.
 */
const source = import.meta.env as Record<string, string | undefined>

export const env = {
  /** The portal's name in the header and page titles, e.g. the RTO's own. */
  APP_NAME: source.VITE_APP_NAME || 'VETtrak Portal',
  /** Where the BFF is; empty for the same origin (the BFF serves the SPA). */
  API_BASE_URL: source.VITE_API_BASE_URL || '',
} as const
