/**
 * @module
 * The doctor's live part: signs in as a real user, then calls each read the portal uses once, with
 * the user's own token and code, and ids taken from earlier answers (an enrolment for its units).
 * Each call's outcome says whether the user's token may call it; the raw answer is kept for
 * `--record`. Writes are never called.
 */
import {
  Status,
  operationNames,
  operations,
  type OperationName,
  type OperationSpec,
} from '@vettrak-portal/vettrak-api'
import { VettrakError } from '../errors.ts'
import { createInvoke } from '../invoke.ts'
import { createSoapTransport } from '../soap-transport.ts'

/** How one call went for this user. */
export type ReadOutcome =
  'permitted' | 'no-records' | 'not-permitted' | 'failed' | 'not-offered' | 'skipped'

/** One live call. */
export interface LiveRead {
  operation: OperationName
  outcome: ReadOutcome
  /** `Auth.Status`, when VETtrak answered one. */
  status?: number | undefined
  /** Why it failed or was skipped (secrets removed). */
  detail?: string | undefined
  /** The answer's SOAP envelope as it came, when there was one (for `--record`). */
  envelope?: string | undefined
}

export interface LiveReadOptions {
  wsdl: string
  endpoint: string
  username: string
  password: string
  timeoutMs?: number | undefined
  /** Operations this server's WSDL offers; others are reported `not-offered` without a call. */
  offered: (operation: OperationName) => boolean
}

/** What the reads found: the sign-in, then each read in the order of `operations`. */
export interface LiveReadResult {
  signIn: LiveRead
  reads: LiveRead[]
}

/** Statuses that mean "this token may not call this". */
const REFUSED: ReadonlySet<number> = new Set([
  Status.Error,
  Status.MissingRegistration,
  Status.Unknown,
])

/** A date window wide enough to include every record. */
const WINDOW = { start: '2000-01-01T00:00:00', end: '2099-12-31T00:00:00' }

interface Learned {
  token: string
  clientCode: string
  enrolmentId?: number
  contractId?: number
  employerIdentifier?: string
  emailAddress?: string
}

/** The reads: every operation whose result is more than a bare TAuthenticate. */
export const portalReads = operationNames.filter(
  (operation) => (operations[operation] as OperationSpec).result.kind === 'wrapped',
)

/** Signs in and calls each read once. Never throws for a server problem. */
export async function liveReads(options: LiveReadOptions): Promise<LiveReadResult> {
  let lastEnvelope: string | undefined
  const transport = createSoapTransport({
    wsdl: options.wsdl,
    endpoint: options.endpoint,
    timeoutMs: options.timeoutMs ?? 10_000,
    onDebug: (direction, xml) => {
      if (direction === 'response') lastEnvelope = xml
    },
  })
  const invoke = createInvoke(transport)
  const call = async (operation: OperationName, request: Record<string, unknown>) => {
    lastEnvelope = undefined
    try {
      const result: unknown = await invoke(operation, request as never)
      return { ok: true as const, result, envelope: lastEnvelope }
    } catch (error) {
      return { ok: false as const, error, envelope: lastEnvelope }
    }
  }
  const secret = (text: string) => text.split(options.password).join('[redacted]')

  try {
    const signedIn = await call('ValidateClient', {
      sUsername: options.username,
      sPassword: options.password,
    })
    if (!signedIn.ok)
      return {
        signIn: failed('ValidateClient', signedIn.error, signedIn.envelope, secret),
        reads: [],
      }
    const auth = signedIn.result as { Token?: string; Identifier?: string }
    const signIn: LiveRead = {
      operation: 'ValidateClient',
      outcome: 'permitted',
      status: Status.Ok,
      envelope: signedIn.envelope,
    }
    const learned: Learned = { token: auth.Token ?? '', clientCode: auth.Identifier ?? '' }
    const reads: LiveRead[] = []
    for (const operation of portalReads) {
      if (!options.offered(operation)) {
        reads.push({ operation, outcome: 'not-offered' })
        continue
      }
      const request = requestFor(operation, learned)
      if (typeof request === 'string') {
        reads.push({ operation, outcome: 'skipped', detail: request })
        continue
      }
      const answer = await call(operation, request)
      if (answer.envelope !== undefined) learn(operation, answer.envelope, learned)
      reads.push(
        answer.ok
          ? { operation, outcome: 'permitted', status: Status.Ok, envelope: answer.envelope }
          : failed(operation, answer.error, answer.envelope, secret),
      )
    }
    return { signIn, reads }
  } finally {
    transport.close()
  }
}

function failed(
  operation: OperationName,
  error: unknown,
  envelope: string | undefined,
  secret: (text: string) => string,
): LiveRead {
  const status = error instanceof VettrakError ? error.status : undefined
  const detail = secret(error instanceof Error ? `${error.name}: ${error.message}` : String(error))
  const outcome: ReadOutcome =
    status === Status.NoRecords
      ? 'no-records'
      : status !== undefined && REFUSED.has(status)
        ? 'not-permitted'
        : 'failed'
  return { operation, outcome, status, detail, envelope }
}

/** The request of a read from what is known so far, or why it cannot be made yet. */
function requestFor(operation: OperationName, known: Learned): Record<string, unknown> | string {
  const spec = operations[operation] as OperationSpec
  const request: Record<string, unknown> = {}
  for (const [name, type] of Object.entries(spec.request)) {
    let value: unknown
    if (name === spec.tokenParam) value = known.token
    else if (name === spec.clientParam) value = known.clientCode
    else if (type === 'dateTime?') value = null
    else if (type === 'dateTime') value = /end/i.test(name) ? WINDOW.end : WINDOW.start
    else if (/enro/i.test(name)) value = known.enrolmentId
    else if (/cont/i.test(name)) value = known.contractId
    else if (/status/i.test(name)) value = 0
    else if (/employer/i.test(name)) value = known.employerIdentifier
    else if (/email/i.test(name)) value = known.emailAddress
    if (value === undefined) return `no value for \`${name}\` from the earlier answers`
    request[name] = value
  }
  return request
}

/** Takes ids for later reads from an answer's envelope, whatever its list and item names. */
function learn(operation: OperationName, envelope: string, known: Learned): void {
  const payload = envelope.slice(Math.max(0, envelope.indexOf('</Auth>')))
  const firstId = /<(?:\w+:)?ID>(\d+)</.exec(payload)?.[1]
  const text = (name: string) =>
    new RegExp(`<(?:\\w+:)?${name}>([^<]+)<`).exec(payload)?.[1]?.trim()
  if (/Enrolments/.test(operation) && known.enrolmentId === undefined && firstId)
    known.enrolmentId = Number(firstId)
  if (/Contracts/.test(operation) && known.contractId === undefined && firstId)
    known.contractId = Number(firstId)
  known.employerIdentifier ??= text('Empl_Identifier')
  known.emailAddress ??= text('Clie_Email')
}
