import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import type { ReactNode } from 'react'
import { AppErrorFallback } from '../components/errors/app-error-fallback.tsx'
import { ErrorBoundary } from '../components/errors/error-boundary.tsx'
import { ToastViewport } from '../components/ui/toasts.tsx'
import { BrandProvider } from './brand-provider.tsx'

/** Everything around the router: the query client, the last-resort error boundary, toasts. */
export function AppProvider({
  queryClient,
  children,
}: {
  queryClient: QueryClient
  children: ReactNode
}) {
  return (
    <ErrorBoundary fallback={() => <AppErrorFallback />}>
      <QueryClientProvider client={queryClient}>
        <BrandProvider>{children}</BrandProvider>
        <ToastViewport />
      </QueryClientProvider>
    </ErrorBoundary>
  )
}
