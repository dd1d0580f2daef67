/**
 * @module
 * The simulator's request router on plain `node:http`: the SOAP endpoint and its WSDL on
 * `/VT_API.asmx` (path matched case-insensitively, as IIS does), and the control endpoint on `/__sim/`.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http'
import { generateWsdl, operationNames } from '@vettrak-portal/vettrak-api'
import { handleControl, type ControlTarget } from './control.ts'
import { handleSoap, type SoapEndpointDeps } from './soap-endpoint.ts'

export const SERVICE_PATH = '/VT_API.asmx'

const WSDL_CACHE_LIMIT = 32

function sendText(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) })
  response.end(body)
}

function servicePage(without: ReadonlySet<string>): string {
  const items = operationNames
    .filter((name) => !without.has(name))
    .map((name) => `<li>${name}</li>`)
    .join('')
  return `<!DOCTYPE html><html><head><title>VT_API Web Service (simulator)</title></head><body><h1>VT_API</h1><p>The following operations are supported. For a formal definition, please review the <a href="${SERVICE_PATH}?WSDL">Service Description</a>.</p><ul>${items}</ul></body></html>`
}

/** Creates the listener that routes every request of the simulator. */
export function createRequestListener(
  soap: SoapEndpointDeps,
  control: ControlTarget,
  onError: (error: unknown) => void,
): RequestListener {
  const wsdlByHost = new Map<string, string>()
  const wsdlFor = (host: string) => {
    let wsdl = wsdlByHost.get(host)
    if (wsdl === undefined) {
      if (wsdlByHost.size >= WSDL_CACHE_LIMIT) wsdlByHost.clear()
      wsdl = generateWsdl(`http://${host}${SERVICE_PATH}`, {
        without: [...soap.without],
        profile: soap.profile,
      })
      wsdlByHost.set(host, wsdl)
    }
    return wsdl
  }

  const route = async (request: IncomingMessage, response: ServerResponse) => {
    const url = request.url ?? '/'
    const queryAt = url.indexOf('?')
    const path = queryAt < 0 ? url : url.slice(0, queryAt)
    const query = queryAt < 0 ? '' : url.slice(queryAt + 1)
    if (path.startsWith('/__sim/')) return handleControl(request, response, path, control)
    if (path.toLowerCase() !== SERVICE_PATH.toLowerCase()) {
      request.resume()
      return sendText(response, 404, 'text/plain; charset=utf-8', 'Not Found')
    }
    if (request.method === 'POST') return handleSoap(request, response, soap)
    request.resume()
    if (request.method === 'GET' || request.method === 'HEAD') {
      if (query.toLowerCase() === 'wsdl')
        return sendText(
          response,
          200,
          'text/xml; charset=utf-8',
          wsdlFor(request.headers.host ?? 'localhost'),
        )
      return sendText(response, 200, 'text/html; charset=utf-8', servicePage(soap.without))
    }
    response.setHeader('Allow', 'GET, HEAD, POST')
    return sendText(response, 405, 'text/plain; charset=utf-8', 'Method Not Allowed')
  }

  return (request, response) => {
    route(request, response).catch((error: unknown) => {
      onError(error)
      if (!response.headersSent)
        sendText(response, 500, 'text/plain; charset=utf-8', 'Internal Server Error')
      else response.destroy()
    })
  }
}
