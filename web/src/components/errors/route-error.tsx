import { isRouteErrorResponse, useRevalidator, useRouteError } from 'react-router'
import { ApiError } from '../../lib/api-client.ts'
import { Page } from '../layout/page.tsx'
import { ErrorBanner } from '../ui/error-banner.tsx'
import { FeatureUnavailablePage, ForbiddenPage, NotFoundPage } from './status-page.tsx'

/** The error element of the routes inside the app shell: the shell stays, the page explains. */
export function RouteError() {
  const error = useRouteError()
  const revalidator = useRevalidator()
  const status = isRouteErrorResponse(error)
    ? error.status
    : error instanceof ApiError
      ? error.status
      : undefined

  if (error instanceof ApiError && error.code === 'FEATURE_UNAVAILABLE')
    return <FeatureUnavailablePage />
  if (status === 403) return <ForbiddenPage />
  if (status === 404) return <NotFoundPage />

  const retry = () => void revalidator.revalidate()
  const retrying = revalidator.state === 'loading'
  if (error instanceof ApiError && (error.status >= 500 || error.code === 'UNREACHABLE'))
    return (
      <Page title="We could not load this page">
        <ErrorBanner
          title={upstreamTitle(error)}
          message={error.message}
          onRetry={retry}
          isRetrying={retrying}
        />
      </Page>
    )

  return (
    <Page title="Something went wrong">
      <ErrorBanner
        message="This page hit a problem we did not expect. Try again, and if it keeps happening, let your training organisation know."
        onRetry={retry}
        isRetrying={retrying}
      />
    </Page>
  )
}

function upstreamTitle(error: ApiError): string {
  if (error.code === 'UNREACHABLE') return 'You seem to be offline'
  if (error.code === 'UPSTREAM_TIMEOUT') return 'VETtrak is taking too long to answer'
  if (error.code === 'SESSION_STORE_UNAVAILABLE') return 'The portal is not available right now'
  if (error.code === 'UPSTREAM_UNAVAILABLE' || error.code === 'UPSTREAM_ERROR')
    return 'VETtrak is not available right now'
  return 'Something went wrong'
}
