import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query'
import { Page } from '../../components/layout/page.tsx'
import { Card } from '../../components/ui/card.tsx'
import { ErrorBanner } from '../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../components/ui/skeleton.tsx'
import { accountQueries } from '../../features/account/api/account-queries.ts'
import {
  CalendarFeeds,
  type FeedTarget,
} from '../../features/account/components/calendar-feeds.tsx'
import { metaQueries, sessionQueries } from '../../features/auth/api/session-queries.ts'
import { useFeatures } from '../../features/auth/hooks/use-features.ts'
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
  const feedTargets = useFeedTargets()
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
        {feedTargets.length ? (
          <Card title="Calendar subscription" className="lg:col-span-2">
            <CalendarFeeds targets={feedTargets} />
          </Card>
        ) : null}
      </div>
    </Page>
  )
}

/** The calendars this person may subscribe to, when the portal keeps feeds. */
function useFeedTargets(): FeedTarget[] {
  const features = useFeatures()
  const queryClient = useQueryClient()
  // Read from the cache, as `useFeatures`: a subscription would refetch a session just ended.
  const session = queryClient.getQueryData(sessionQueries.current().queryKey)
  if (!queryClient.getQueryData(metaQueries.current().queryKey)?.calendarFeeds) return []
  const targets: FeedTarget[] = []
  if (features.events)
    targets.push({ key: 'learner', label: 'My events', input: { kind: 'learner' } })
  if (features.employerEvents)
    for (const employer of session?.employers ?? [])
      targets.push({
        key: `employer-${employer.id}`,
        label: `${employer.name}: events and classes`,
        input: { kind: 'employer', employerId: employer.id },
      })
  return targets
}
