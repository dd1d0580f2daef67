/**
 * @module
 * The table of every JSON route, made from the contracts' declarations (`api-routes` and
 * `apiRouteSchemas`): method, path, who may call it, and the schemas of its input and output. The
 * OpenAPI document is generated from it, and the authorisation matrix test walks it, so a route
 * served without a declaration, or declared without a handler, is caught by a test.
 */
import {
  apiRouteSchemas,
  type Access,
  type ApiRoute,
  type ApiRouteName,
  type ApiRouteSchemas,
} from '@vettrak-portal/contracts'
import * as apiRoutes from '@vettrak-portal/contracts/api-routes'

export type { Access }

export interface RouteSpec extends ApiRoute, ApiRouteSchemas {
  name: ApiRouteName
}

/** Every JSON route of the BFF, in the order of `apiRouteSchemas`. */
export const apiSpec: RouteSpec[] = (Object.keys(apiRouteSchemas) as ApiRouteName[]).map(
  (name) => ({ name, ...apiRoutes[name], ...apiRouteSchemas[name] }),
)
