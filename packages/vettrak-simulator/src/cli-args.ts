/**
 * @module
 * The simulator CLI's flags: parsed and validated into {@link SimulatorOptions}, with clear errors.
 */
import { parseArgs } from 'node:util'
import {
  API_PROFILES,
  operationNames,
  type ApiProfile,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import { FAULT_KINDS, type FaultKind, type FaultSpec } from './faults/fault-spec.ts'
import { isValidTimeZone } from './rules/local-time.ts'
import { DEFAULT_PORT, DEFAULT_TIME_ZONE, type SimulatorOptions } from './start-simulator.ts'

export const USAGE = `Usage: pnpm sim [options]

Starts the VETtrak API simulator (VT_API.asmx, SOAP 1.1 and 1.2) with seeded demo data.

Options:
  --host <address>            listen address (default 127.0.0.1)
  --port <n>                  port, 0 for any free one (default ${DEFAULT_PORT})
  --seed <n>                  seed of the generated data and of fault draws (default 1)
  --clients <n>               bulk clients besides the demo people
  --employers <n>             bulk employers
  --reference-date <date>     YYYY-MM-DD taken as "today" by the data (default today)
  --time-zone <zone>          the RTO's IANA zone (default ${DEFAULT_TIME_ZONE})
  --token-idle-seconds <n>    sliding token expiry (default 3600)
  --no-email-login            turn off "use email as username"
  --latency-ms <n>            added to every SOAP answer
  --jitter-ms <n>             plus a random 0..n ms
  --fail-kind <kind>          inject failures: ${FAULT_KINDS.join(', ')}
  --fail-rate <0..1>          share of requests that fail (default 1 with --fail-kind)
  --fail-ops <a,b>            only these operations fail (default all)
  --without-operation <name>  do not offer this operation (left out of the WSDL and
                              refused when called); repeat for more
  --profile <name>            ${API_PROFILES.join(' or ')}: every member of the description (default),
                              or only what VETtrak publishes, sparse (a stand-in real VETtrak)
  --help                      show this help
`

/** A flag problem, shown to the user with the usage. */
export class CliError extends Error {
  override name = 'CliError'
}

export type CliCommand = { help: true } | { help: false; options: SimulatorOptions }

function integer(
  name: string,
  text: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (text === undefined) return undefined
  const value = Number(text)
  if (!/^\d+$/.test(text) || value < min || value > max)
    throw new CliError(`--${name} must be a whole number from ${min} to ${max}; got '${text}'`)
  return value
}

/** Parses the CLI's arguments (without the node and script paths). */
export function parseCliArgs(argv: string[]): CliCommand {
  let values: Record<string, string | boolean | string[] | undefined>
  try {
    ;({ values } = parseArgs({
      args: argv.filter((arg) => arg !== '--'),
      strict: true,
      allowPositionals: false,
      options: {
        host: { type: 'string' },
        port: { type: 'string' },
        seed: { type: 'string' },
        clients: { type: 'string' },
        employers: { type: 'string' },
        'reference-date': { type: 'string' },
        'time-zone': { type: 'string' },
        'token-idle-seconds': { type: 'string' },
        'no-email-login': { type: 'boolean' },
        'latency-ms': { type: 'string' },
        'jitter-ms': { type: 'string' },
        'fail-rate': { type: 'string' },
        'fail-kind': { type: 'string' },
        'fail-ops': { type: 'string' },
        'without-operation': { type: 'string', multiple: true },
        profile: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }))
  } catch (error) {
    throw new CliError((error as Error).message)
  }
  if (values.help) return { help: true }
  const text = (name: string) => values[name] as string | undefined
  const options: SimulatorOptions = {}
  const host = text('host')
  if (host !== undefined) {
    if (host.trim() === '') throw new CliError('--host must not be empty')
    options.host = host
  }
  const set = <K extends keyof SimulatorOptions>(
    key: K,
    value: SimulatorOptions[K] | undefined,
  ) => {
    if (value !== undefined) options[key] = value
  }
  set('port', integer('port', text('port'), 0, 65535))
  set('seed', integer('seed', text('seed'), 0, 2 ** 31 - 1))
  set('clients', integer('clients', text('clients'), 0, 1_000_000))
  set('employers', integer('employers', text('employers'), 0, 100_000))
  set('tokenIdleSeconds', integer('token-idle-seconds', text('token-idle-seconds'), 1, 31_536_000))
  const referenceDate = text('reference-date')
  if (referenceDate !== undefined) {
    const valid =
      /^\d{4}-\d{2}-\d{2}$/.test(referenceDate) &&
      !Number.isNaN(Date.parse(`${referenceDate}T00:00:00Z`))
    if (!valid) throw new CliError(`--reference-date must be YYYY-MM-DD; got '${referenceDate}'`)
    options.referenceDate = referenceDate
  }
  const timeZone = text('time-zone')
  if (timeZone !== undefined) {
    if (!isValidTimeZone(timeZone))
      throw new CliError(`--time-zone: unknown IANA zone '${timeZone}'`)
    options.timeZone = timeZone
  }
  if (values['no-email-login']) options.emailAsUsername = false
  const without = (values['without-operation'] as string[] | undefined) ?? []
  const unknownOperations = without.filter((name) => !(operationNames as string[]).includes(name))
  if (unknownOperations.length > 0)
    throw new CliError(`--without-operation: unknown operation(s) ${unknownOperations.join(', ')}`)
  if (without.length > 0) options.withoutOperations = without as OperationName[]
  const profile = text('profile')
  if (profile !== undefined) {
    if (!(API_PROFILES as readonly string[]).includes(profile))
      throw new CliError(`--profile must be one of ${API_PROFILES.join(', ')}; got '${profile}'`)
    options.profile = profile as ApiProfile
  }
  const faults = faultsFrom(text)
  if (faults !== undefined) options.faults = faults
  return { help: false, options }
}

function faultsFrom(text: (name: string) => string | undefined): FaultSpec | undefined {
  const spec: FaultSpec = {}
  const latency = integer('latency-ms', text('latency-ms'), 0, 600_000)
  const jitter = integer('jitter-ms', text('jitter-ms'), 0, 600_000)
  if (latency !== undefined) spec.latencyMs = latency
  if (jitter !== undefined) spec.jitterMs = jitter
  const kind = text('fail-kind')
  const rateText = text('fail-rate')
  const ops = text('fail-ops')
  if (kind === undefined && (rateText !== undefined || ops !== undefined))
    throw new CliError('--fail-rate and --fail-ops need --fail-kind')
  if (kind !== undefined) {
    if (!FAULT_KINDS.includes(kind as FaultKind))
      throw new CliError(`--fail-kind must be one of ${FAULT_KINDS.join(', ')}; got '${kind}'`)
    const rate = rateText === undefined ? 1 : Number(rateText)
    if (rateText !== undefined && (rateText.trim() === '' || !(rate >= 0 && rate <= 1)))
      throw new CliError(`--fail-rate must be a number from 0 to 1; got '${rateText}'`)
    const failure: NonNullable<FaultSpec['failures']>[number] = { kind: kind as FaultKind, rate }
    if (ops !== undefined) {
      const names = ops
        .split(',')
        .map((name) => name.trim())
        .filter(Boolean)
      const unknown = names.filter((name) => !(operationNames as string[]).includes(name))
      if (names.length === 0 || unknown.length > 0)
        throw new CliError(
          `--fail-ops: unknown operation(s) ${unknown.join(', ') || '(none given)'}`,
        )
      failure.operations = names
    }
    spec.failures = [failure]
  }
  return Object.keys(spec).length === 0 ? undefined : spec
}
