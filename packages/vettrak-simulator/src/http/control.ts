/**
 * @module
 * The control endpoint, for tests, benchmarks and demos on the same machine:
 * `GET|POST|DELETE /__sim/faults`, `GET|POST /__sim/clock`, `POST /__sim/tokens/expire`,
 * `POST /__sim/tokens/forget`, `GET /__sim/health`. JSON in and out; bad input is a 400 with `{ "error": message }`. Only
 * loopback callers are served (403 otherwise).
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { FaultSpecError, parseFaultSpec, type FaultSpec } from '../faults/fault-spec.ts'
import { isLoopbackAddress } from './loopback.ts'
import { readBody } from './read-body.ts'

/** What the control endpoint acts on. */
export interface ControlTarget {
  faults(): FaultSpec
  setFaults(spec: FaultSpec): void
  clearFaults(): void
  advanceClock(seconds: number): void
  clock(): { offsetSeconds: number; now: string }
  /** Only `clientCode`'s tokens when given (e.g. the service account's alone). */
  expireTokens(clientCode?: string): number
  forgetTokens(clientCode?: string): number
  health(): Record<string, unknown>
}

const MAX_CONTROL_BODY = 64 * 1024

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value)
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  })
  response.end(body)
}

class BadRequest extends Error {}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const result = await readBody(request, MAX_CONTROL_BODY)
  if (result.kind === 'too-large') throw new BadRequest('the request body is too large')
  const text = result.body.toString('utf8').trim()
  if (text === '') return {}
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new BadRequest('the request body is not valid JSON')
  }
}

/** The optional `{ "clientCode": "…" }` of a token request: whose tokens, or everyone's. */
async function clientCodeIn(request: IncomingMessage): Promise<string | undefined> {
  const clientCode = ((await readJson(request)) as { clientCode?: unknown }).clientCode
  if (clientCode === undefined) return undefined
  if (typeof clientCode !== 'string' || clientCode === '')
    throw new BadRequest('clientCode must be a client code')
  return clientCode
}

type Route = (request: IncomingMessage, target: ControlTarget) => unknown

const routes: Record<string, Partial<Record<string, Route>>> = {
  '/__sim/faults': {
    GET: (_request, target) => target.faults(),
    POST: async (request, target) => {
      target.setFaults(parseFaultSpec(await readJson(request)))
      return target.faults()
    },
    DELETE: (_request, target) => {
      target.clearFaults()
      return target.faults()
    },
  },
  '/__sim/clock': {
    GET: (_request, target) => target.clock(),
    POST: async (request, target) => {
      const body = await readJson(request)
      const seconds = (body as { advanceSeconds?: unknown }).advanceSeconds
      if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0)
        throw new BadRequest('advanceSeconds must be a number of seconds ≥ 0')
      target.advanceClock(seconds)
      return target.clock()
    },
  },
  '/__sim/tokens/expire': {
    POST: async (request, target) => ({
      expired: target.expireTokens(await clientCodeIn(request)),
    }),
  },
  '/__sim/tokens/forget': {
    POST: async (request, target) => ({
      forgotten: target.forgetTokens(await clientCodeIn(request)),
    }),
  },
  '/__sim/health': {
    GET: (_request, target) => target.health(),
  },
}

/** Answers a request under `/__sim/`. */
export async function handleControl(
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  target: ControlTarget,
): Promise<void> {
  if (!isLoopbackAddress(request.socket.remoteAddress)) {
    sendJson(response, 403, { error: 'the control endpoint answers loopback callers only' })
    request.resume()
    return
  }
  const methods = routes[path]
  if (methods === undefined) {
    sendJson(response, 404, { error: `no control route ${path}` })
    request.resume()
    return
  }
  const route = methods[request.method ?? '']
  if (route === undefined) {
    response.setHeader('Allow', Object.keys(methods).join(', '))
    sendJson(response, 405, { error: `${request.method} is not allowed on ${path}` })
    request.resume()
    return
  }
  try {
    sendJson(response, 200, await route(request, target))
  } catch (error) {
    if (error instanceof FaultSpecError)
      sendJson(response, 400, { error: error.message, problems: error.problems })
    else if (error instanceof BadRequest) sendJson(response, 400, { error: error.message })
    else throw error
  }
}
