/**
 * @module
 * `runDoctor`: checks a VETtrak server's WSDL against every operation the portal needs, feature by
 * feature, and the result side the portal keys on; with credentials, signs in and calls each read
 * once to see which the user's token may call, and with `recordDir` writes those answers
 * anonymised. The BFF runs the structural part at start-up.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { operationNames, type OperationName } from '@vettrak-portal/vettrak-api'
import { endpointOf } from '../client.ts'
import { featureAvailability, type FeatureAvailability } from '../features.ts'
import { createAnonymiser } from './anonymise.ts'
import { checkOperation, type OperationCheck } from './compare.ts'
import { liveReads, type LiveRead, type ReadOutcome } from './live-reads.ts'
import { WsdlReadError, readWsdlText } from './read-wsdl.ts'
import { checkResultSide, type ResultSideCheck } from './result-side.ts'
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
  /** With credentials: write each answer, anonymised, to `<recordDir>/<Operation>.xml`. */
  recordDir?: string | undefined
  /** For tests: each answer as it came and as it was written. */
  onRecord?: ((operation: OperationName, envelope: string, anonymised: string) => void) | undefined
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

/** One feature: its operations, whether the server offers them, and whether this user may call them. */
export interface FeatureCheck extends FeatureAvailability {
  /** With a live sign-in: the outcome of each operation's call with the user's token. */
  calls?: { operation: OperationName; outcome: ReadOutcome | 'not-called'; status?: number }[]
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
  features: FeatureCheck[]
  resultSide: ResultSideCheck[]
  live?: {
    username: string
    signIn: LiveCheck
    read?: LiveCheck | undefined
    /** Each read, without its answer. */
    reads: Omit<LiveRead, 'envelope'>[]
    /** Where the anonymised answers were written, and which. */
    recorded?: { dir: string; files: string[] }
  }
}

/** Runs the checks and returns the report (it never throws for a server problem). */
export async function runDoctor(options: DoctorOptions): Promise<DoctorReport> {
  const source = options.wsdlFile ?? options.wsdlUrl ?? ''
  let model: WsdlModel
  try {
    model = parseWsdl(await readWsdlText(options))
  } catch (error) {
    const reason =
      error instanceof WsdlParseError || error instanceof WsdlReadError
        ? error.message
        : `could not read the WSDL (${error instanceof Error ? error.message : String(error)})`
    return {
      ok: false,
      source,
      wsdl: { ok: false, error: reason },
      operations: [],
      features: [],
      resultSide: [],
    }
  }
  const checks = operationNames.map((operation) => checkOperation(operation, model))
  const resultSide = operationNames
    .map((operation) => checkResultSide(operation, model))
    .filter((check): check is ResultSideCheck => check !== undefined)
  const report: DoctorReport = {
    ok:
      checks.every((check) => check.status === 'ok') &&
      resultSide.every((check) => check.findings.every((finding) => finding.severity !== 'error')),
    source,
    wsdl: {
      ok: true,
      operationCount: model.operations.size,
      soap11Address: model.soap11Address,
      soap12Address: model.soap12Address,
    },
    operations: checks,
    features: featureAvailability(model),
    resultSide,
  }
  if (options.username !== undefined && options.password !== undefined) {
    report.live = await liveChecks(options, model, options.username, options.password)
    const { reads } = report.live
    report.features = report.features.map((feature) => ({
      ...feature,
      calls: feature.operations.map((operation) => {
        const read =
          operation === 'ValidateClient'
            ? {
                outcome: report.live?.signIn.ok ? 'permitted' : 'not-permitted',
                status: report.live?.signIn.status,
              }
            : reads.find((candidate) => candidate.operation === operation)
        return {
          operation,
          outcome: (read?.outcome ?? 'not-called') as ReadOutcome | 'not-called',
          ...(read?.status !== undefined && { status: read.status }),
        }
      }),
    }))
    if (!report.live.signIn.ok || report.live.read?.ok === false) report.ok = false
  }
  return report
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
  const { signIn, reads } = await liveReads({
    wsdl: options.wsdlFile ?? options.wsdlUrl ?? `${endpoint}?WSDL`,
    endpoint,
    username,
    password,
    timeoutMs: options.timeoutMs,
    offered: (operation) => model.operations.get(operation)?.soap11Action !== undefined,
  })
  const details = reads.find((read) => read.operation === 'GetClientDetails')
  const live: NonNullable<DoctorReport['live']> = {
    username,
    signIn: asCheck(signIn),
    ...(details && { read: asCheck(details) }),
    reads: reads.map(({ envelope: _envelope, ...read }) => read),
  }
  if (options.recordDir !== undefined) live.recorded = await record(options, [signIn, ...reads])
  return live
}

function asCheck(read: LiveRead): LiveCheck {
  const ok = read.outcome === 'permitted' || read.outcome === 'no-records'
  return {
    operation: read.operation,
    ok,
    ...(read.status !== undefined && { status: read.status }),
    ...(!ok && { error: read.detail ?? read.outcome }),
  }
}

/** Writes each answer anonymised, one file per operation; one anonymiser for the whole set. */
async function record(options: DoctorOptions, reads: LiveRead[]) {
  const dir = options.recordDir ?? '.'
  await mkdir(dir, { recursive: true })
  const anonymiser = createAnonymiser()
  const files: string[] = []
  for (const read of reads) {
    if (read.envelope === undefined) continue
    const anonymised = anonymiser.envelope(read.envelope)
    options.onRecord?.(read.operation, read.envelope, anonymised)
    const file = `${read.operation}.xml`
    await writeFile(path.join(dir, file), anonymised)
    files.push(file)
  }
  return { dir, files }
}
