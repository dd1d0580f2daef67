/**
 * @module
 * The only module that calls the `soap` package (`request-template.ts` borrows its escaping). It
 * reads the WSDL once, reuses one soap client over a capped keep-alive pool, calls operations on
 * the SOAP 1.1 port, and turns every soap or network failure into a `SoapTransportError` that
 * carries no request data (soap's errors carry the whole envelope, token included).
 *
 * soap writes every request from the WSDL, but once per operation and shape of arguments
 * (`request-template.ts`): the envelope it writes with placeholder values becomes a template, and
 * each call fills in its values as soap would write them and sends it with Node's http. soap's own
 * call path (envelope, HTTP client, parse) cost about 0.3 ms of CPU on every small call.
 *
 * A 2xx answer that is the operation's response is read by `response-xml.ts` (soap's parser blocks
 * the event loop ~300 ms on a 5,000-item answer). Anything else (faults, HTML, bodies that do not
 * parse, failed exchanges) is handed to soap's call path as it came, without sending again, so
 * failures are classified exactly as before.
 */
import http from 'node:http'
import https from 'node:https'
import {
  HttpClient,
  createClientAsync,
  type Client,
  type IExOptions,
  type IHeaders,
  type IOptions,
} from 'soap'
import { nodeHttpRequest, type SoapHttpResponse } from './node-http-request.ts'
import { createRequestTemplates, type BuiltRequest } from './request-template.ts'
import { readOperationResponse } from './response-xml.ts'
import { guardTextValues } from './xml-text-guard.ts'

/** How one exchange failed, before the caller knows which operation to blame. */
export type TransportFailure =
  | 'aborted'
  | 'timeout'
  | 'network'
  | 'http-error'
  | 'soap-fault'
  /** A SOAP fault saying this VETtrak does not have the operation at all. */
  | 'unknown-operation'
  | 'malformed-response'
  | 'wsdl'

/**
 * ASMX's fault for an operation the service does not have (the SOAPAction, or the body's element,
 * names nothing it knows). Unlike other faults it will not pass: this VETtrak lacks the operation.
 */
const UNKNOWN_OPERATION_FAULT = /did not recognize the (value of HTTP Header SOAPAction|operation)/i

/** A failed exchange, stripped of everything soap attached to it. */
export class SoapTransportError extends Error {
  override name = 'SoapTransportError'
  constructor(
    readonly failure: TransportFailure,
    message: string,
    readonly httpStatus?: number,
  ) {
    super(message)
  }
}

/** Options of the transport. */
export interface SoapTransportOptions {
  /** An http(s) URL of the WSDL, or a local file path. */
  wsdl: string
  endpoint: string
  timeoutMs: number
  maxSockets?: number
  /** Receives the raw XML of each exchange (the response with its request); the caller redacts it. */
  onDebug?: (direction: 'request' | 'response', xml: string, request: string) => void
}

/** What an exchange produced: soap's parsed `<Op>Response` element. */
export interface SoapExchange {
  response: unknown
  httpStatus: number | undefined
}

/** A transport bound to one VETtrak server. */
export interface SoapTransport {
  /**
   * Calls `operation` on the SOAP 1.1 port with `args` in element order. Without a `signal`
   * nothing listens for an abort: calls must not share one signal only to have a listener each.
   */
  call(
    operation: string,
    args: Record<string, unknown>,
    signal?: AbortSignal,
  ): Promise<SoapExchange>
  /** Reads the WSDL now (it is otherwise read on the first call). */
  ready(): Promise<void>
  /** Closes the pooled connections. */
  close(): void
}

type SoapCallback = (error: unknown, result: unknown) => void
type SoapMethod = (args: unknown, callback: SoapCallback, options: object) => void

/** Strings stay exactly as sent; dates and decimals are mapped by our normaliser, not soap. */
const asSentText = (text: string) => text
const customDeserializer = { dateTime: asSentText, date: asSentText, decimal: asSentText }

/** What soap parses in place of an answer we have already read: an empty SOAP 1.1 body. */
const STUB_ANSWER =
  '<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body/></soap:Envelope>'

/** Per-exchange bookkeeping between a call and soap's HTTP client. */
interface Exchange {
  operation: string
  status?: number | undefined
  /** The `<Op>Response` read by `response-xml.ts`; unset when soap parsed the answer. */
  response?: unknown
  /** The request XML, for the debug hook. */
  request?: string
}

