/**
 * @module
 * Which API routes belong to which feature: a route of a feature that is off answers
 * `FEATURE_UNAVAILABLE` before anything is read. Paths are Hono patterns; a trailing `/*` also
 * matches the path itself.
 */
import type { FeatureName } from '@vettrak-portal/contracts'
import type { MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env.ts'
import { AppError, defaultMessage } from '../errors.ts'

export const featureRoutes: readonly (readonly [path: string, feature: FeatureName])[] = [
  ['/api/me/enrolments/*', 'enrolments'],
  ['/api/me/contracts/*', 'contracts'],
  ['/api/me/events', 'events'],
  ['/api/me/invoices', 'invoices'],
  ['/api/me/awards', 'certificates'],
  ['/api/verify', 'certificateVerification'],
  ['/api/me/password-policy', 'passwordChange'],
  ['/api/me/password', 'passwordChange'],
  ['/api/employer', 'employer'],
  ['/api/employer/tree', 'employer'],
  ['/api/employer/sites', 'employer'],
  ['/api/employer/contacts', 'employerContacts'],
  ['/api/employer/trainees/*', 'trainees'],
  ['/api/employer/attention', 'trainees'],
  ['/api/employer/employees', 'employees'],
  ['/api/employer/enrolments', 'employerEnrolments'],
  ['/api/employer/invoices', 'employerInvoices'],
  ['/api/employer/events', 'employerEvents'],
  ['/api/employer/occurrences', 'occurrences'],
  ['/api/staff/*', 'staffClients'],
  ['/api/staff/clients/:code/enrolments/*', 'enrolments'],
  ['/api/staff/clients/:code/contracts/*', 'contracts'],
  ['/api/staff/clients/:code/events', 'events'],
  ['/api/staff/clients/:code/invoices', 'invoices'],
  ['/api/staff/clients/:code/awards', 'certificates'],
]

const patternOf = (path: string) =>
  new RegExp(
    `^${path
      .replace(/\/\*$/, '')
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/:\w+/g, '[^/]+')}${path.endsWith('/*') ? '(?:/.*)?' : ''}$`,
  )
const featurePatterns = featureRoutes.map(([path, feature]) => [patternOf(path), feature] as const)

/** The features whose gate a request to `path` passes (the OpenAPI document lists their 404). */
export function featuresOf(path: string): FeatureName[] {
  return featurePatterns.filter(([pattern]) => pattern.test(path)).map(([, feature]) => feature)
}

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
