import { paths, relativePath } from '../../../config/paths.ts'
import type { AreaRoute } from '../../router.tsx'

const at = (page: { path: string }) => relativePath(paths.employer.root, page)

/**
 * The routes under `/employer`, relative to it. Each module loads on first visit; add a page with its
 * path in `config/paths.ts` and `{ path: at(paths.employer.thing), load: () => import('./thing.tsx') }`.
 * The layout shows the area's navigation and the chosen site (`?site=`) on every page.
 */
export const employerRoutes: AreaRoute[] = [
  {
    load: () => import('./employer-layout.tsx'),
    children: [
      { index: true, load: () => import('./employer-home.tsx') },
      { path: at(paths.employer.trainees), load: () => import('./trainees.tsx') },
      { path: at(paths.employer.trainee), load: () => import('./trainee.tsx') },
      { path: at(paths.employer.employees), load: () => import('./employees.tsx') },
      { path: at(paths.employer.enrolments), load: () => import('./enrolments.tsx') },
      { path: at(paths.employer.invoices), load: () => import('./invoices.tsx') },
      { path: at(paths.employer.events), load: () => import('./events.tsx') },
      { path: at(paths.employer.occurrences), load: () => import('./occurrences.tsx') },
      { path: at(paths.employer.contacts), load: () => import('./contacts.tsx') },
    ],
  },
]