/**
 * What an exchange made outside soap produced, handed to soap's call path in place of sending (so
 * soap classifies it as if it had made the exchange itself): Node's error, or the answer whose body
 * soap's HTTP client has already trimmed (`handleResponse`).
 */
type Outcome = { error: unknown } | { answer: SoapHttpResponse }

/** Creates a transport; nothing is fetched until the first call or `ready()`. */
export function createSoapTransport(options: SoapTransportOptions): SoapTransport {
  const maxSockets = options.maxSockets ?? 32
  const httpAgent = new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: 8 })
  const httpsAgent = new https.Agent({ keepAlive: true, maxSockets, maxFreeSockets: 8 })
  const exchanges = new Map<string, Exchange>()
  const httpClient = new PooledHttpClient({ httpAgent, httpsAgent }, (exchangeId, status, body) => {
    const exchange = exchanges.get(exchangeId)
    if (!exchange) return body
    exchange.status = status
    if (typeof body !== 'string') return body
    options.onDebug?.('response', body, exchange.request ?? '')
    if (status === undefined || status < 200 || status >= 300) return body
    const response = readOperationResponse(body, exchange.operation)
    if (response === undefined) return body
    exchange.response = response
    return STUB_ANSWER
  })
  let clientPromise: Promise<{ client: Client; methods: Map<string, SoapMethod> }> | undefined
  let exchangeCount = 0
  const templates = createRequestTemplates()

  const load = async () => {
    const client = await createClientAsync(options.wsdl, {
      disableCache: true,
      preserveWhitespace: true,
      customDeserializer,
      endpoint: options.endpoint,
      httpClient,
      wsdl_options: { timeout: options.timeoutMs },
    }).catch((error: unknown) => {
      throw new SoapTransportError('wsdl', `could not read the WSDL: ${describeLoadError(error)}`)
    })
    if (options.onDebug) {
      const onDebug = options.onDebug
      // Only for exchanges soap sends itself (a call without a template); the others are logged
      // where they are sent.
      client.on('request', (xml: string, eid: string) => {
        const exchange = exchanges.get(eid)
        if (!exchange) return
        exchange.request = xml
        onDebug('request', xml, xml)
      })
    }
    return { client, methods: soap11Methods(client) }
  }

  /** The loaded client, once loaded (calls then need not wait for a settled promise). */
  let client: Awaited<ReturnType<typeof load>> | undefined
  const loaded = () => {
    clientPromise ??= load().then(
      (ready) => (client = ready),
      (error: unknown) => {
        clientPromise = undefined
        throw error
      },
    )
    return clientPromise
  }

  /** soap writes the request for `args` without sending it; resolves with what it would send. */
  const dryRun = (method: SoapMethod, args: Record<string, unknown>) =>
    new Promise<BuiltRequest>((resolve, reject) => {
      let built: BuiltRequest | undefined
      const keep = (request: BuiltRequest) => (built = request)
      const done = (error: unknown) =>
        built ? resolve(built) : reject(error instanceof Error ? error : new Error('no request'))
      method(args, done, { dryRun: keep })
    })

  /** soap's own call path: soap writes, sends and reads the exchange (no template for the shape). */
  const callThroughSoap = async (
    method: SoapMethod,
    operation: string,
    args: Record<string, unknown>,
    signal: AbortSignal | undefined,
  ): Promise<SoapExchange> => {
    const exchangeId = `vt-${++exchangeCount}`
    const exchange: Exchange = { operation }
    exchanges.set(exchangeId, exchange)
    const combined = new AbortController()
    const timeout = { aborted: false }
    const timer = setTimeout(() => {
      timeout.aborted = true
      combined.abort()
    }, options.timeoutMs)
    const onAbort = () => combined.abort()
    if (signal?.aborted) combined.abort()
    else signal?.addEventListener('abort', onAbort, { once: true })
    try {
      const parsedBySoap = await throughSoap(method, args, signal, timeout, {
        signal: combined.signal,
        exchangeId,
      })
      const response = 'response' in exchange ? exchange.response : parsedBySoap
      return { response, httpStatus: exchange.status }
    } finally {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      exchanges.delete(exchangeId)
    }
  }

  return {
    async ready() {
      await loaded()
    },
    async call(operation, args, signal) {
      const { methods } = client ?? (await loaded())
      const method = methods.get(operation)
      if (!method)
        throw new SoapTransportError('wsdl', `the WSDL has no SOAP 1.1 operation ${operation}`)
      const guarded = guardTextValues(args)
      const found = templates.get(operation, guarded, (dryArgs) => dryRun(method, dryArgs))
      const template = found instanceof Promise ? await found : found
      if (!template) return callThroughSoap(method, operation, guarded, signal)
      // One timer per call, and the request destroyed on a timeout or abort: an AbortController
      // with a signal on the request costs more per call.
      const timeout = { aborted: false }
      let request: http.ClientRequest | undefined
      const cancel = () => request?.destroy(abortError())
      const timer = setTimeout(() => {
        timeout.aborted = true
        cancel()
      }, options.timeoutMs)
      signal?.addEventListener('abort', cancel, { once: true })
      const viaSoap = (outcome: Outcome) =>
        throughSoap(method, guarded, signal, timeout, { outcome })
      try {
        if (signal?.aborted)
          return { response: await viaSoap({ error: abortError() }), httpStatus: undefined }
        const xml = template.render(guarded)
        options.onDebug?.('request', xml, xml)
        let answer: SoapHttpResponse
        try {
          // Members written out rather than spread: V8 defines each member that follows a spread
          // with a call into its runtime (docs/benchmarks.md, section 7).
          const built = template.request
          answer = await nodeHttpRequest({
            url: built.url,
            method: built.method,
            headers: Object.assign({}, built.headers, { 'Content-Length': Buffer.byteLength(xml) }),
            data: xml,
            httpAgent,
            httpsAgent,
            onRequest: (started) => (request = started),
          })
        } catch (error) {
          const status = readStatus(field(error, 'response'))
          return { response: await viaSoap({ error }), httpStatus: status }
        }
        answer.data = httpClient.handleResponse(
          undefined as never,
          answer as never,
          answer.data,
        ) as string
        options.onDebug?.('response', answer.data, xml)
        if (answer.status >= 200 && answer.status < 300) {
          const response = readOperationResponse(answer.data, operation)
          if (response !== undefined) return { response, httpStatus: answer.status }
        }
        return { response: await viaSoap({ answer }), httpStatus: answer.status }
      } finally {
        clearTimeout(timer)
        signal?.removeEventListener('abort', cancel)
      }
    },
    close() {
      httpAgent.destroy()
      httpsAgent.destroy()
    },
  }
}

