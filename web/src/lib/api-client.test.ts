// @vitest-environment node
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import {
  EnrolmentSchema,
  ProfileSchema,
  SessionSchema,
  UnitListSchema,
  type ApiRoute,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ApiError, createApiClient, parseRetryAfter } from './api-client.ts'
import { apiUrl, type ApiUrl } from './api-url.ts'

/** A path of this test's server, typed as the declared route whose answer it stands in for. */
const standIn = <R extends ApiRoute>(_route: R, path: string) => path as ApiUrl<R>
const asSession = (path: string) => standIn(apiRoutes.currentSession, path)
const asEnrolments = (path: string) => standIn(apiRoutes.employerEnrolments, path)

type Route = (request: IncomingMessage, body: string, response: ServerResponse) => void

const session = {
  user: { clientCode: 'LRN0001', givenName: 'Ava', isStaff: false },
  employers: [],
  activeEmployerId: null,
  idleTimeoutSeconds: 1800,
}

const sendJson = (response: ServerResponse, status: number, body: unknown, headers = {}) => {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}

/** More enrolments than one slice of a list holds, the last a bad one when `badAt` is given. */
const enrolments = (count: number, badAt?: number) =>
  Array.from({ length: count }, (_, id) =>
    id === badAt ? { id: 'not a number', deliveryModes: [] } : { id, deliveryModes: ['Online'] },
  )

const routes: Record<string, Route> = {
  'GET /api/many': (_req, _body, res) => sendJson(res, 200, { items: enrolments(1201) }),
  'GET /api/many-one-bad': (_req, _body, res) =>
    sendJson(res, 200, { items: enrolments(1201, 1100) }),
  'GET /api/session': (_req, _body, res) => sendJson(res, 200, session),
  'POST /api/session': (req, body, res) =>
    sendJson(res, 201, {
      ...session,
      echo: { body: JSON.parse(body) as unknown, type: req.headers['content-type'] },
    }),
  'GET /api/broken-shape': (_req, _body, res) => sendJson(res, 200, { user: 'nobody' }),
  'GET /api/throttled': (_req, _body, res) =>
    sendJson(
      res,
      429,
      { error: { code: 'RATE_LIMITED', message: 'Too many attempts' } },
      { 'Retry-After': '90' },
    ),
  'PUT /api/invalid': (_req, _body, res) =>
    sendJson(res, 400, {
      error: {
        code: 'VALIDATION_FAILED',
        message: 'Check the fields',
        fields: { employerId: ['Expected an employer identifier'] },
      },
    }),
  'GET /api/proxy-error': (_req, _body, res) => {
    res.writeHead(502, { 'Content-Type': 'text/html' })
    res.end('<html><body>Bad gateway</body></html>')
  },
  'DELETE /api/session': (_req, _body, res) => {
    res.writeHead(204)
    res.end()
  },
}

let server: Server
let baseUrl: string

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => (body += chunk.toString()))
    request.on('end', () => {
      const route = routes[`${request.method} ${request.url}`]
      if (route) route(request, body, response)
      else sendJson(response, 404, { error: { code: 'NOT_FOUND', message: 'Not found' } })
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

const caught = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected the call to fail')
    },
    (error: unknown) => error as ApiError,
  )

