/**
 * @module
 * The BFF's configuration, read from environment variables once and validated. Defaults run the
 * demo against the embedded simulator; production refuses to start without a real session secret.
 */
import { randomBytes } from 'node:crypto'
import { z } from 'zod'
import { formatAbn, isValidAbn } from './brand/abn.ts'
import { isHexColour } from './brand/colour.ts'
import { DEFAULT_RTO_TIME_ZONE, isTimeZone } from './rto-time.ts'
import { MB } from './store/session-cache.ts'

const DEFAULT_WSDL_URL = 'http://127.0.0.1:8081/VT_API.asmx?WSDL'

/** The portal's own primary colour (the SPA's `brand-700`). */
export const DEFAULT_PRIMARY_COLOUR = '#0f766e'

const seconds = (fallback: number) => z.coerce.number().int().positive().default(fallback)

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** Where VETtrak's WSDL is; the demo's simulator by default. */
  VETTRAK_WSDL_URL: z.url().default(DEFAULT_WSDL_URL),
  /** Read the WSDL from a local file instead (so a slow VETtrak does not hold up start-up). */
  VETTRAK_WSDL_FILE: z.string().optional(),
  VETTRAK_SERVICE_USERNAME: z.string().min(1).default('api.portal'),
  VETTRAK_SERVICE_PASSWORD: z.string().min(1).default('ApiPortal!2026'),
  VETTRAK_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  VETTRAK_MAX_SOCKETS: z.coerce.number().int().positive().default(32),
  /** Retries of a read after a transient failure (0 to 2). */
  VETTRAK_RETRIES: z.coerce.number().int().min(0).max(2).default(2),
  VETTRAK_BREAKER_THRESHOLD: z.coerce.number().int().positive().default(5),
  VETTRAK_BREAKER_COOLDOWN_SECONDS: seconds(15),
  /** How long a user's list reads are reused (0 turns the cache off). */
  VETTRAK_CACHE_SECONDS: z.coerce.number().int().min(0).default(30),
  /** Most megabytes (of JSON) those reads take across all users (0 turns the cache off). */
  VETTRAK_CACHE_MB: z.coerce.number().int().min(0).default(64),
  /** At least 32 characters; generated (with a warning) outside production when missing. */
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  SESSION_IDLE_TIMEOUT_SECONDS: seconds(30 * 60),
  SESSION_ABSOLUTE_TIMEOUT_SECONDS: seconds(12 * 60 * 60),
  /** The public origin (e.g. https://portal.rto.edu.au); requests that change state must come from it. */
  PUBLIC_ORIGIN: z.url().optional(),
  /** The built SPA to serve; none when unset (API only). */
  WEB_DIST_DIR: z.string().optional(),
  /** Believe `X-Forwarded-Proto` (only behind a proxy that sets it). */
  TRUST_PROXY: z.stringbool().default(false),
  /** The RTO's IANA time zone: VETtrak's zone-less dates are local to it. */
  RTO_TIME_ZONE: z
    .string()
    .refine(isTimeZone, 'RTO_TIME_ZONE must be an IANA time zone such as Australia/Perth')
    .default(DEFAULT_RTO_TIME_ZONE),
  /**
   * Client codes of staff members, comma-separated, for a VETtrak whose ValidateClient does not
   * answer TokenType `03` for staff. Added to that signal, never replacing it.
   */
  STAFF_CLIENT_CODES: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((code) => code.trim())
        .filter((code) => code !== ''),
    ),
  /**
   * Redis (or Valkey) shared by every BFF instance: revocations, sign-in throttles. Unset, each
   * process keeps its own (one instance only).
   */
  REDIS_URL: z
    .string()
    .optional()
    .refine(
      (url) => url === undefined || /^rediss?:\/\/.+/.test(url),
      'REDIS_URL must be a redis:// or rediss:// URL',
    ),
  /** Certificate checks (`/api/verify`) each client address may make per window. */
  VERIFY_CHECKS_PER_WINDOW: z.coerce.number().int().positive().default(20),
  VERIFY_WINDOW_SECONDS: seconds(15 * 60),
  /** Every certificate check answers no sooner than this, so its timing tells nothing. */
  VERIFY_MINIMUM_ANSWER_MS: z.coerce.number().int().min(0).max(5_000).default(400),
  /** The employer's "trainees to look at": a contract ending within this many days with units open… */
  ATTENTION_ENDING_WITHIN_DAYS: z.coerce.number().int().min(0).default(56),
  /** …no unit result in this many days while active… */
  ATTENTION_QUIET_DAYS: z.coerce.number().int().positive().default(90),
  /** …or a withdrawal this many days ago at most. */
  ATTENTION_WITHDRAWN_WITHIN_DAYS: z.coerce.number().int().min(0).default(30),
  /** How long a site's list is reused before it is worked out again (0: every time). */
  ATTENTION_CACHE_SECONDS: z.coerce.number().int().min(0).default(600),
  /**
   * A directory the BFF may write to and that outlives it (calendar feeds without `REDIS_URL`; the
   * brand file). Unset without `REDIS_URL`, calendar feeds are off.
   */
  DATA_DIR: z.string().min(1).optional(),
  /** The RTO's name: the page titles, the header, the sign-in page, printouts. */
  BRAND_NAME: z.string().trim().min(1).max(80).default('VETtrak Portal'),
  /** `#rrggbb`, drawn behind white text; darkened (with a warning) until it reaches WCAG AA. */
  BRAND_PRIMARY_COLOUR: z
    .string()
    .trim()
    .refine(isHexColour, 'BRAND_PRIMARY_COLOUR must be a #rrggbb colour such as #1d4ed8')
    .default(DEFAULT_PRIMARY_COLOUR),
  /** An .svg, .png, .webp or .jpg file (at most 1 MB), served as `/brand/logo`. */
  BRAND_LOGO_FILE: z.string().min(1).optional(),
  /** An .svg, .png or .ico file, served as `/brand/favicon`. */
  BRAND_FAVICON_FILE: z.string().min(1).optional(),
  BRAND_SUPPORT_EMAIL: z.email('BRAND_SUPPORT_EMAIL must be an email address').optional(),
  BRAND_SUPPORT_PHONE: z
    .string()
    .trim()
    .regex(/^[0-9+() -]{6,20}$/, 'BRAND_SUPPORT_PHONE must be a phone number such as 1300 000 000')
    .optional(),
  BRAND_PRIVACY_URL: z
    .url({ protocol: /^https?$/, error: 'BRAND_PRIVACY_URL must be an http(s) URL' })
    .optional(),
  /** The RTO's ABN, printed on statements; checked with the register's check digits. */
  BRAND_ABN: z
    .string()
    .refine(isValidAbn, 'BRAND_ABN must be an Australian Business Number such as 51 824 753 556')
    .transform(formatAbn)
    .optional(),
  /** Show the demo accounts on the sign-in page; on by default only against the default simulator. */
  DEMO_MODE: z.stringbool().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