/**
 * soap's HTTP client with our keep-alive agents on every request (WSDL included), sent with Node's
 * own http rather than soap's axios (`node-http-request.ts`). Each exchange's
 * HTTP status and body go to `onAnswer` (soap does not pass the status to a successful call's
 * callback), whose return value is the body soap then parses.
 */
class PooledHttpClient extends HttpClient {
  constructor(
    private readonly agents: { httpAgent: http.Agent; httpsAgent: https.Agent },
    private readonly onAnswer: (
      exchangeId: string,
      status: number | undefined,
      body: unknown,
    ) => unknown,
  ) {
    // soap calls `request(options)` as it would an axios instance, and reads only what
    // `nodeHttpRequest` answers.
    super({ request: nodeHttpRequest as unknown as IOptions['request'] })
  }

  override buildRequest(
    rurl: string,
    data: unknown,
    exheaders?: IHeaders,
    exoptions?: IExOptions,
  ): Record<string, unknown> {
    const built = super.buildRequest(rurl, data, exheaders, exoptions) as Record<string, unknown>
    return { ...built, ...this.agents }
  }

  override request(
    rurl: string,
    data: unknown,
    callback: (error: unknown, res?: unknown, body?: unknown) => unknown,
    exheaders?: IHeaders,
    exoptions?: IExOptions,
  ): ReturnType<HttpClient['request']> {
    const dryRun = field(exoptions, 'dryRun')
    if (typeof dryRun === 'function') {
      const { dryRun: _, ...rest } = exoptions ?? {}
      ;(dryRun as (request: BuiltRequest) => void)(
        this.buildRequest(rurl, data, exheaders, rest) as unknown as BuiltRequest,
      )
      callback(new Error('not sent: a dry run'))
      return Promise.resolve() as unknown as ReturnType<HttpClient['request']>
    }
    // An exchange already made (`Outcome`): soap reads it as if its own request had made it.
    const outcome = field(exoptions, 'outcome') as Outcome | undefined
    if (outcome) {
      if ('error' in outcome) callback(outcome.error)
      else callback(null, outcome.answer, outcome.answer.data)
      return Promise.resolve() as unknown as ReturnType<HttpClient['request']>
    }
    const exchangeId = field(exoptions, 'exchangeId')
    return super.request(
      rurl,
      data,
      (error: unknown, res?: unknown, body?: unknown) => {
        const status = readStatus(res ?? field(error, 'response'))
        const answer =
          typeof exchangeId === 'string' && !error ? this.onAnswer(exchangeId, status, body) : body
        if (typeof exchangeId === 'string' && error) this.onAnswer(exchangeId, status, undefined)
        return callback(error, res, answer)
      },
      exheaders,
      exoptions,
    )
  }
}

