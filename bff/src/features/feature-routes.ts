/**
 * @module
 * Which API routes belong to which feature, from each route's declaration (`features` in
 * `apiRouteSchemas`): a route of a feature that is off answers `FEATURE_UNAVAILABLE` before
 * anything is read.
 */
import type { FeatureName } from '@vettrak-portal/contracts'
import type { MiddlewareHandler } from 'hono'
import { apiSpec } from '../api-spec.ts'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'

/** Each declared path with a feature it needs (Hono patterns; a path once per feature). */
export const featureRoutes: readonly (readonly [path: string, feature: FeatureName])[] = [
  ...new Map(
    apiSpec.flatMap(({ path, features = [] }) =>
      features.map((feature) => [`${path} ${feature}`, [path, feature] as const] as const),
    ),
  ).values(),
]

/** Refuses the request with `FEATURE_UNAVAILABLE` while `feature` is off. */
export function requireFeature(
  isOn: (feature: FeatureName) => boolean,
  feature: FeatureName,
): MiddlewareHandler<AppEnv> {
  return async (_c, next) => {
    if (!isOn(feature))
      throw new AppError('FEATURE_UNAVAILABLE', defaultMessage('FEATURE_UNAVAILABLE'))
    await next()
  }
}
