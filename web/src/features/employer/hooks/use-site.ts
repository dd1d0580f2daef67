import { isEmployerId } from '@vettrak-portal/contracts'
import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { Site } from '../api/employer-queries.ts'

const SITE_PARAM = 'site'
const siteOf = (value: string | null): Site => (value && isEmployerId(value) ? value : null)

/** The site in `?site=` of a URL, or null (all sites) when absent or not an employer id. */
export function siteFromUrl(url: string | URL): Site {
  return siteOf(new URL(url, 'http://localhost').searchParams.get(SITE_PARAM))
}

/**
 * The chosen site, kept in the URL so links, reload and back keep it; `setSite(null)` goes back
 * to all sites. Each choice is a history entry.
 */
export function useSite(): [Site, (site: Site, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams()
  const site = siteOf(params.get(SITE_PARAM))
  const setSite = useCallback(
    (next: Site, options: { replace?: boolean } = {}) =>
      setParams(
        (current) => {
          const updated = new URLSearchParams(current)
          if (next) updated.set(SITE_PARAM, next)
          else updated.delete(SITE_PARAM)
          return updated
        },
        { replace: options.replace ?? false, preventScrollReset: true },
      ),
    [setParams],
  )
  return [site, setSite]
}
