/**
 * @module
 * `/api/openapi.json` (the OpenAPI document) and `/api/docs` (the same, readable), built once.
 */
import { Hono } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { apiSpec } from '../api-spec.ts'
import { buildOpenApiDocument } from '../openapi/build-document.ts'
import { DOCS_CSS, renderDocsPage } from '../openapi/docs-page.ts'

/** The API description routes (public: they describe the API and hold nothing secret). */
export function openApiRoutes() {
  const document = buildOpenApiDocument(apiSpec)
  const page = renderDocsPage(document)
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => c.json(document))
    .get('/docs', (c) => c.html(page))
    .get('/docs.css', (c) => c.body(DOCS_CSS, 200, { 'Content-Type': 'text/css; charset=utf-8' }))
}