export interface Config {
  nodeEnv: 'development' | 'production' | 'test'
  host: string
  port: number
  vettrak: {
    wsdlUrl: string
    wsdlFile: string | undefined
    timeoutMs: number
    maxSockets: number
    serviceAccount: { username: string; password: string }
    resilience: {
      retries: number
      breakerThreshold: number
      breakerCoolDownMs: number
      cacheTtlMs: number
      cacheMaxBytes: number
    }
  }
  session: {
    secret: string
    /** True when the secret was generated for this run (sessions end with the process). */
    secretGenerated: boolean
    idleTimeoutSeconds: number
    absoluteTimeoutSeconds: number
  }
  publicOrigin: string | undefined
  /** The RTO's IANA time zone, for "today" at the RTO. */
  rtoTimeZone: string
  webDistDir: string | undefined
  /** Whether the `X-Forwarded-Proto` of a TLS-terminating proxy is believed. */
  trustProxy: boolean
  /** The portal runs against the demo simulator: `/api/meta` lists its demo accounts. */
  demoMode: boolean
  /** Client codes signed in as staff even when VETtrak's TokenType does not say so. */
  staffClientCodes: ReadonlySet<string>
  /** The store the instances share; undefined keeps state in this process (one instance). */
  redisUrl: string | undefined
  /** The public certificate check: its rate limit per address and its minimum answer time. */
  verify: { checksPerWindow: number; windowSeconds: number; minimumAnswerMs: number }
  /** The employer's "trainees to look at": its thresholds in days, and how long a list is kept. */
  attention: {
    endingWithinDays: number
    quietDays: number
    withdrawnWithinDays: number
    cacheSeconds: number
  }
  /** Durable local storage for one instance (calendar feeds without a shared store). */
  dataDir: string | undefined
  brand: BrandSettings
  logLevel: string
}

