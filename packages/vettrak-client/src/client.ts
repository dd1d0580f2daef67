/**
 * @module
 * `createVettrakClient`: one typed function per VT_API operation the portal uses, over one reused
 * soap client with a keep-alive pool, a per-call timeout and cancellation.
 */
import { VettrakUnavailableError } from './errors.ts'
import { createInvoke } from './invoke.ts'
import type { VettrakLogger } from './logger.ts'
import { authOperations } from './operations/auth.ts'
import { employerOperations } from './operations/employer.ts'
import { learnerOperations } from './operations/learner.ts'
import { referenceOperations } from './operations/reference.ts'
import { verificationOperations } from './operations/verification.ts'
import { staffOperations } from './operations/staff.ts'
import { redactXml } from './redact.ts'
import { createShapeReporter } from './shape-warnings.ts'
import { createServiceSession, type ServiceAccount } from './service-session.ts'
import { createSoapTransport } from './soap-transport.ts'

/** Options of `createVettrakClient`. */
export interface VettrakClientOptions {
  /** The WSDL address, e.g. `https://rto.example.edu.au/VT_API.asmx?WSDL`. */
  wsdlUrl: string
  /** Read the WSDL from this local file instead, so a slow VETtrak does not hold up start-up. */
  wsdlFile?: string | undefined
  /** The service address; defaults to the WSDL URL without its query. */
  endpoint?: string | undefined
  /** The limit for each call, in milliseconds (default 10 000). */
  timeoutMs?: number | undefined
  /** Most open connections to VETtrak at once (default 32). */
  maxSockets?: number | undefined
  /** The account the Protected (employer) operations run as. */
  serviceAccount?: ServiceAccount | undefined
  /** Receives debug logs of each exchange (tokens and passwords redacted) and session events. */
  logger?: VettrakLogger | undefined
}

/** The default per-call limit. */
export const DEFAULT_TIMEOUT_MS = 10_000

/** The WSDL URL without its query: the service address an ASMX WSDL is published under. */
export function endpointOf(wsdlUrl: string): string {
  const query = wsdlUrl.indexOf('?')
  return query === -1 ? wsdlUrl : wsdlUrl.slice(0, query)
}

/** Creates a VETtrak client. The WSDL is read on the first call (or `ready()`), once. */
export function createVettrakClient(options: VettrakClientOptions) {
  const logger = options.logger ?? {}
  const debug = logger.debug
  const transport = createSoapTransport({
    wsdl: options.wsdlFile ?? options.wsdlUrl,
    endpoint: options.endpoint ?? endpointOf(options.wsdlUrl),
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    maxSockets: options.maxSockets,
    onDebug:
      debug &&
      ((direction, xml, request) => {
        if (logger.isDebugEnabled?.() === false) return
        debug(`vettrak ${direction}`, { xml: redactXml(xml, request) })
      }),
  })
  const invoke = createInvoke(transport, createShapeReporter(logger))
  const session = createServiceSession(invoke, options.serviceAccount, logger)
  return {
    ...authOperations(invoke),
    ...learnerOperations(invoke),
    ...employerOperations(invoke, session),
    ...staffOperations(invoke, session),
    ...verificationOperations(invoke, session),
    ...referenceOperations(invoke, session),
    /** The service-account session; `signIn()` is for tests and the doctor. */
    service: { signIn: session.signIn },
    /** Reads the WSDL now; rejects with `VettrakUnavailableError` (reason `wsdl`) if it cannot. */
    async ready(): Promise<void> {
      try {
        await transport.ready()
      } catch (error) {
        throw new VettrakUnavailableError(
          error instanceof Error ? error.message : 'could not read the WSDL',
          { operation: 'ValidateClient', reason: 'wsdl' },
        )
      }
    },
    /** Closes pooled connections. */
    close(): void {
      transport.close()
    },
  }
}

/** A VETtrak client. */
export type VettrakClient = ReturnType<typeof createVettrakClient>
