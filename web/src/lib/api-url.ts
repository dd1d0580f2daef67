/**
 * @module
 * The URL of one of the BFF's routes, made from its declaration (`@vettrak-portal/contracts/api-routes`):
 * its path with the parameters filled in, and its query. The parameters are typed from the path and
 * the query from the route's query schema, with nothing of zod loaded to do it. The URL keeps its
 * route in its type, so the API client takes only the schema the route declares for its answer.
 */
import type { ApiRoute, apiRouteSchemas } from '@vettrak-portal/contracts'
import type * as apiRoutes from '@vettrak-portal/contracts/api-routes'
import type { z } from 'zod'

type Routes = typeof apiRoutes
type Schemas = typeof apiRouteSchemas

/** The name the route `R` is declared under. */
type NameOf<R extends ApiRoute> = {
  [N in keyof Routes]: Routes[N] extends R ? (R extends Routes[N] ? N : never) : never
}[keyof Routes]

/** The `:name`s of a path. */
type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | PathParams<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name
    : never

/** A route's query as the SPA gives it: an optional value may be null (left out, as undefined is). */
type QueryOf<R extends ApiRoute> = Schemas[NameOf<R>] extends { query: infer Q extends z.ZodType }
  ? { [K in keyof z.input<Q>]: z.input<Q>[K] | (undefined extends z.input<Q>[K] ? null : never) }
  : never

/** The route an `ApiUrl` was made for; only a type (no such property exists). */
declare const routeOfUrl: unique symbol

/** A URL `apiUrl` made for route `R`: a string that keeps its route in its type. */
export type ApiUrl<R extends ApiRoute> = string & { readonly [routeOfUrl]: R }

/**
 * The `M` route that `url` calls: the route `apiUrl` made it for, or the route of that method
 * whose path it is (a route without parameters may be called by `route.path`). `never` for any
 * other string, so a URL written by hand has no route and no schema fits it.
 */
export type RouteOf<U extends string, M extends ApiRoute['method']> =
  U extends ApiUrl<infer R>
    ? R['method'] extends M
      ? R
      : never
    : string extends U
      ? never
      : [PathParams<U>] extends [never]
        ? {
            [N in keyof Routes]: Routes[N] extends { method: M; path: U } ? Routes[N] : never
          }[keyof Routes]
        : never

/** The schema of route `R`'s answer, as declared in `apiRouteSchemas` (`undefined`: no answer). */
export type ResponseSchemaOf<R extends ApiRoute> = [R] extends [never]
  ? never
  : Schemas[NameOf<R>] extends { response: infer S extends z.ZodType }
    ? S
    : undefined

/** The schema of one item of a list answer (`{ items: [...] }`). */
export type ItemSchemaOf<S> = S extends { shape: { items: z.ZodArray<infer I extends z.ZodType> } }
  ? I
  : never

export type ApiUrlInput<R extends ApiRoute> = ([PathParams<R['path']>] extends [never]
  ? { params?: never }
  : { params: Record<PathParams<R['path']>, string | number> }) &
  ([QueryOf<R>] extends [never] ? { query?: never } : { query?: QueryOf<R> })

/**
 * `route`'s URL (relative to the BFF's origin): each `:name` of its path replaced by the encoded
 * parameter, and the query's values in the order given, those null, undefined or empty left out.
 */
export function apiUrl<R extends ApiRoute>(
  route: R,
  ...[input]: [PathParams<R['path']>] extends [never]
    ? [input?: ApiUrlInput<R>]
    : [input: ApiUrlInput<R>]
): ApiUrl<R> {
  const params: Record<string, string | number> = input?.params ?? {}
  const path = route.path.replace(/:(\w+)/g, (_, name: string) => {
    const value = params[name]
    if (value === undefined) throw new Error(`${route.path} needs its :${name}`)
    return encodeURIComponent(String(value))
  })
  // Every query schema's input is strings (a query string has nothing else).
  const query = (input?.query ?? {}) as Record<string, string | null | undefined>
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(query))
    if (value !== undefined && value !== null && value !== '') search.set(name, value)
  const text = search.toString()
  return (text ? `${path}?${text}` : path) as ApiUrl<R>
}
