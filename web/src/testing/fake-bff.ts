import { allFeaturesOn } from '@vettrak-portal/contracts'
import { vi } from 'vitest'

export interface FakeRequest {
  method: string
  url: URL
  headers: Headers
  body: unknown
}
export type Handler = (request: FakeRequest) => Response | Promise<Response>

/** A JSON response, as the BFF sends it. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  })
}

/** The BFF's error body. */
export function apiError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
) {
  return json({ error: { code, message } }, status, headers)
}

/**
 * Stands in for the BFF at the network edge (the global `fetch`): each `"METHOD /path"` answers
 * with its handler, anything else with the BFF's 404. The SPA's own code runs unchanged.
 */
export function fakeBff(routes: Record<string, Handler | Response>) {
  const table = new Map(Object.entries(routes))
  table.set(
    'GET /api/meta',
    table.get('GET /api/meta') ??
      json({ demo: false, demoAccounts: [], features: allFeaturesOn() }),
  )
  const requests: FakeRequest[] = []

  const fetch = async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    const url = new URL(href, 'http://localhost')
    const method = (init.method ?? 'GET').toUpperCase()
    const request: FakeRequest = {
      method,
      url,
      headers: new Headers(init.headers),
      body: typeof init.body === 'string' ? (JSON.parse(init.body) as unknown) : undefined,
    }
    requests.push(request)
    const answer = table.get(`${method} ${url.pathname}`)
    if (!answer) return apiError(404, 'NOT_FOUND', 'Not found')
    return answer instanceof Response ? answer.clone() : answer(request)
  }
  vi.stubGlobal('fetch', vi.fn(fetch))

  return {
    requests,
    /** Changes what a route answers from now on. */
    on(route: string, answer: Handler | Response) {
      table.set(route, answer)
    },
  }
}
