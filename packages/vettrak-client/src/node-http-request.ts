/**
 * @module
 * The HTTP exchange under soap, made with Node's own `http`/`https` over our keep-alive agents in
 * place of soap's default axios instance (about a tenth of the BFF's CPU on small calls). It takes
 * the request soap builds (URL, method, headers, body, agents, abort signal) and answers with what
 * soap reads of an axios response (status, headers, body as text), never rejecting on an HTTP
 * status, as soap asks of axios (`validateStatus: null`). A failure to connect, a connection cut
 * before the answer ends and an abort reject with Node's error, whose `code` says which.
 */
import http from 'node:http'
import https from 'node:https'
import type { Readable } from 'node:stream'
import zlib from 'node:zlib'

/** The part of soap's axios request options this honours. */
export interface SoapHttpRequest {
  url: string | URL
  method: string
  headers: Record<string, string | number>
  data?: string | Buffer | null
  signal?: AbortSignal
  /** Milliseconds without any activity on the socket (soap's `wsdl_options.timeout`). */
  timeout?: number
  httpAgent?: http.Agent
  httpsAgent?: https.Agent
  /**
   * Receives the request as it starts, for a caller that cancels by destroying it (cheaper than
   * an abort signal, which costs a listener on every request).
   */
  onRequest?: (request: http.ClientRequest) => void
}

/** The part of an axios response soap reads. */
export interface SoapHttpResponse {
  status: number
  statusText: string
  headers: http.IncomingHttpHeaders
  data: string
  config: { headers: Record<string, string | number> }
}

/** Undoes a `Content-Encoding` VETtrak (or a proxy in front of it) may apply anyway. */
function decoded(response: http.IncomingMessage): Readable {
  switch (response.headers['content-encoding']?.trim().toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(zlib.createGunzip())
    case 'deflate':
      return response.pipe(zlib.createInflate())
    case 'br':
      return response.pipe(zlib.createBrotliDecompress())
    default:
      return response
  }
}

/** Sends one request; resolves with the whole answer as UTF-8 text, whatever its status. */
export function nodeHttpRequest(options: SoapHttpRequest): Promise<SoapHttpResponse> {
  return new Promise((resolve, reject) => {
    const url = typeof options.url === 'string' ? new URL(options.url) : options.url
    const secure = url.protocol === 'https:'
    const request = (secure ? https : http).request(url, {
      method: options.method,
      headers: options.headers,
      agent: secure ? options.httpsAgent : options.httpAgent,
      signal: options.signal,
    })
    options.onRequest?.(request)
    if (options.timeout)
      request.setTimeout(options.timeout, () =>
        request.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })),
      )
    request.once('error', reject)
    request.once('response', (response) => {
      const body = decoded(response)
      const chunks: Buffer[] = []
      body.on('data', (chunk: Buffer) => chunks.push(chunk))
      body.once('error', reject)
      // A connection cut mid-answer: 'aborted' comes with or without an 'error', never an 'end'.
      response.once('aborted', () =>
        reject(Object.assign(new Error('the answer was cut short'), { code: 'ECONNRESET' })),
      )
      if (body !== response) response.once('error', reject)
      body.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          statusText: response.statusMessage ?? '',
          headers: response.headers,
          data: Buffer.concat(chunks).toString('utf8'),
          config: { headers: options.headers },
        }),
      )
    })
    request.end(options.data ?? undefined)
  })
}
