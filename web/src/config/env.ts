import { z } from 'zod'

const EnvSchema = z.object({
  /** The portal's name in the header and page titles, e.g. the RTO's own. */
  APP_NAME: z.string().min(1).default('VETtrak Portal'),
  /** Where the BFF is; empty for the same origin (the BFF serves the SPA). */
  API_BASE_URL: z.string().default(''),
})

function createEnv() {
  const source = import.meta.env as Record<string, string | undefined>
  const parsed = EnvSchema.safeParse({
    APP_NAME: source.VITE_APP_NAME || undefined,
    API_BASE_URL: source.VITE_API_BASE_URL || undefined,
  })
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `- VITE_${i.path.join('.')}: ${i.message}`)
    throw new Error(`Invalid VITE_ environment variables:\n${problems.join('\n')}`)
  }
  return parsed.data
}

export const env = createEnv()
