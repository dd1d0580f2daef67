import type { ReactNode } from 'react'
import { cn } from '../../../lib/cn.ts'

/** Label–value pairs as a `dl`; rows without a value are left out. */
export function DetailList({
  items,
  className,
}: {
  items: Array<[label: string, value: ReactNode]>
  className?: string
}) {
  const shown = items.filter(([, value]) => value !== undefined && value !== null && value !== '')
  return (
    <dl className={cn('grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1.5 text-sm', className)}>
      {shown.map(([label, value]) => (
        <div key={label} className="contents">
          <dt className="font-medium text-slate-700 dark:text-slate-300">{label}</dt>
          <dd className="min-w-0 text-slate-900 dark:text-slate-100">{value}</dd>
        </div>
      ))}
    </dl>
  )
}

/** `5 Mar 2026 – 4 Mar 2027`, either end alone, or nothing. */
export function dateRange(
  start: string | undefined,
  end: string | undefined,
  format: (value: string) => string,
): string | undefined {
  if (start && end) return start === end ? format(start) : `${format(start)} – ${format(end)}`
  if (start) return `From ${format(start)}`
  if (end) return `Until ${format(end)}`
  return undefined
}
