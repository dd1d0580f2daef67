import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { AppProvider } from '../app/provider.tsx'
import { createApp } from '../app/router.tsx'

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
