import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { Dialog } from '../../../components/ui/dialog.tsx'
import { formatCountdown } from '../../../lib/format.ts'
import { useSignOut } from '../api/session-mutations.ts'
import { sessionQueries } from '../api/session-queries.ts'
import { useIdleCountdown } from '../hooks/use-idle-countdown.ts'

/**
 * Warns before the session ends for inactivity and counts down; "Stay signed in" renews it. When
 * time runs out, sign-in says why, then brings the user back here.
 */
export function IdleWarning() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const queryClient = useQueryClient()
  const remaining = useIdleCountdown(session.idleTimeoutSeconds)
  const expired = remaining === 0

  useEffect(() => {
    // Time is up by this tab's clock. Ask the BFF rather than assume: another tab may have kept
    // the session alive. A 401 ends it through the query cache (sign-in, "expired", back here).
    if (expired) void queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey })
  }, [expired, queryClient])

  const staySignedIn = () =>
    void queryClient.refetchQueries({ queryKey: sessionQueries.current().queryKey })
  const signOutMutation = useSignOut()
  const signOut = () => signOutMutation.mutate()

  return (
    <Dialog
      open={remaining !== null && !expired}
      onClose={staySignedIn}
      role="alertdialog"
      title="Are you still there?"
      description="For your security, you will be signed out soon because the portal has not been used for a while."
    >
      <p className="text-center text-4xl font-bold tabular-nums" aria-hidden="true">
        {formatCountdown(remaining ?? 0)}
      </p>
      <p className="sr-only">
        Signing out in about {Math.ceil((remaining ?? 0) / 10) * 10} seconds.
      </p>
      <div className="mt-6 flex flex-col-reverse gap-3 sm:flex-row sm:justify-end">
        <Button variant="secondary" onClick={signOut} isPending={signOutMutation.isPending}>
          Sign out
        </Button>
        <Button data-autofocus onClick={staySignedIn}>
          Stay signed in
        </Button>
      </div>
    </Dialog>
  )
}
