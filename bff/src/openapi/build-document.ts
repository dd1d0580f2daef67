/**
 * @module
 * The OpenAPI 3.1 document of the BFF, generated from the route table (`apiSpec`) and the
 * contracts' zod schemas, so it cannot drift from what the BFF validates.
 */
import * as contracts from '@vettrak-portal/contracts'
import { z } from 'zod'
import type { RouteSpec } from '../api-spec.ts'

/** A JSON Schema object as zod emits it. */
export type JsonSchema = Record<string, unknown>

type Io = 'input' | 'output'

/** The contracts' exported schemas by object, named without the `Schema` suffix. */
const contractNames = new Map<unknown, string>(
  Object.entries(contracts)
    .filter(([name, value]) => name.endsWith('Schema') && value instanceof z.ZodType)
    .map(([name, value]) => [value, name.slice(0, -'Schema'.length)]),
)

function toJsonSchema(schema: z.ZodType, io: Io): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, unrepresentable: 'any' })
  return json
}

const ACCESS_DESCRIPTIONS: Record<RouteSpec['access'], string> = {
  public: 'Anyone.',
  'signed-in': 'A signed-in user, for their own records.',
  'employer-contact': 'A signed-in contact of the active employer (or one of its sites).',
  staff: 'A signed-in staff member.',
}

/** Builds the document; `version` is the BFF's. */
export function buildOpenApiDocument(routes: readonly RouteSpec[], version = '0.1.0') {
  const components: Record<string, JsonSchema> = {
    ErrorBody: toJsonSchema(contracts.ErrorBodySchema, 'output'),
  }

  const schemaOf = (schema: z.ZodType, io: Io): JsonSchema => {
    const name = contractNames.get(schema)
    if (name === undefined) return toJsonSchema(schema, io)
    components[name] ??= toJsonSchema(schema, io)
    return { $ref: `#/components/schemas/${name}` }
  }

  const errorResponse = (description: string) => ({
    description,
    content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
  })

  const paths: Record<string, Record<string, unknown>> = {}
  for (const route of routes) {
    const path = route.path.replace(/:(\w+)/g, '{$1}')
    const parameters: unknown[] = [...route.path.matchAll(/:(\w+)/g)].map(([, name]) => ({
      name,
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }))
    if (route.query) {
      const query = toJsonSchema(route.query, 'input')
      const properties = (query.properties ?? {}) as Record<string, JsonSchema>
      const required = new Set((query.required ?? []) as string[])
      for (const [name, schema] of Object.entries(properties))
        parameters.push({ name, in: 'query', required: required.has(name), schema })
    }
    const status = String(route.status ?? 200)
    const responses: Record<string, unknown> = {
      [status]: route.response
        ? {
            description: route.summary,
            content: { 'application/json': { schema: schemaOf(route.response, 'output') } },
          }
        : { description: route.summary },
      '400': errorResponse('The request is not valid (VALIDATION_FAILED).'),
    }
    if (route.body) responses['413'] = errorResponse('The body is too large (PAYLOAD_TOO_LARGE).')
    if (route.access !== 'public') responses['401'] = errorResponse('Not signed in, or expired.')
    if (route.access === 'employer-contact' || route.access === 'staff')
      responses['403'] = errorResponse('Signed in, but not allowed (FORBIDDEN).')
    const features = route.features ?? []
    if (features.length > 0)
      responses['404'] = errorResponse(
        `Turned off: this RTO's VETtrak lacks an operation of ${features.join(' and ')} (FEATURE_UNAVAILABLE).`,
      )
    responses['503'] = errorResponse(
      'VETtrak is not reachable (UPSTREAM_UNAVAILABLE), or the store the instances share is not (SESSION_STORE_UNAVAILABLE).',
    )
    responses['504'] = errorResponse('VETtrak took too long (UPSTREAM_TIMEOUT).')

    const operations = (paths[path] ??= {})
    operations[route.method] = {
      operationId: `${route.method}${route.path
        .replace(/^\/api/, '')
        .replace(/[/:{}-]+(\w)/g, (_match, letter: string) => letter.toUpperCase())}`,
      summary: route.summary,
      description: `Who may call it: ${ACCESS_DESCRIPTIONS[route.access]}`,
      tags: [route.path.split('/')[2] ?? 'api'],
      'x-access': route.access,
      security: route.access === 'public' ? [] : [{ sessionCookie: [] }],
      ...(parameters.length ? { parameters } : {}),
      ...(route.body
        ? {
            requestBody: {
              required: true,
              content: { 'application/json': { schema: schemaOf(route.body, 'input') } },
            },
          }
        : {}),
      responses,
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: 'vettrak-portal BFF',
      version,
      description:
        'The JSON API between the portal SPA and the BFF. Sessions are a sealed, HttpOnly cookie; ' +
        'requests that change state must be same-origin JSON.',
    },
    paths,
    components: {
      schemas: components,
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: '__Host-vtp_session' },
      },
    },
  }
}

/** The OpenAPI document. */
export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>
