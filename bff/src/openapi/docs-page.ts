/**
 * @module
 * The readable API page (`/api/docs`): the OpenAPI document rendered on the server as plain HTML,
 * with a stylesheet from the same origin, so it needs no script and no exception to the CSP.
 */
import type { JsonSchema, OpenApiDocument } from './build-document.ts'

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

const REF_PREFIX = '#/components/schemas/'

const anchorOf = (name: string) => `schema-${name.replace(/\W/g, '-')}`

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** A one-line type of a schema, with links to named schemas. */
function typeOf(schema: JsonSchema): string {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.slice(REF_PREFIX.length)
    return `<a href="#${anchorOf(name)}">${escapeHtml(name)}</a>`
  }
  const variants = schema.anyOf ?? schema.oneOf
  if (Array.isArray(variants)) return variants.filter(isSchema).map(typeOf).join(' | ')
  if (Array.isArray(schema.enum))
    return schema.enum
      .map((value) => `<code>${escapeHtml(JSON.stringify(value))}</code>`)
      .join(' | ')
  if ('const' in schema) return `<code>${escapeHtml(JSON.stringify(schema.const))}</code>`
  if (schema.type === 'array')
    return `array of ${isSchema(schema.items) ? typeOf(schema.items) : 'any'}`
  if (schema.type === 'object' && isSchema(schema.properties)) return 'object'
  if (schema.type === 'object' && isSchema(schema.additionalProperties))
    return `map of ${typeOf(schema.additionalProperties)}`
  const type = typeof schema.type === 'string' ? schema.type : 'any'
  return typeof schema.format === 'string' ? `${type} (${escapeHtml(schema.format)})` : type
}

/** Constraints worth a reader's attention. */
function notesOf(schema: JsonSchema): string {
  const notes: string[] = []
  for (const key of ['minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems'])
    if (typeof schema[key] === 'number' && Math.abs(schema[key]) < 1e15)
      notes.push(`${key} ${String(schema[key])}`)
  if ('default' in schema) notes.push(`default ${JSON.stringify(schema.default)}`)
  if (typeof schema.description === 'string') notes.push(schema.description)
  return escapeHtml(notes.join('; '))
}

/** A schema as a table of fields (objects, nested one level per row) or its type. */
function renderSchema(schema: JsonSchema, depth = 0): string {
  const element = schema.type === 'array' && isSchema(schema.items) ? schema.items : undefined
  const target = element && element.type === 'object' ? element : schema
  if (target.type !== 'object' || !isSchema(target.properties) || depth > 3)
    return `<p class="type">${typeOf(schema)}</p>`
  const required = new Set(Array.isArray(target.required) ? (target.required as string[]) : [])
  const rows = Object.entries(target.properties)
    .filter((entry): entry is [string, JsonSchema] => isSchema(entry[1]))
    .map(([name, property]) => {
      const nested =
        property.type === 'object' ||
        (property.type === 'array' && isSchema(property.items) && property.items.type === 'object')
          ? renderSchema(property, depth + 1)
          : ''
      return `<tr><td><code>${escapeHtml(name)}</code>${required.has(name) ? '' : ' <span class="optional">optional</span>'}</td><td>${typeOf(property)}${nested}</td><td>${notesOf(property)}</td></tr>`
    })
  const caption = target === schema ? '' : '<p class="type">array of:</p>'
  return `${caption}<table><thead><tr><th>field</th><th>type</th><th>notes</th></tr></thead><tbody>${rows.join('')}</tbody></table>`
}

interface Parameter {
  name: string
  in: string
  required: boolean
  schema: JsonSchema
}

interface Operation {
  summary: string
  description: string
  'x-access': string
  parameters?: Parameter[]
  requestBody?: { content: { 'application/json': { schema: JsonSchema } } }
  responses: Record<
    string,
    { description: string; content?: { 'application/json': { schema: JsonSchema } } }
  >
}

function renderOperation(method: string, path: string, operation: Operation): string {
  const parameters = operation.parameters ?? []
  const parameterRows = parameters
    .map(
      (p) =>
        `<tr><td><code>${escapeHtml(p.name)}</code>${p.required ? '' : ' <span class="optional">optional</span>'}</td><td>${p.in}</td><td>${typeOf(p.schema)}</td><td>${notesOf(p.schema)}</td></tr>`,
    )
    .join('')
  const body = operation.requestBody?.content['application/json'].schema
  const responses = Object.entries(operation.responses)
    .map(([status, response]) => {
      const schema = response.content?.['application/json'].schema
      return `<li><strong>${status}</strong> ${escapeHtml(response.description)}${schema ? ` — ${typeOf(schema)}` : ''}</li>`
    })
    .join('')
  return `<section class="operation" id="${escapeHtml(`${method}-${path}`)}">
<h3><span class="method method-${method}">${method.toUpperCase()}</span> <code>${escapeHtml(path)}</code></h3>
<p>${escapeHtml(operation.summary)}. <span class="access access-${escapeHtml(operation['x-access'])}">${escapeHtml(operation['x-access'])}</span> ${escapeHtml(operation.description)}</p>
${parameterRows ? `<h4>Parameters</h4><table><thead><tr><th>name</th><th>in</th><th>type</th><th>notes</th></tr></thead><tbody>${parameterRows}</tbody></table>` : ''}
${body ? `<h4>Request body (JSON)</h4>${renderSchema(body)}` : ''}
<h4>Responses</h4><ul>${responses}</ul>
</section>`
}

/** The whole page. */
export function renderDocsPage(document: OpenApiDocument): string {
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) =>
      renderOperation(method, path, operation as Operation),
    ),
  )
  const schemas = Object.entries(document.components.schemas)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([name, schema]) =>
        `<section class="schema" id="${anchorOf(name)}"><h3>${escapeHtml(name)}</h3>${renderSchema(schema)}</section>`,
    )
  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(document.info.title)} — API</title>
<link rel="stylesheet" href="/api/docs.css">
</head>
<body>
<header><h1>${escapeHtml(document.info.title)} <small>${escapeHtml(document.info.version)}</small></h1>
<p>${escapeHtml(document.info.description)}</p>
<p>The machine-readable document: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${escapeHtml(document.openapi)}).</p></header>
<main>
<h2>Routes</h2>
${operations.join('\n')}
<h2>Schemas</h2>
${schemas.join('\n')}
</main>
</body>
</html>
`
}

/** The page's stylesheet, served from `/api/docs.css` (the CSP allows same-origin styles only). */
export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem 2rem;color:#1b1b1b}
h1 small{font-weight:normal;color:#666;font-size:.6em}
h3{margin-bottom:.3rem}
section{border-top:1px solid #ddd;padding:.5rem 0 1rem}
table{border-collapse:collapse;width:100%;margin:.3rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}
td table{margin-top:.4rem}
code{font-family:ui-monospace,monospace}
.method{display:inline-block;min-width:4.2em;text-align:center;border-radius:3px;color:#fff;font-size:.8em;padding:.1em .4em}
.method-get{background:#1f6feb}.method-post{background:#1a7f37}.method-put{background:#9a6700}.method-delete{background:#cf222e}
.access{border:1px solid #888;border-radius:3px;padding:0 .3em;font-size:.85em}
.optional{color:#666;font-size:.85em}
.type{margin:.2rem 0}
`
