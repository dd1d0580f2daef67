import type { Session } from '@vettrak-portal/contracts'
import { useEffect } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { AuthLayout } from '../../components/layout/auth-layout.tsx'
import { paths, safeRedirectPath } from '../../config/paths.ts'
import { SignInForm } from '../../features/auth/components/sign-in-form.tsx'
import { preloadRoute } from '../router.tsx'

const notices = {
  expired: 'Your session expired, please sign in again.',
  'signed-out': 'You have signed out.',
} as const

export default function LoginRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const reason = params.get('reason')
  const notice = reason === 'expired' || reason === 'signed-out' ? notices[reason] : null
  const redirectTo = safeRedirectPath(params.get('redirectTo'))

  // The code of the page after sign-in arrives while the person types, not after they press.
  useEffect(() => {
    preloadRoute(redirectTo ?? paths.home.getHref())
    preloadRoute(paths.auth.chooseEmployer.path)
  }, [redirectTo])

  const onSignedIn = (session: Session) => {
    const mustChoose = session.employers.length > 1 && !session.activeEmployerId
    void navigate(
      mustChoose
        ? paths.auth.chooseEmployer.getHref(redirectTo)
        : (redirectTo ?? paths.home.getHref()),
      { replace: true },
    )
  }

  return (
    <AuthLayout title="Sign in">
      {notice ? (
        <p
          role="status"
          className="mb-5 rounded-lg border border-sky-300 bg-sky-50 p-3 text-sky-950 dark:border-sky-800 dark:bg-sky-950 dark:text-sky-100"
        >
          {notice}
        </p>
      ) : null}
      <SignInForm onSignedIn={onSignedIn} />
    </AuthLayout>
  )
}
