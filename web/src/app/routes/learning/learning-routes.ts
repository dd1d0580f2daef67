import type { AreaRoute } from '../../router.tsx'

/**
 * The routes under `/learning`, relative to it. Each module loads on first visit; add a page with
 * `{ path: 'thing/:id', load: () => import('./thing.tsx') }` and its path in `config/paths.ts`.
 */
export const learningRoutes: AreaRoute[] = [
  { index: true, load: () => import('./learning-home.tsx') },
]
