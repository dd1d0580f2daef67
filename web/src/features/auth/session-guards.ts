import type { QueryClient } from '@tanstack/react-query'
import type { Session } from '@vettrak-portal/contracts'
import { data, redirect } from 'react-router'
import { paths } from '../../config/paths.ts'
import { isApiError } from '../../lib/api-client.ts'
import { sessionQueries } from './api/session-queries.ts'

const hereOf = (request: Request) => {
  const url = new URL(request.url)
  return url.pathname + url.search + url.hash
}

/** The signed-in session, or a redirect to sign-in that comes back here afterwards. */
export async function requireSession(queryClient: QueryClient, request: Request): Promise<Session> {
  try {
    return await queryClient.ensureQueryData(sessionQueries.current())
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED', 'SESSION_EXPIRED'))
      throw redirect(
        paths.auth.login.getHref({
          redirectTo: hereOf(request),
          ...(error.code === 'SESSION_EXPIRED' ? { reason: 'expired' as const } : {}),
        }),
      )
    throw error
  }
}

/** A session with an active employer; 403 for someone who is no employer's contact. */
export async function requireEmployer(queryClient: QueryClient, request: Request) {
  const session = await requireSession(queryClient, request)
  if (session.employers.length === 0) throw forbidden()
  if (!session.activeEmployerId) throw redirect(paths.auth.chooseEmployer.getHref(hereOf(request)))
  return session
}

/** A staff member's session; 403 for anyone else. */
export async function requireStaff(queryClient: QueryClient, request: Request) {
  const session = await requireSession(queryClient, request)
  if (!session.user.isStaff) throw forbidden()
  return session
}

const forbidden = () => data('You do not have access to this page', { status: 403 })
