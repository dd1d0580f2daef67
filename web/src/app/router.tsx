import type { QueryClient } from '@tanstack/react-query'
import type { ComponentType } from 'react'
import {
  matchRoutes,
  type LoaderFunction,
  type RouteObject,
  type createBrowserRouter,
} from 'react-router'
import { NotFoundPage } from '../components/errors/status-page.tsx'
import { RouteError } from '../components/errors/route-error.tsx'
import { paths } from '../config/paths.ts'
import { metaQueries, sessionQueries } from '../features/auth/api/session-queries.ts'
import { requireEmployer, requireSession, requireStaff } from '../features/auth/session-guards.ts'
import { createQueryClient } from '../lib/query-client.ts'
import { toast } from '../components/ui/toasts.tsx'
import { employerRoutes } from './routes/employer/employer-routes.ts'
import { learningRoutes } from './routes/learning/learning-routes.ts'
import { staffRoutes } from './routes/staff/staff-routes.ts'
import { HydrateFallback, RootError } from './routes/root-fallbacks.tsx'

/**
 * A route module: a default component and, optionally, `clientLoader(queryClient)` that prefetches
 * with the features' query factories, and an `ErrorBoundary`.
 */
export interface RouteModule {
  default: ComponentType
  clientLoader?: (queryClient: QueryClient) => LoaderFunction
  ErrorBoundary?: ComponentType
}

/** A route of an area (learning, employer, staff): its module is loaded when first visited. */
export interface AreaRoute {
  path?: string
  index?: boolean
  load?: () => Promise<RouteModule>
  children?: AreaRoute[]
}

/** Turns an area's routes into router routes that load their module on first use. */
function toRoutes(queryClient: QueryClient, routes: AreaRoute[]): RouteObject[] {
  return routes.map((route): RouteObject => {
    const lazy = route.load ? lazyModule(queryClient, route.load) : undefined
    if (route.index) return { index: true, lazy }
    return {
      path: route.path,
      lazy,
      children: route.children ? toRoutes(queryClient, route.children) : undefined,
    }
  })
}

function lazyModule(queryClient: QueryClient, load: () => Promise<RouteModule>) {
  return async () => {
    const module = await load()
    const route: Pick<RouteObject, 'Component' | 'loader' | 'ErrorBoundary'> = {
      Component: module.default,
    }
    if (module.clientLoader) route.loader = module.clientLoader(queryClient)
    if (module.ErrorBoundary) route.ErrorBoundary = module.ErrorBoundary
    return route
  }
}

/** Every route of the SPA. */
export function createAppRoutes(queryClient: QueryClient): RouteObject[] {
  const load = (loader: () => Promise<RouteModule>) => lazyModule(queryClient, loader)
  return [
    {
      id: 'root',
      HydrateFallback,
      ErrorBoundary: RootError,
      children: [
        { path: paths.auth.login.path, lazy: load(() => import('./routes/login.tsx')) },
        { path: paths.verify.path, lazy: load(() => import('./routes/verify.tsx')) },
        {
          path: paths.auth.chooseEmployer.path,
          lazy: load(() => import('./routes/choose-employer.tsx')),
        },
        {
          id: 'app',
          path: paths.home.path,
          loader: async ({ request }) => {
            // Which features are on, for the navigation; a failure leaves them all on.
            const [session] = await Promise.all([
              requireSession(queryClient, request),
              queryClient.ensureQueryData(metaQueries.current()).catch(() => undefined),
            ])
            return session
          },
          lazy: load(() => import('./routes/app-layout.tsx')),
          children: [
            {
              // Pathless, so a failing page keeps the shell around its error message.
              ErrorBoundary: RouteError,
              children: [
                { index: true, lazy: load(() => import('./routes/dashboard.tsx')) },
                {
                  path: paths.learning.root.path.slice(1),
                  children: toRoutes(queryClient, learningRoutes),
                },
                {
                  path: paths.employer.root.path.slice(1),
                  loader: ({ request }) => requireEmployer(queryClient, request),
                  children: toRoutes(queryClient, employerRoutes),
                },
                {
                  path: paths.staff.root.path.slice(1),
                  loader: ({ request }) => requireStaff(queryClient, request),
                  children: toRoutes(queryClient, staffRoutes),
                },
                {
                  path: paths.account.path.slice(1),
                  lazy: load(() => import('./routes/account.tsx')),
                },
                { path: '*', Component: NotFoundPage },
              ],
            },
          ],
        },
      ],
    },
  ]
}

type DataRouter = ReturnType<typeof createBrowserRouter>

/** The running app's routes, for `preloadRoute`. */
let preloadable: RouteObject[] = []

/**
 * Loads the code of the pages `href` shows, without going there: a page that knows where the
 * person goes next (the sign-in form) has it ready when they arrive. A failure is left for the
 * navigation to meet and report.
 */
export function preloadRoute(href: string) {
  for (const { route } of matchRoutes(preloadable, href) ?? [])
    if (typeof route.lazy === 'function') route.lazy().catch(() => undefined)
}

/**
 * The query client and the router, wired together: a request that finds the session gone sends
 * the user to sign-in with `reason=expired`, and back to the same page afterwards.
 */
export function createApp(
  createRouter: (routes: RouteObject[], queryClient: QueryClient) => DataRouter,
) {
  const app: { router?: DataRouter } = {}
  const queryClient = createQueryClient({
    sessionKey: sessionQueries.current().queryKey,
    wasSignedIn: (client) => client.getQueryData(sessionQueries.current().queryKey) !== undefined,
    onSessionEnded: () => {
      if (!app.router) return
      const { pathname, search, hash } = app.router.state.location
      if (pathname === paths.auth.login.path) return
      return app.router.navigate(
        paths.auth.login.getHref({ reason: 'expired', redirectTo: pathname + search + hash }),
      )
    },
    onBackgroundError: (error) =>
      toast({ tone: 'danger', title: 'Could not refresh', description: error.message }),
  })
  const routes = createAppRoutes(queryClient)
  preloadable = routes
  const router = createRouter(routes, queryClient)
  app.router = router
  return { router, queryClient }
}
