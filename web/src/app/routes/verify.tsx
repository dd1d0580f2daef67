import { useSearchParams } from 'react-router'
import { AuthLayout } from '../../components/layout/auth-layout.tsx'
import { paths } from '../../config/paths.ts'
import { VerifyForm } from '../../features/verification/components/verify-form.tsx'

/** Anyone, signed in or not, checks a certificate; a learner's QR code opens this pre-filled. */
export default function VerifyRoute() {
  const [params] = useSearchParams()
  return (
    <AuthLayout title="Check a certificate">
      <VerifyForm initial={paths.verify.claimOf(params)} />
    </AuthLayout>
  )
}
