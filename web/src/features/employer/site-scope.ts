import type { QueryClient } from '@tanstack/react-query'
import { redirect } from 'react-router'
import { employerQueries, type Site } from './api/employer-queries.ts'
import { siteFromUrl } from './hooks/use-site.ts'
import { findSite } from './utils/tree.ts'

/**
 * The site a request is scoped to, checked against the employer's tree: a site that is not in it
 * (a link from another employer, or the employer was switched) means all sites.
 */
export async function resolveSite(queryClient: QueryClient, request: Request): Promise<Site> {
  const site = siteFromUrl(request.url)
  if (!site) return null
  const tree = await queryClient.ensureQueryData(employerQueries.sites())
  return findSite(tree, site) ? site : null
}

/** For the area's layout: drops a `?site=` that is not one of the employer's sites. */
export async function requireKnownSite(queryClient: QueryClient, request: Request) {
  const tree = await queryClient.ensureQueryData(employerQueries.sites())
  const url = new URL(request.url)
  const site = siteFromUrl(url)
  if (url.searchParams.has('site') && (!site || !findSite(tree, site))) {
    url.searchParams.delete('site')
    throw redirect(url.pathname + url.search + url.hash)
  }
  return null
}