/** The RTO's brand as configured (see `brand/brand.ts`). */
export interface BrandSettings {
  name: string
  primaryColour: string
  logoFile: string | undefined
  faviconFile: string | undefined
  supportEmail: string | undefined
  supportPhone: string | undefined
  /** `51 824 753 556`, as the register writes it. */
  abn?: string | undefined
  privacyPolicyUrl: string | undefined
}

/** A readable list of what is wrong with the environment. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}

/** Parses and checks the environment; throws `ConfigError` listing every bad key. */
export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`)
    throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
  }
  const env = parsed.data
  if (env.NODE_ENV === 'production' && !env.SESSION_SECRET)
    throw new ConfigError(
      'Invalid configuration:\n  SESSION_SECRET: required in production (at least 32 characters)',
    )
  return {
    nodeEnv: env.NODE_ENV,
    host: env.HOST,
    port: env.PORT,
    vettrak: {
      wsdlUrl: env.VETTRAK_WSDL_URL,
      wsdlFile: env.VETTRAK_WSDL_FILE,
      timeoutMs: env.VETTRAK_TIMEOUT_MS,
      maxSockets: env.VETTRAK_MAX_SOCKETS,
      serviceAccount: {
        username: env.VETTRAK_SERVICE_USERNAME,
        password: env.VETTRAK_SERVICE_PASSWORD,
      },
      resilience: {
        retries: env.VETTRAK_RETRIES,
        breakerThreshold: env.VETTRAK_BREAKER_THRESHOLD,
        breakerCoolDownMs: env.VETTRAK_BREAKER_COOLDOWN_SECONDS * 1000,
        cacheTtlMs: env.VETTRAK_CACHE_SECONDS * 1000,
        cacheMaxBytes: env.VETTRAK_CACHE_MB * MB,
      },
    },
    session: {
      secret: env.SESSION_SECRET ?? randomBytes(32).toString('base64url'),
      secretGenerated: !env.SESSION_SECRET,
      idleTimeoutSeconds: env.SESSION_IDLE_TIMEOUT_SECONDS,
      absoluteTimeoutSeconds: env.SESSION_ABSOLUTE_TIMEOUT_SECONDS,
    },
    publicOrigin: env.PUBLIC_ORIGIN,
    rtoTimeZone: env.RTO_TIME_ZONE,
    webDistDir: env.WEB_DIST_DIR,
    trustProxy: env.TRUST_PROXY,
    demoMode: env.DEMO_MODE ?? env.VETTRAK_WSDL_URL === DEFAULT_WSDL_URL,
    staffClientCodes: new Set(env.STAFF_CLIENT_CODES),
    redisUrl: env.REDIS_URL || undefined,
    verify: {
      checksPerWindow: env.VERIFY_CHECKS_PER_WINDOW,
      windowSeconds: env.VERIFY_WINDOW_SECONDS,
      minimumAnswerMs: env.VERIFY_MINIMUM_ANSWER_MS,
    },
    attention: {
      endingWithinDays: env.ATTENTION_ENDING_WITHIN_DAYS,
      quietDays: env.ATTENTION_QUIET_DAYS,
      withdrawnWithinDays: env.ATTENTION_WITHDRAWN_WITHIN_DAYS,
      cacheSeconds: env.ATTENTION_CACHE_SECONDS,
    },
    dataDir: env.DATA_DIR,
    brand: {
      name: env.BRAND_NAME,
      primaryColour: env.BRAND_PRIMARY_COLOUR,
      logoFile: env.BRAND_LOGO_FILE,
      faviconFile: env.BRAND_FAVICON_FILE,
      supportEmail: env.BRAND_SUPPORT_EMAIL,
      supportPhone: env.BRAND_SUPPORT_PHONE,
      abn: env.BRAND_ABN,
      privacyPolicyUrl: env.BRAND_PRIVACY_URL,
    },
    logLevel: env.LOG_LEVEL,
  }
}
