import { paths, relativePath } from '../../../config/paths.ts'
import type { AreaRoute } from '../../router.tsx'

const at = (page: { path: string }) => relativePath(paths.staff.root, page)

/**
 * The routes under `/staff`, relative to it. Each module loads on first visit; add a page with its
 * path in `config/paths.ts` and `{ path: at(paths.staff.thing), load: () => import('./thing.tsx') }`.
 */
export const staffRoutes: AreaRoute[] = [
  { index: true, load: () => import('./staff-home.tsx') },
  { path: at(paths.staff.client), load: () => import('./client.tsx') },
  { path: at(paths.staff.clientEnrolment), load: () => import('./client-units.tsx') },
  { path: at(paths.staff.clientContract), load: () => import('./client-units.tsx') },
]