/** The methods of the SOAP 1.1 port (`VT_APISoap` on an ASMX service), by operation name. */
function soap11Methods(client: Client): Map<string, SoapMethod> {
  const definitions = client.wsdl.definitions as unknown as {
    services: Record<string, { ports: Record<string, unknown> }>
  }
  const tree = client as unknown as Record<string, Record<string, Record<string, unknown>>>
  for (const [serviceName, service] of Object.entries(definitions.services)) {
    const portNames = Object.keys(service.ports)
    const portName =
      portNames.find((name) => name === 'VT_APISoap') ?? portNames.find((name) => !/12$/.test(name))
    const port = portName === undefined ? undefined : tree[serviceName]?.[portName]
    if (!port) continue
    const methods = new Map<string, SoapMethod>()
    for (const [name, method] of Object.entries(port))
      if (typeof method === 'function') methods.set(name, method as SoapMethod)
    return methods
  }
  throw new SoapTransportError('wsdl', 'the WSDL defines no SOAP 1.1 port')
}

function readStatus(response: unknown): number | undefined {
  if (typeof response !== 'object' || response === null || !('status' in response)) return undefined
  return typeof response.status === 'number' ? response.status : undefined
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null
    ? (value as Record<string, unknown>)[key]
    : undefined
}

/**
 * soap's call path for `method` (sending, or reading an `Outcome` made outside it, as `exoptions`
 * say): settles with what soap parsed, or a failure classified without its request data.
 */
function throughSoap(
  method: SoapMethod,
  args: Record<string, unknown>,
  signal: AbortSignal | undefined,
  timeout: { aborted: boolean },
  exoptions: object,
): Promise<unknown> {
  return new Promise((resolve, reject) => {
    method(
      args,
      (error, result) => (error ? reject(classify(error, signal, timeout)) : resolve(result)),
      exoptions,
    )
  })
}

/** What a destroyed request rejects with; `classify` tells an abort from a timeout by its flags. */
function abortError(): Error {
  return Object.assign(new Error('the call was aborted'), { name: 'AbortError', code: 'ABORT_ERR' })
}

/** Maps a soap/axios failure to a failure kind; the original error (and its request) is dropped. */
function classify(
  error: unknown,
  signal: AbortSignal | undefined,
  timeout: { aborted: boolean },
): SoapTransportError {
  if (signal?.aborted) return new SoapTransportError('aborted', 'the call was aborted')
  if (timeout.aborted) return new SoapTransportError('timeout', 'VETtrak did not answer in time')
  const response = field(error, 'response')
  const httpStatus = readStatus(response)
  const fault = field(field(field(field(error, 'root'), 'Envelope'), 'Body'), 'Fault')
  if (fault !== undefined) {
    const faultString = field(fault, 'faultstring') ?? field(field(fault, 'Reason'), 'Text')
    const text = typeof faultString === 'string' ? `: ${faultString}` : ''
    const failure = UNKNOWN_OPERATION_FAULT.test(text) ? 'unknown-operation' : 'soap-fault'
    return new SoapTransportError(failure, `VETtrak answered with a SOAP fault${text}`, httpStatus)
  }
  if (field(error, 'Fault') !== undefined)
    return new SoapTransportError(
      'malformed-response',
      'VETtrak sent XML that does not parse',
      httpStatus,
    )
  if (httpStatus !== undefined && httpStatus >= 400)
    return new SoapTransportError('http-error', `VETtrak answered HTTP ${httpStatus}`, httpStatus)
  if (response !== undefined)
    return new SoapTransportError(
      'malformed-response',
      'VETtrak sent an unreadable answer',
      httpStatus,
    )
  const code = field(error, 'code')
  const codeText = typeof code === 'string' ? ` (${code})` : ''
  return new SoapTransportError('network', `could not reach VETtrak${codeText}`)
}

function describeLoadError(error: unknown): string {
  const code = field(error, 'code')
  const status = readStatus(field(error, 'response'))
  if (typeof code === 'string') return code
  if (status !== undefined) return `HTTP ${status}`
  return error instanceof Error
    ? (error.message.split('\n')[0] ?? 'unknown error')
    : 'unknown error'
}
