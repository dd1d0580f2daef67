import type { ReactNode } from 'react'
import { Button } from './button.tsx'

/** A failure the user can do something about, usually trying again (VETtrak busy or offline). */
export function ErrorBanner({
  title = 'Something went wrong',
  message,
  onRetry,
  isRetrying = false,
  children,
}: {
  title?: string
  message: ReactNode
  onRetry?: () => void
  isRetrying?: boolean
  children?: ReactNode
}) {
  return (
    <div
      role="alert"
      className="flex flex-col gap-3 rounded-xl border border-red-300 bg-red-50 p-4 text-red-950 sm:flex-row sm:items-start dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="size-6 shrink-0 text-red-700 dark:text-red-300"
        fill="currentColor"
      >
        <path d="M8.26 2.9a2 2 0 0 1 3.48 0l6.3 11.1A2 2 0 0 1 16.3 17H3.7a2 2 0 0 1-1.74-3L8.26 2.9ZM9.25 7v4.5h1.5V7h-1.5Zm0 6v1.5h1.5V13h-1.5Z" />
      </svg>
      <div className="flex-1">
        <p className="font-semibold">{title}</p>
        <div className="mt-1">{message}</div>
        {children}
      </div>
      {onRetry ? (
        <Button
          variant="secondary"
          size="sm"
          onClick={onRetry}
          isPending={isRetrying}
          pendingLabel="Trying again"
        >
          Try again
        </Button>
      ) : null}
    </div>
  )
}
