import type { ComponentProps, ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

/**
 * A data table that scrolls sideways inside its own box on narrow screens (the page never does).
 * Give it a `caption`; pass `captionHidden` when a heading above already says the same.
 */
export function Table({
  caption,
  captionHidden = false,
  className,
  children,
  ...props
}: ComponentProps<'table'> & { caption: ReactNode; captionHidden?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700 print:overflow-visible">
      <table
        className={cn('w-full border-collapse text-left text-sm sm:text-base', className)}
        {...props}
      >
        <caption className={cn('p-3 text-left font-semibold', captionHidden && 'sr-only')}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  )
}

export function THead(props: ComponentProps<'thead'>) {
  return (
    <thead
      className="bg-slate-50 text-slate-700 dark:bg-slate-800 dark:text-slate-200"
      {...props}
    />
  )
}

export function TBody(props: ComponentProps<'tbody'>) {
  return <tbody className="divide-y divide-slate-200 dark:divide-slate-700" {...props} />
}

export function Tr({ className, ...props }: ComponentProps<'tr'>) {
  return <tr className={cn('bg-white dark:bg-slate-900', className)} {...props} />
}

export function Th({ className, scope = 'col', ...props }: ComponentProps<'th'>) {
  return (
    <th
      scope={scope}
      className={cn('px-3 py-2.5 font-semibold whitespace-nowrap', className)}
      {...props}
    />
  )
}

export function Td({
  className,
  numeric = false,
  ...props
}: ComponentProps<'td'> & { numeric?: boolean }) {
  return (
    <td
      className={cn(
        'px-3 py-2.5 align-top',
        numeric && 'text-right tabular-nums whitespace-nowrap',
        className,
      )}
      {...props}
    />
  )
}
