import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { QueryClient } from '@tanstack/react-query'
import { createMemoryRouter, RouterProvider, type RouteObject } from 'react-router'
import { beforeAll } from 'vitest'
import { AppProvider } from '../app/provider.tsx'
import { createApp, createAppRoutes } from '../app/router.tsx'

async function loadEveryRoute(routes: RouteObject[]): Promise<void> {
  await Promise.all(
    routes.map(async (route) => {
      if (typeof route.lazy === 'function') await route.lazy()
      if (route.children) await loadEveryRoute(route.children)
    }),
  )
}

// The cause of slow first pages on a busy machine: each test file transforms and loads the lazy
// route modules when its first test opens a page, inside that test's waits. Every file that renders
// the app loads them all once, before its tests.
beforeAll(() => loadEveryRoute(createAppRoutes(new QueryClient())), 30_000)

/** The whole SPA at `url`, in memory, with a fresh query client that does not retry. */
export function renderApp(url: string) {
  const { router, queryClient } = createApp((routes, client) => {
    // Before the router starts the first page's loaders.
    const defaults = client.getDefaultOptions()
    client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retry: false } })
    return createMemoryRouter(routes, { initialEntries: [url] })
  })
  const user = userEvent.setup()
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  )
  const location = () => router.state.location.pathname + router.state.location.search
  return { router, queryClient, user, location }
}
