/**
 * @module
 * The fault specification: latency for every SOAP answer and failures by kind, rate and operation.
 * Validated the same way whether it comes from the CLI, `startSimulator` or `POST /__sim/faults`.
 */
import { operationNames } from '@vettrak-portal/vettrak-api'

export const FAULT_KINDS = [
  'db-error',
  'missing-registration',
  'unknown',
  'token-expired',
  'soap-fault',
  'http-500',
  'reset',
  'truncate',
] as const

export type FaultKind = (typeof FAULT_KINDS)[number]

export interface FaultSpec {
  /** Added to every SOAP answer. */
  latencyMs?: number
  /** Plus a uniform random 0..jitterMs. */
  jitterMs?: number
  failures?: Array<{
    kind: FaultKind
    /** 0..1, default 1. */
    rate?: number
    /** Default: every operation. */
    operations?: string[]
  }>
}

/** A fault specification that is not acceptable, with every problem listed. */
export class FaultSpecError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid fault specification: ${problems.join('; ')}`)
    this.name = 'FaultSpecError'
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const MAX_DELAY_MS = 600_000

function checkDelay(value: unknown, name: string, problems: string[]): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_DELAY_MS) {
    problems.push(`${name} must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`)
    return undefined
  }
  return value
}

/** Checks an untrusted value and returns a clean copy of the spec, or throws {@link FaultSpecError}. */
export function parseFaultSpec(value: unknown): FaultSpec {
  const problems: string[] = []
  if (!isRecord(value)) throw new FaultSpecError(['the fault specification must be a JSON object'])
  for (const key of Object.keys(value))
    if (!['latencyMs', 'jitterMs', 'failures'].includes(key))
      problems.push(`unknown field '${key}'`)
  const spec: FaultSpec = {}
  const latencyMs = checkDelay(value.latencyMs, 'latencyMs', problems)
  const jitterMs = checkDelay(value.jitterMs, 'jitterMs', problems)
  if (latencyMs !== undefined) spec.latencyMs = latencyMs
  if (jitterMs !== undefined) spec.jitterMs = jitterMs
  if (value.failures !== undefined) {
    if (!Array.isArray(value.failures)) problems.push('failures must be an array')
    else spec.failures = value.failures.map((entry, index) => parseFailure(entry, index, problems))
  }
  if (problems.length > 0) throw new FaultSpecError(problems)
  return spec
}

function parseFailure(entry: unknown, index: number, problems: string[]) {
  const where = `failures[${index}]`
  const failure: NonNullable<FaultSpec['failures']>[number] = { kind: 'unknown' }
  if (!isRecord(entry)) {
    problems.push(`${where} must be an object`)
    return failure
  }
  for (const key of Object.keys(entry))
    if (!['kind', 'rate', 'operations'].includes(key))
      problems.push(`${where}: unknown field '${key}'`)
  if (!FAULT_KINDS.includes(entry.kind as FaultKind))
    problems.push(`${where}.kind must be one of ${FAULT_KINDS.join(', ')}`)
  else failure.kind = entry.kind as FaultKind
  if (entry.rate !== undefined) {
    if (typeof entry.rate !== 'number' || !(entry.rate >= 0 && entry.rate <= 1))
      problems.push(`${where}.rate must be a number from 0 to 1`)
    else failure.rate = entry.rate
  }
  if (entry.operations !== undefined) {
    const names = entry.operations
    if (!Array.isArray(names) || names.some((name) => typeof name !== 'string'))
      problems.push(`${where}.operations must be an array of operation names`)
    else {
      const unknown = (names as string[]).filter(
        (name) => !(operationNames as string[]).includes(name),
      )
      if (unknown.length > 0) problems.push(`${where}.operations: unknown ${unknown.join(', ')}`)
      else failure.operations = [...(names as string[])]
    }
  }
  return failure
}