describe('the API client', () => {
  it('parses a success with the contract schema', async () => {
    const api = createApiClient(baseUrl)
    await expect(api.get('/api/session', SessionSchema)).resolves.toEqual(session)
  })

  it('sends writes as JSON, which the BFF requires of same-origin writes', async () => {
    const api = createApiClient(baseUrl)
    const answer = await api.post(
      '/api/session',
      { username: 'a', password: 'b' },
      SessionSchema.passthrough(),
    )
    expect(answer).toMatchObject({
      echo: { body: { username: 'a', password: 'b' }, type: 'application/json' },
    })
  })

  it('answers a 204 with undefined', async () => {
    await expect(createApiClient(baseUrl).delete('/api/session')).resolves.toBeUndefined()
  })

  it('turns the BFF error body into an ApiError with code, message and Retry-After', async () => {
    const error = await caught(
      createApiClient(baseUrl).get(asSession('/api/throttled'), SessionSchema),
    )
    expect(error).toBeInstanceOf(ApiError)
    expect(error).toMatchObject({
      status: 429,
      code: 'RATE_LIMITED',
      message: 'Too many attempts',
      retryAfter: 90,
    })
  })

  it('keeps per-field problems of a validation failure', async () => {
    const error = await caught(
      createApiClient(baseUrl).put(standIn(apiRoutes.chooseEmployer, '/api/invalid'), {
        employerId: 'x',
      }),
    )
    expect(error).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      fields: { employerId: ['Expected an employer identifier'] },
    })
  })

  it('a non-JSON failure (a proxy page) says the portal could not be reached', async () => {
    const error = await caught(
      createApiClient(baseUrl).get(asSession('/api/proxy-error'), SessionSchema),
    )
    expect(error).toMatchObject({ status: 502, code: 'UNREACHABLE' })
    expect(error.message).toMatch(/could not reach the portal/)
  })

  it('a connection refused says the portal could not be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const { port } = closed.address() as AddressInfo
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const error = await caught(
      createApiClient(`http://127.0.0.1:${port}`).get('/api/session', SessionSchema),
    )
    expect(error).toMatchObject({ status: 0, code: 'UNREACHABLE' })
  })

  it('a success that breaks the contract is an error, not bad data on screen', async () => {
    const error = await caught(
      createApiClient(baseUrl).get(asSession('/api/broken-shape'), SessionSchema),
    )
    expect(error).toMatchObject({ status: 200, code: 'UNEXPECTED_RESPONSE' })
  })
})

describe('a list answer', () => {
  it('checks every item, a slice at a time, and keeps them in order', async () => {
    const list = await createApiClient(baseUrl).getList(asEnrolments('/api/many'), EnrolmentSchema)
    expect(list.items).toEqual(enrolments(1201))
  })

  it('an item that breaks the contract in a later slice is an error, as in one answer', async () => {
    const api = createApiClient(baseUrl)
    const error = await caught(api.getList(asEnrolments('/api/many-one-bad'), EnrolmentSchema))
    expect(error).toMatchObject({ status: 200, code: 'UNEXPECTED_RESPONSE' })
    const notAList = await caught(api.getList(asEnrolments('/api/broken-shape'), EnrolmentSchema))
    expect(notAList).toMatchObject({ status: 200, code: 'UNEXPECTED_RESPONSE' })
  })

  it('passes on the BFF’s error', async () => {
    const error = await caught(
      createApiClient(baseUrl).getList(asEnrolments('/api/throttled'), EnrolmentSchema),
    )
    expect(error).toMatchObject({ status: 429, code: 'RATE_LIMITED' })
  })
})

describe('the schema a call takes', () => {
  it('is the one its route declares for the answer; another does not compile', () => {
    // Never called: `tsc` checks these lines (the web typecheck covers tests).
    const calls = (api: ReturnType<typeof createApiClient>) => [
      api.get(apiRoutes.myProfile.path, ProfileSchema),
      api.get(apiUrl(apiRoutes.myEnrolmentUnits, { params: { id: 1 } }), UnitListSchema),
      api.getList(apiUrl(apiRoutes.employerEnrolments), EnrolmentSchema),
      // @ts-expect-error: the profile route answers a profile, not a unit list
      api.get(apiRoutes.myProfile.path, UnitListSchema),
      // @ts-expect-error: the units route answers units, not a profile
      api.get(apiUrl(apiRoutes.myEnrolmentUnits, { params: { id: 1 } }), ProfileSchema),
      // @ts-expect-error: a URL written by hand has no route, so no schema fits it
      api.get(`/api/me/enrolments/${1}/units`, UnitListSchema),
      // @ts-expect-error: a path with parameters is called through apiUrl
      api.get(apiRoutes.myEnrolmentUnits.path, UnitListSchema),
      // @ts-expect-error: the list's items are enrolments
      api.getList(apiUrl(apiRoutes.employerEnrolments), ProfileSchema),
      // @ts-expect-error: nothing is posted to the profile's path
      api.post(apiRoutes.myProfile.path, {}, ProfileSchema),
    ]
    expect(typeof calls).toBe('function')
  })
})

describe('parseRetryAfter', () => {
  it.each([
    [null, undefined],
    ['120', 120],
    [' 5 ', 5],
    ['Mon, 23 Nov 2026 10:01:00 GMT', 60],
    ['Mon, 23 Nov 2026 09:00:00 GMT', 0],
    ['soon', undefined],
  ])('%j is %j seconds', (header, expected) => {
    expect(parseRetryAfter(header, Date.parse('Mon, 23 Nov 2026 10:00:00 GMT'))).toBe(expected)
  })
})
