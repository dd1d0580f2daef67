import { useQueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

/** How long before the end the warning shows: a quarter of the timeout, 15 s to 2 min. */
export function warningLeadSeconds(idleTimeoutSeconds: number): number {
  return Math.min(120, Math.max(15, Math.floor(idleTimeoutSeconds / 4)))
}

/**
 * Seconds until the BFF ends the session for inactivity, counted from the last successful request
 * (each one renews the session), or null while the end is not yet near enough to warn.
 */
export function useIdleCountdown(idleTimeoutSeconds: number): number | null {
  const queryClient = useQueryClient()
  const [remaining, setRemaining] = useState<number | null>(null)

  useEffect(() => {
    let lastActivity = Date.now()
    const lead = warningLeadSeconds(idleTimeoutSeconds)
    const tick = () => {
      const left = Math.ceil((lastActivity + idleTimeoutSeconds * 1000 - Date.now()) / 1000)
      setRemaining(left <= lead ? Math.max(0, left) : null)
    }
    const touch = () => {
      lastActivity = Date.now()
      tick()
    }
    const unsubscribeQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') touch()
    })
    const unsubscribeMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'success') touch()
    })
    const timer = setInterval(tick, 1000)
    return () => {
      clearInterval(timer)
      unsubscribeQueries()
      unsubscribeMutations()
    }
  }, [queryClient, idleTimeoutSeconds])

  return remaining
}
