/**
 * @module
 * `runDoctor`: checks a VETtrak server's WSDL against every operation the portal needs and, with
 * credentials, tries a sign-in and one read. The BFF can run the structural part at start-up.
 */
import { readFile } from 'node:fs/promises'
import { operationNames } from '@vettrak-portal/vettrak-api'
import { createVettrakClient, endpointOf } from '../client.ts'
import { VettrakError } from '../errors.ts'
import { checkOperation, type OperationCheck } from './compare.ts'
import { WsdlParseError, parseWsdl, type WsdlModel } from './wsdl-model.ts'

/** What to check. Give `wsdlUrl` or `wsdlFile`. */
export interface DoctorOptions {
  wsdlUrl?: string | undefined
  wsdlFile?: string | undefined
  /** The service address for the live checks (default: from the WSDL URL, or the WSDL's port). */
  endpoint?: string | undefined
  username?: string | undefined
  password?: string | undefined
  timeoutMs?: number | undefined
}

/** The outcome of one live call. */
export interface LiveCheck {
  operation: string
  ok: boolean
  /** `Auth.Status`, when VETtrak answered one. */
  status?: number | undefined
  /** The error class and message (secrets removed). */
  error?: string | undefined
}

/** Everything the doctor found. */
export interface DoctorReport {
  ok: boolean
  source: string
  wsdl: {
    ok: boolean
    error?: string
    operationCount?: number
    soap11Address?: string | undefined
    soap12Address?: string | undefined
  }
  operations: OperationCheck[]
  live?: { username: string; signIn: LiveCheck; read?: LiveCheck | undefined }
}

/** Runs the checks and returns the report (it never throws for a server problem). */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const source = options.wsdlFile ?? options.wsdlUrl ?? ''
  let model: WsdlModel
  try {
    model = parseWsdl(await readWsdl(options))
  } catch (error) {
    const reason =
      error instanceof WsdlParseError || error instanceof WsdlReadError
        ? error.message
        : `could not read the WSDL (${error instanceof Error ? error.message : String(error)})`
    return { ok: false, source, wsdl: { ok: false, error: reason }, operations: [] }
  }
  const checks = operationNames.map((operation) => checkOperation(operation, model))
  const report: DoctorReport = {
    ok: checks.every((check) => check.status === 'ok'),
    source,
    wsdl: {
      ok: true,
      operationCount: model.operations.size,
      soap11Address: model.soap11Address,
      soap12Address: model.soap12Address,
    },
    operations: checks,
  }
  if (options.username !== undefined && options.password !== undefined) {
    report.live = await liveChecks(options, model, options.username, options.password)
    if (!report.live.signIn.ok || report.live.read?.ok === false) report.ok = false
  }
  return report
}

class WsdlReadError extends Error {}

async function readWsdl(options: DoctorOptions): Promise<string> {
  if (options.wsdlFile !== undefined)
    return readFile(options.wsdlFile, 'utf8').catch((error: unknown) => {
      const code = (error as { code?: string }).code ?? 'unknown error'
      throw new WsdlReadError(`could not read the WSDL file ${options.wsdlFile} (${code})`)
    })
  if (options.wsdlUrl === undefined) throw new WsdlReadError('no WSDL given (--wsdl <url|file>)')
  const url = options.wsdlUrl
  const response = await fetch(url, {
    signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
  }).catch((error: unknown) => {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    const timedOut = error instanceof Error && error.name === 'TimeoutError'
    throw new WsdlReadError(
      `could not fetch the WSDL from ${url} (${timedOut ? 'timed out' : (cause ?? 'network error')})`,
    )
  })
  if (!response.ok)
    throw new WsdlReadError(`fetching the WSDL from ${url} gave HTTP ${response.status}`)
  return response.text()
}

async function liveChecks(
  options: DoctorOptions,
  model: WsdlModel,
  username: string,
  password: string,
): Promise<NonNullable<DoctorReport['live']>> {
  const endpoint =
    options.endpoint ??
    (options.wsdlUrl !== undefined ? endpointOf(options.wsdlUrl) : model.soap11Address) ??
    ''
  const client = createVettrakClient({
    wsdlUrl: options.wsdlUrl ?? `${endpoint}?WSDL`,
    wsdlFile: options.wsdlFile,
    endpoint,
    timeoutMs: options.timeoutMs,
  })
  try {
    let signIn: LiveCheck
    let session
    try {
      session = await client.validateClient({ username, password })
      signIn = { operation: 'ValidateClient', ok: true, status: 1 }
    } catch (error) {
      return { username, signIn: failure('ValidateClient', error, password) }
    }
    try {
      await client.getClientDetails({ token: session.token, clientCode: session.clientCode })
      return { username, signIn, read: { operation: 'GetClientDetails', ok: true, status: 1 } }
    } catch (error) {
      return { username, signIn, read: failure('GetClientDetails', error, password) }
    }
  } finally {
    client.close()
  }
}

function failure(operation: string, error: unknown, password: string): LiveCheck {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return {
    operation,
    ok: false,
    status: error instanceof VettrakError ? error.status : undefined,
    error: message.split(password).join('[redacted]'),
  }
}
