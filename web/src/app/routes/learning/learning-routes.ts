import { paths, relativePath } from '../../../config/paths.ts'
import type { AreaRoute } from '../../router.tsx'

const at = (page: { path: string }) => relativePath(paths.learning.root, page)

/**
 * The routes under `/learning`, relative to it. Each module loads on first visit; add a page with its
 * path in `config/paths.ts` and `{ path: at(paths.learning.thing), load: () => import('./thing.tsx') }`.
 */
export const learningRoutes: AreaRoute[] = [
  {
    // Pathless: the sub-navigation around every page of My learning.
    load: () => import('./learning-layout.tsx'),
    children: [
      { index: true, load: () => import('./learning-home.tsx') },
      { path: at(paths.learning.enrolments), load: () => import('./enrolments.tsx') },
      { path: at(paths.learning.enrolment), load: () => import('./enrolment.tsx') },
      { path: at(paths.learning.contracts), load: () => import('./contracts.tsx') },
      { path: at(paths.learning.contract), load: () => import('./contract.tsx') },
      { path: at(paths.learning.events), load: () => import('./events.tsx') },
      { path: at(paths.learning.invoices), load: () => import('./invoices.tsx') },
      { path: at(paths.learning.certificates), load: () => import('./certificates.tsx') },
    ],
  },
]
