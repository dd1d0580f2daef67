import type { UseQueryResult } from '@tanstack/react-query'
import { useId, type ReactNode } from 'react'
import { ErrorBanner } from '../../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../../components/ui/skeleton.tsx'

/**
 * One part of a client's record: its heading, then the records once loaded (a skeleton while
 * they load, a retry banner if VETtrak failed), so each part shows as soon as it can.
 */
export function ClientSection<T>({
  id,
  title,
  query,
  children,
}: {
  id: string
  title: string
  query: UseQueryResult<T>
  children: (data: T) => ReactNode
}) {
  const headingId = useId()
  return (
    <section id={id} aria-labelledby={headingId} className="scroll-mt-4 space-y-4">
      <h2 id={headingId} className="text-xl font-semibold text-slate-900 dark:text-white">
        {title}
      </h2>
      {query.isPending ? (
        <SkeletonLines label={`Loading ${title.toLowerCase()}`} />
      ) : query.isError ? (
        <ErrorBanner
          title={`Could not load ${title.toLowerCase()}`}
          message={query.error.message}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : (
        children(query.data)
      )}
    </section>
  )
}
