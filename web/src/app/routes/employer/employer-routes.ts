import type { AreaRoute } from '../../router.tsx'

/**
 * The routes under `/employer`, relative to it. Each module loads on first visit; add a page with
 * `{ path: 'thing/:id', load: () => import('./thing.tsx') }` and its path in `config/paths.ts`.
 * The layout shows the area's navigation and the chosen site (`?site=`) on every page.
 */
export const employerRoutes: AreaRoute[] = [
  {
    load: () => import('./employer-layout.tsx'),
    children: [
      { index: true, load: () => import('./employer-home.tsx') },
      { path: 'trainees', load: () => import('./trainees.tsx') },
      { path: 'trainees/:contractId', load: () => import('./trainee.tsx') },
      { path: 'employees', load: () => import('./employees.tsx') },
      { path: 'enrolments', load: () => import('./enrolments.tsx') },
      { path: 'invoices', load: () => import('./invoices.tsx') },
      { path: 'events', load: () => import('./events.tsx') },
      { path: 'occurrences', load: () => import('./occurrences.tsx') },
      { path: 'contacts', load: () => import('./contacts.tsx') },
    ],
  },
]
