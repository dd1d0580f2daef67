/**
 * Property-based fuzzing of every route in `apiSpec`, signed in as someone the route is for so the
 * input gets past authentication: arbitrary path segments (`..`, `%2e%2e`, `%00`, malformed percent
 * escapes, numbers out of range, unicode, markup), query strings (unknown, repeated and
 * prototype-polluting keys) and JSON bodies (wrong types, deep nesting, huge strings, `__proto__`).
 * With VETtrak healthy, the answer is a success or a documented error, never a 5xx or a trace.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { apiSpec, type Access, type RouteSpec } from '../../src/api-spec.ts'
import { startStack, type Agent, type Stack } from '../harness.ts'
import { cookieOf, expectDocumentedAnswer, rawRequest, signedIn, type Persona } from './support.ts'

/** Runs per route: enough to meet every kind of hostile value, few enough to stay fast. */
const RUNS = 40

/** Path segments written as they go on the wire (already percent-encoded, or deliberately not). */
const RAW_SEGMENTS = [
  '..',
  '.',
  '%2e%2e',
  '%2E%2E',
  '..%2F..%2Fsession',
  '%2F',
  '%00',
  '1%00',
  'VT00000001%00',
  '%',
  '%ZZ',
  '%C0%AE',
  '%FF',
  '%E2%80%AE',
  '1;x=2',
  '1.5',
  '1e3',
  '1E400',
  '-1',
  '0',
  '+1',
  '%201',
  '1%20',
  '0x10',
  '01',
  '2147483647',
  '2147483648',
  '99999999999999999999',
  'NaN',
  'Infinity',
  '__proto__',
  'constructor',
  '%3C%2FsClie_Code%3E%3CsClie_Code%3EVT00000001',
  '%5D%5D%3E%3C!--',
  '%3C!%5BCDATA%5Bx%5D%5D%3E',
  'A'.repeat(4000),
]

/** Values for query parameters and JSON strings. */
const HOSTILE_VALUES = [
  '',
  ' ',
  '..',
  `<>&'"`,
  ']]>',
  '<![CDATA[x]]>',
  '</sToken><sToken>',
  '__proto__',
  '-1',
  '0',
  '1.5',
  '1e3',
  '1E400',
  '99999999999',
  '2026-02-30',
  '2026-13-01',
  '2026-1-1',
  '9999-12-31',
  '0000-01-01',
  '2026-01-01T00:00:00',
  'all',
  'unpaid',
  'paid',
  'NaN',
  '1001',
  '1002',
  '1010',
  '2000',
  '1002 ',
  '01002',
  '\u0000',
  '\ud83e\udd98',
  'x@example.com',
  `a<b>&'"@x]]>`,
  'a'.repeat(3000),
]

const segment = fc.oneof(
  fc.constantFrom(...RAW_SEGMENTS),
  fc.string({ unit: 'grapheme', maxLength: 40 }).map(encodeURIComponent),
  fc.integer().map(String),
  fc.double().map((n) => encodeURIComponent(String(n))),
  fc.bigInt().map(String),
)

const value = fc.oneof(
  fc.constantFrom(...HOSTILE_VALUES),
  fc.string({ unit: 'grapheme', maxLength: 60 }),
  fc.integer().map(String),
  fc.double().map(String),
  fc.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
  fc.stringMatching(/^\d{1,12}$/),
)

const KNOWN_KEYS = ['employerId', 'from', 'to', 'status', 'q']
const key = fc.oneof(
  fc.constantFrom(...KNOWN_KEYS, '__proto__', 'constructor', 'toString', 'employerId[]', 'q[0]'),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
)

