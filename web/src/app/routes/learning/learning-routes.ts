import type { AreaRoute } from '../../router.tsx'

/**
 * The routes under `/learning`, relative to it. Each module loads on first visit; add a page with
 * `{ path: 'thing/:id', load: () => import('./thing.tsx') }` and its path in `config/paths.ts`.
 */
export const learningRoutes: AreaRoute[] = [
  {
    // Pathless: the sub-navigation around every page of My learning.
    load: () => import('./learning-layout.tsx'),
    children: [
      { index: true, load: () => import('./learning-home.tsx') },
      { path: 'enrolments', load: () => import('./enrolments.tsx') },
      { path: 'enrolments/:id', load: () => import('./enrolment.tsx') },
      { path: 'contracts', load: () => import('./contracts.tsx') },
      { path: 'contracts/:id', load: () => import('./contract.tsx') },
      { path: 'events', load: () => import('./events.tsx') },
      { path: 'invoices', load: () => import('./invoices.tsx') },
      { path: 'certificates', load: () => import('./certificates.tsx') },
    ],
  },
]
