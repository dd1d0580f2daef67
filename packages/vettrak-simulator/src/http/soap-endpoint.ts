/**
 * @module
 * Answers `POST /VT_API.asmx`: SOAP 1.1 (`text/xml` + SOAPAction) and SOAP 1.2
 * (`application/soap+xml; action=…`) on one path. Reads the envelope, checks the action against the
 * body's operation, decodes the request, runs it, and writes the answer, with the fault plan's
 * latency and failures applied on the way out. Malformed requests get a SOAP Fault with HTTP 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import {
  Status,
  soapAction,
  type ApiProfile,
  type OperationName,
} from '@vettrak-portal/vettrak-api'
import type { FaultKind } from '../faults/fault-spec.ts'
import type { FaultPlan } from '../faults/fault-plan.ts'
import type { Services } from '../operations/context.ts'
import { runOperation, type ForcedStatus } from '../operations/dispatch.ts'
import { Messages } from '../rules/statuses.ts'
import { decodeRequest } from '../soap/decode-request.ts'
import { contentTypeOf, envelope, faultEnvelope, type SoapVersion } from '../soap/envelope.ts'
import { parseRequest } from '../soap/parse-request.ts'
import { serialiserFor } from '../soap/serialise.ts'
import { SoapFault } from '../soap/soap-fault.ts'
import { readBody } from './read-body.ts'

/** The largest request body accepted (ASMX's default maxRequestLength is 4 MiB; ours is tighter). */
export const MAX_REQUEST_BYTES = 1024 * 1024

export interface SoapEndpointDeps {
  services: Services
  faults: FaultPlan
  /** What the answers carry: every member (`full`) or only what is published. */
  profile: ApiProfile
  /** Runs `send` after `delayMs`, tracked so `close()` can cancel it. */
  schedule(delayMs: number, send: () => void): void
  /** Operations this server does not offer: answered as ASMX answers an unknown operation. */
  without: ReadonlySet<OperationName>
}

const FORCED: Partial<Record<FaultKind, ForcedStatus>> = {
  'db-error': { status: Status.DbError, message: Messages.dbError },
  'missing-registration': {
    status: Status.MissingRegistration,
    message: Messages.missingRegistration,
  },
  unknown: { status: Status.Unknown, message: Messages.unknown },
  'token-expired': { status: Status.Expired, message: Messages.tokenExpired },
}

const HTML_500 =
  '<!DOCTYPE html><html><head><title>500 - Internal server error.</title></head><body>' +
  '<h1>Server Error</h1><h2>500 - Internal server error.</h2>' +
  '<h3>There is a problem with the resource you are looking for, and it cannot be displayed.</h3>' +
  '</body></html>'

/** The SOAP version a content type asks for, and the SOAP 1.2 `action` parameter if present. */
export function soapVersionOf(
  contentType: string | undefined,
): { version: SoapVersion; action: string | undefined } | undefined {
  if (contentType === undefined) return undefined
  const [mediaType = '', ...params] = contentType.split(';').map((part) => part.trim())
  const type = mediaType.toLowerCase()
  if (type === 'text/xml') return { version: '1.1', action: undefined }
  if (type !== 'application/soap+xml') return undefined
  const actionParam = params.find((param) => param.toLowerCase().startsWith('action='))
  return { version: '1.2', action: actionParam?.slice(7) }
}

function unquote(value: string | undefined): string | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim().replace(/^"(.*)"$/, '$1')
  return trimmed === '' ? undefined : trimmed
}

interface Answer {
  status: number
  contentType: string
  body: Buffer
}

function soapAnswer(version: SoapVersion, status: number, xml: string): Answer {
  return { status, contentType: contentTypeOf(version), body: Buffer.from(xml, 'utf8') }
}

function faultAnswer(version: SoapVersion, fault: SoapFault): Answer {
  return soapAnswer(version, 500, faultEnvelope(version, fault.code, fault.message))
}

