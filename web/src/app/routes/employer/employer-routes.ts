import type { AreaRoute } from '../../router.tsx'

/**
 * The routes under `/employer`, relative to it. Each module loads on first visit; add a page with
 * `{ path: 'thing/:id', load: () => import('./thing.tsx') }` and its path in `config/paths.ts`.
 */
export const employerRoutes: AreaRoute[] = [
  { index: true, load: () => import('./employer-home.tsx') },
]
