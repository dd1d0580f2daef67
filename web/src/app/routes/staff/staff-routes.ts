import type { AreaRoute } from '../../router.tsx'

/**
 * The routes under `/staff`, relative to it. Each module loads on first visit; add a page with
 * `{ path: 'thing/:id', load: () => import('./thing.tsx') }` and its path in `config/paths.ts`.
 */
export const staffRoutes: AreaRoute[] = [
  { index: true, load: () => import('./staff-home.tsx') },
  { path: 'clients/:code', load: () => import('./client.tsx') },
  { path: 'clients/:code/enrolments/:id', load: () => import('./client-units.tsx') },
  { path: 'clients/:code/contracts/:id', load: () => import('./client-units.tsx') },
]
