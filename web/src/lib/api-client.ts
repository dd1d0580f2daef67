import type { ErrorCode } from '@vettrak-portal/contracts'
import type { z } from 'zod'
import { env } from '../config/env.ts'
import type { ItemSchemaOf, ResponseSchemaOf, RouteOf } from './api-url.ts'

/** Codes the SPA gives failures that never reached the BFF's error handler. */
export type ClientErrorCode = 'UNREACHABLE' | 'UNEXPECTED_RESPONSE'

const UNREACHABLE_MESSAGE =
  'We could not reach the portal. Check your internet connection and try again.'

/** A failed API call: the BFF's `{ error: { code, message, fields } }`, or why there was none. */
export class ApiError extends Error {
  override name = 'ApiError'
  readonly status: number
  readonly code: ErrorCode | ClientErrorCode
  readonly fields: Record<string, string[]> | undefined
  /** Seconds to wait before trying again (from `Retry-After`), when the BFF said. */
  readonly retryAfter: number | undefined

  constructor(init: {
    status: number
    code: ErrorCode | ClientErrorCode
    message: string
    fields?: Record<string, string[]> | undefined
    retryAfter?: number | undefined
  }) {
    super(init.message)
    this.status = init.status
    this.code = init.code
    this.fields = init.fields
    this.retryAfter = init.retryAfter
  }
}

/** True for an `ApiError` with one of the given codes. */
export function isApiError(error: unknown, ...codes: ApiError['code'][]): error is ApiError {
  return error instanceof ApiError && (codes.length === 0 || codes.includes(error.code))
}

/** Seconds from a `Retry-After` header (delta-seconds or an HTTP date). */
export function parseRetryAfter(value: string | null, nowMs = Date.now()): number | undefined {
  if (!value) return undefined
  if (/^\d+$/.test(value.trim())) return Number(value.trim())
  const at = Date.parse(value)
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - nowMs) / 1000))
}

type RequestOptions = { signal?: AbortSignal | undefined }

/**
 * The BFF's contracts (zod schemas, and zod under them: about a fifth of the first page's
 * gzipped JavaScript), loaded when first used rather than before the first page shows. What the
 * first page needs (the session guard, the sign-in form, this client's error answers) takes its
 * schemas from here; the pages behind sign-in import the contracts as usual. Not getting them is
 * not reaching the portal.
 */
export function loadContracts() {
  return import('@vettrak-portal/contracts').catch(() => {
    throw new ApiError({ status: 0, code: 'UNREACHABLE', message: UNREACHABLE_MESSAGE })
  })
}

/** Items of a list checked between two yields to the browser: a few milliseconds' work. */
const LIST_SLICE = 500

/**
 * Lets the browser paint and answer input before the next slice of work: `scheduler.yield()` where
 * there is one (it resumes first, without the 4 ms floor of repeated timers), else a timer.
 */
function yieldToBrowser(): Promise<void> {
  const { scheduler } = globalThis as { scheduler?: { yield?: () => Promise<void> } }
  if (scheduler?.yield) return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}

const unexpectedResponse = (status: number) =>
  new ApiError({
    status,
    code: 'UNEXPECTED_RESPONSE',
    message: 'The portal sent an answer this page does not understand. Please reload the page.',
  })

/** One `fetch` wrapper for the BFF's JSON API: parses answers with the contracts' schemas. */
export function createApiClient(baseUrl: string = env.API_BASE_URL) {
  async function send(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    body: unknown,
    options: RequestOptions,
  ): Promise<Response> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    let response: Response
    try {
      response = await globalThis.fetch(baseUrl + path, {
        method,
        headers,
        credentials: 'same-origin',
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: options.signal,
      })
    } catch (error) {
      if (options.signal?.aborted) throw error
      throw new ApiError({ status: 0, code: 'UNREACHABLE', message: UNREACHABLE_MESSAGE })
    }

    if (!response.ok) throw await toApiError(response)
    return response
  }

  async function request<S extends z.ZodType>(
    method: 'GET' | 'POST' | 'PUT' | 'DELETE',
    path: string,
    schema: S | undefined,
    body: unknown,
    options: RequestOptions,
  ): Promise<z.infer<S>> {
    const response = await send(method, path, body, options)
    if (!schema) return undefined as z.infer<S>
    const parsed = schema.safeParse(await readJson(response))
    if (!parsed.success) throw unexpectedResponse(response.status)
    return parsed.data
  }

  /**
   * A list answer (`{ items }`), each item checked with `item` as `get` would, but a slice at a
   * time with the browser free in between: thousands of items are no single long task.
   */
  async function getList<S extends z.ZodType>(
    path: string,
    item: S,
    options: RequestOptions = {},
  ): Promise<{ items: z.infer<S>[] }> {
    const response = await send('GET', path, undefined, options)
    const body = await readJson(response)
    const items =
      typeof body === 'object' && body !== null && 'items' in body ? body.items : undefined
    if (!Array.isArray(items)) throw unexpectedResponse(response.status)
    const slice = item.array()
    const checked: z.infer<S>[] = []
    for (let start = 0; start < items.length; start += LIST_SLICE) {
      if (start > 0) await yieldToBrowser()
      options.signal?.throwIfAborted()
      const parsed = slice.safeParse(items.slice(start, start + LIST_SLICE))
      if (!parsed.success) throw unexpectedResponse(response.status)
      checked.push(...parsed.data)
    }
    return { items: checked }
  }

  // Each URL is a route's (`apiUrl(route, …)`, or `route.path` without parameters), and the
  // schema must be the one that route declares for its answer: another is a type error. The
  // schemas themselves stay arguments, as the declarations carry no zod (see api-url.ts).
  return {
    get: <U extends string, S extends ResponseSchemaOf<RouteOf<U, 'get'>> & z.ZodType>(
      path: U,
      schema: S,
      options: RequestOptions = {},
    ) => request('GET', path, schema, undefined, options),
    getList: <U extends string, S extends ItemSchemaOf<ResponseSchemaOf<RouteOf<U, 'get'>>>>(
      path: U,
      item: S,
      options: RequestOptions = {},
    ) => getList(path, item, options),
    post: <U extends string, S extends ResponseSchemaOf<RouteOf<U, 'post'>> & z.ZodType>(
      path: U,
      body: unknown,
      schema?: S,
    ) => request('POST', path, schema, body ?? {}, {}),
    put: <U extends string, S extends ResponseSchemaOf<RouteOf<U, 'put'>> & z.ZodType>(
      path: U,
      body: unknown,
      schema?: S,
    ) => request('PUT', path, schema, body ?? {}, {}),
    delete: <U extends string, S extends ResponseSchemaOf<RouteOf<U, 'delete'>> & z.ZodType>(
      path: U,
      schema?: S,
    ) => request('DELETE', path, schema, undefined, {}),
  }
}

export type ApiClient = ReturnType<typeof createApiClient>

/** The SPA's API client (same origin unless `VITE_API_BASE_URL` says otherwise). */
export const api = createApiClient()

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text()
  if (!text) return undefined
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'))
  const [{ ErrorBodySchema }, body] = await Promise.all([loadContracts(), readJson(response)])
  const parsed = ErrorBodySchema.safeParse(body)
  if (!parsed.success)
    return new ApiError({
      status: response.status,
      code: 'UNREACHABLE',
      message: UNREACHABLE_MESSAGE,
      retryAfter,
    })
  const { code, message, fields } = parsed.data.error
  return new ApiError({ status: response.status, code, message, fields, retryAfter })
}