function answerOperation(
  version: SoapVersion,
  xml: string,
  action: string | undefined,
  deps: SoapEndpointDeps,
): { operation: OperationName | undefined; answer: (failure: FaultKind | undefined) => Answer } {
  let operation: OperationName | undefined
  try {
    const parsed = parseRequest(xml, version)
    if (deps.without.has(parsed.operation))
      throw new SoapFault('Client', `Server did not recognize the operation '${parsed.operation}'.`)
    operation = parsed.operation
    if (action !== undefined && action !== soapAction(parsed.operation))
      throw new SoapFault(
        'Client',
        `Server did not recognize the value of HTTP Header SOAPAction: ${action}.`,
      )
    const request = decodeRequest(parsed, deps.services.timeZone)
    const named = parsed.operation
    return {
      operation,
      answer(failure) {
        if (failure === 'soap-fault')
          throw new SoapFault(
            'Server',
            'Server was unable to process request. ---> Simulated fault.',
          )
        const forced = failure === undefined ? undefined : FORCED[failure]
        const result = runOperation(named, request, deps.services, forced)
        const xml = serialiserFor(deps.profile)(named, result)
        return soapAnswer(version, 200, envelope(version, xml))
      },
    }
  } catch (error) {
    if (!(error instanceof SoapFault)) throw error
    return { operation, answer: () => faultAnswer(version, error) }
  }
}

function send(response: ServerResponse, answer: Answer, failure: FaultKind | undefined): void {
  if (failure === 'reset') {
    response.socket?.destroy()
    return
  }
  if (failure === 'http-500') {
    answer = { status: 500, contentType: 'text/html; charset=utf-8', body: Buffer.from(HTML_500) }
  }
  response.writeHead(answer.status, {
    'Content-Type': answer.contentType,
    'Content-Length': answer.body.length,
    'Cache-Control': 'private, max-age=0',
  })
  if (failure === 'truncate') {
    // The declared length is the whole body; half arrives, then the connection drops.
    const socket = response.socket
    response.write(answer.body.subarray(0, Math.floor(answer.body.length / 2)), () =>
      socket?.destroy(),
    )
    return
  }
  response.end(answer.body)
}

/** Handles one POST to the service path. */
export async function handleSoap(
  request: IncomingMessage,
  response: ServerResponse,
  deps: SoapEndpointDeps,
): Promise<void> {
  const kind = soapVersionOf(request.headers['content-type'])
  if (kind === undefined) {
    request.resume()
    const body =
      'Unsupported Media Type: use text/xml (SOAP 1.1) or application/soap+xml (SOAP 1.2).'
    response.writeHead(415, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    })
    response.end(body)
    return
  }
  const { version } = kind
  const action =
    version === '1.1'
      ? unquote(request.headers.soapaction as string | undefined)
      : unquote(kind.action)
  const read = await readBody(request, MAX_REQUEST_BYTES)
  let operation: OperationName | undefined
  let answer: (failure: FaultKind | undefined) => Answer
  if (read.kind === 'too-large') {
    response.setHeader('Connection', 'close')
    answer = () =>
      faultAnswer(
        version,
        new SoapFault('Client', `Maximum request length exceeded (${MAX_REQUEST_BYTES} bytes).`),
      )
  } else {
    ;({ operation, answer } = answerOperation(version, read.body.toString('utf8'), action, deps))
  }
  const decision = deps.faults.decide(operation)
  let result: Answer
  try {
    result = answer(decision.failure)
  } catch (error) {
    const fault =
      error instanceof SoapFault
        ? error
        : new SoapFault(
            'Server',
            `Server was unable to process request. ---> ${(error as Error).message}`,
          )
    result = faultAnswer(version, fault)
  }
  const deliver = () => send(response, result, decision.failure)
  if (decision.delayMs > 0) deps.schedule(decision.delayMs, deliver)
  else deliver()
}
