import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, redirect, useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { AuthLayout } from '../../components/layout/auth-layout.tsx'
import { paths, safeRedirectPath } from '../../config/paths.ts'
import { sessionQueries } from '../../features/auth/api/session-queries.ts'
import { EmployerChooser } from '../../features/auth/components/employer-chooser.tsx'
import { requireSession } from '../../features/auth/session-guards.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const session = await requireSession(queryClient, request)
    if (session.employers.length === 0) return redirect(paths.home.getHref())
    return null
  }

export default function ChooseEmployerRoute() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const redirectTo = safeRedirectPath(params.get('redirectTo'))
  return (
    <AuthLayout title="Choose an employer">
      <p className="mb-5 text-slate-700 dark:text-slate-300">
        You are a contact for more than one employer. You can switch at any time from the top of the
        page.
      </p>
      <EmployerChooser
        session={session}
        onChosen={() => void navigate(redirectTo ?? paths.home.getHref(), { replace: true })}
      />
      {session.activeEmployerId ? null : (
        <p className="mt-4 text-center">
          <Link
            to={paths.learning.overview.getHref(false)}
            className="font-medium text-brand-800 underline underline-offset-4 dark:text-brand-200"
          >
            Not now: go to My learning
          </Link>
        </p>
      )}
    </AuthLayout>
  )
}
