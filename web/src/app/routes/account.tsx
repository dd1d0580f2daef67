import { useQuery, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../components/layout/page.tsx'
import { Card } from '../../components/ui/card.tsx'
import { ErrorBanner } from '../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../components/ui/skeleton.tsx'
import { accountQueries } from '../../features/account/api/account-queries.ts'
import { PasswordChangeForm } from '../../features/account/components/password-change-form.tsx'
import { ProfileDetails } from '../../features/account/components/profile-details.tsx'

// Both cards load side by side with skeletons; neither holds up the page.
export const clientLoader = (queryClient: QueryClient) => () => {
  void queryClient.prefetchQuery(accountQueries.profile())
  void queryClient.prefetchQuery(accountQueries.passwordPolicy())
  return null
}

export default function AccountRoute() {
  const profile = useQuery(accountQueries.profile())
  const policy = useQuery(accountQueries.passwordPolicy())
  return (
    <Page title="Account" description="Your details as your training organisation has them.">
      <div className="grid items-start gap-4 lg:grid-cols-2">
        <Card title="Your details">
          {profile.isPending ? (
            <SkeletonLines lines={6} label="Loading your details" />
          ) : profile.isError ? (
            <ErrorBanner
              title="Your details could not be loaded"
              message={profile.error.message}
              onRetry={() => void profile.refetch()}
              isRetrying={profile.isFetching}
            />
          ) : (
            <>
              <ProfileDetails profile={profile.data} />
              <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
                Something wrong? Contact your training organisation to update it in VETtrak.
              </p>
            </>
          )}
        </Card>
        <Card title="Change your password">
          {policy.isPending ? (
            <SkeletonLines lines={5} label="Loading the password rules" />
          ) : policy.isError ? (
            <ErrorBanner
              title="The password rules could not be loaded"
              message={policy.error.message}
              onRetry={() => void policy.refetch()}
              isRetrying={policy.isFetching}
            />
          ) : (
            <PasswordChangeForm policy={policy.data} />
          )}
        </Card>
      </div>
    </Page>
  )
}