/** A query string: encoded pairs, sometimes with raw malformed escapes. */
const query = fc
  .array(
    fc.oneof(
      fc.tuple(key, value).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`),
      fc.constantFrom('employerId=%ZZ', 'q=%', 'from=%00', 'status', '=', '&&', 'q=a%2', 'to=%FF'),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => (pairs.length ? `?${pairs.join('&')}` : ''))

const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)
const objectNested = (depth: number) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth)

/** A request body: JSON of every shape, the route's own fields with wrong types, and non-JSON. */
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
  fc
    .record(
      {
        username: fc.oneof(fc.jsonValue({ maxDepth: 2 }), value),
        password: fc.oneof(fc.jsonValue({ maxDepth: 2 }), value),
        employerId: fc.oneof(fc.jsonValue({ maxDepth: 2 }), value),
        currentPassword: fc.oneof(fc.jsonValue({ maxDepth: 2 }), value),
        newPassword: fc.oneof(fc.jsonValue({ maxDepth: 2 }), value),
      },
      { requiredKeys: [] },
    )
    .map((v) => JSON.stringify(v)),
  fc.integer({ min: 100, max: 7000 }).map(nested),
  fc.integer({ min: 100, max: 3000 }).map(objectNested),
  fc
    .integer({ min: 16 * 1024 - 40, max: 40_000 })
    .map((n) => JSON.stringify({ username: 'a'.repeat(n), password: 'x' })),
  fc.constantFrom(
    '',
    'null',
    '[]',
    '1',
    '"x"',
    '{',
    '{"username":"a","password":"b"',
    '{"__proto__":{"isStaff":true,"polluted":1},"username":"a","password":"b"}',
    '{"constructor":{"prototype":{"polluted":1}},"employerId":"1001"}',
    '{"employerId":"1001","employerId":"2000"}',
    '{"employerId":1001}',
    '{"employerId":["1001"]}',
    '{"employerId":{"toString":"1001"}}',
    '{"currentPassword":"x","newPassword":{"length":1}}',
    '\u0000',
    '\ufeff{"username":"a","password":"b"}',
  ),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
)

const contentType = fc.constantFrom(
  'application/json',
  'application/json; charset=utf-8',
  'APPLICATION/JSON',
  'text/plain',
  'application/x-www-form-urlencoded',
)

/** Who calls a route of each access level, so that the input is checked past authentication. */
const callerOf: Record<Access, Persona | 'anonymous'> = {
  public: 'anonymous',
  'signed-in': 'learner',
  'employer-contact': 'employer',
  staff: 'staff',
}

let stack: Stack
const agents = new Map<string, Agent>()

beforeAll(async () => {
  stack = await startStack()
  // Signed in before any fuzzed sign-in can count against this address's throttle.
  for (const persona of ['learner', 'employer', 'staff'] as const)
    agents.set(persona, await signedIn(stack, persona))
  // Writes get agents of their own, so a fuzzed employer choice cannot move the shared session.
  agents.set('PUT /api/session/employer', await signedIn(stack, 'employer'))
  agents.set('PUT /api/me/password', await signedIn(stack, 'learner'))
})
afterAll(() => stack.close())

const routeKey = (route: RouteSpec) => `${route.method.toUpperCase()} ${route.path}`

function agentFor(route: RouteSpec): Agent | undefined {
  return agents.get(routeKey(route)) ?? agents.get(callerOf[route.access])
}

/** The path with each `:param` replaced by a fuzzed segment. */
function pathWith(route: RouteSpec, segments: string[]) {
  let index = 0
  return route.path.replace(/:\w+/g, () => segments[index++] ?? '1')
}

async function check(route: RouteSpec, path: string, init: { body?: string; type?: string }) {
  const agent = agentFor(route)
  const method = route.method.toUpperCase()
  const response = await rawRequest(stack.url, method, path, {
    cookie: agent ? cookieOf(agent) : undefined,
    body: init.body,
    headers: init.type ? { 'content-type': init.type } : {},
  })
  const context = `${method} ${path.slice(0, 200)} body ${String(init.body).slice(0, 200)}`
  expectDocumentedAnswer(response, context)
  if (response.status === (route.status ?? 200) && route.response)
    expect(route.response.safeParse(response.json).success, context).toBe(true)
}

describe.each(apiSpec.map((route) => [routeKey(route), route] as const))('%s', (_, route) => {
  const params = route.path.match(/:\w+/g)?.length ?? 0
  const hasBody = route.method !== 'get'

  it('hostile paths and query strings get a success or a documented error, never a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { minLength: params, maxLength: params }), query, (s, q) =>
        check(route, pathWith(route, s) + q, {}),
      ),
      { numRuns: RUNS },
    )
  })

  if (hasBody)
    it('hostile JSON bodies get a success or a documented error, never a 5xx', async () => {
      await fc.assert(
        fc.asyncProperty(body, contentType, (b, type) =>
          check(route, route.path, { body: b, type }),
        ),
        { numRuns: RUNS * 2 },
      )
    })
})

describe('after all that', () => {
  it('no request polluted the prototype of every object', () => {
    const probe: Record<string, unknown> = {}
    expect(probe.isStaff).toBeUndefined()
    expect(probe.polluted).toBeUndefined()
    expect(Object.keys(Object.prototype)).toEqual([])
  })

  it('the BFF logged no request as failed on its side', () => {
    const failed = stack.logLines.filter((line) => line.includes('request failed'))
    expect(failed).toEqual([])
  })

  it('the signed-in people are still signed in as themselves', async () => {
    for (const persona of ['learner', 'employer', 'staff'] as const) {
      const response = await (agents.get(persona) as Agent).get('/api/session')
      expect(response.status).toBe(200)
    }
  })
})
