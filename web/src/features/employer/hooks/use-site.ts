import { useCallback } from 'react'
import { useSearchParams } from 'react-router'
import type { Site } from '../api/employer-queries.ts'

const SITE_PARAM = 'site'
const SITE_PATTERN = /^\d{1,10}$/

/** The site in `?site=` of a URL, or null (all sites) when absent or not an employer id. */
export function siteFromUrl(url: string | URL): Site {
  const value = new URL(url, 'http://localhost').searchParams.get(SITE_PARAM)
  return value && SITE_PATTERN.test(value) ? value : null
}

/**
 * The chosen site, kept in the URL so links, reload and back keep it; `setSite(null)` goes back
 * to all sites. Each choice is a history entry.
 */
export function useSite(): [Site, (site: Site, options?: { replace?: boolean }) => void] {
  const [params, setParams] = useSearchParams()
  const value = params.get(SITE_PARAM)
  const site = value && SITE_PATTERN.test(value) ? value : null
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
