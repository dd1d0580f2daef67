import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useSyncExternalStore } from 'react'
import { staleViewAsOf } from '../../lib/stale-views.ts'

const timeFormat = new Intl.DateTimeFormat('en-AU', { hour: 'numeric', minute: '2-digit' })

/** Says when what is on screen is from before VETtrak stopped answering, and since when. */
export function StaleViewNotice() {
  const queryClient = useQueryClient()
  const subscribe = useCallback(
    (onChange: () => void) => queryClient.getQueryCache().subscribe(onChange),
    [queryClient],
  )
  const asOf = useSyncExternalStore(subscribe, () => staleViewAsOf(queryClient))
  if (asOf === undefined) return null
  return (
    <p
      role="status"
      className="mb-4 rounded-lg border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <strong>Shown as of {timeFormat.format(asOf)}:</strong> VETtrak is not answering; this page
      refreshes when it is back.
    </p>
  )
}
