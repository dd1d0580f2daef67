import type { ComponentProps, ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

/**
 * Below the `sm` width, a `stacked` table shows each row as a card: its headings are hidden and
 * each cell shows its own (`<Td label>`), so every fact shows without scrolling sideways.
 */
export const STACKED_TABLE_CLASSES =
  'max-sm:block max-sm:[&>thead]:hidden max-sm:[&>tbody]:block max-sm:[&>tbody>tr:not([aria-hidden])]:block max-sm:[&>tbody>tr:not([aria-hidden])]:px-4 max-sm:[&>tbody>tr:not([aria-hidden])]:py-3 max-sm:[&>tbody>tr>td]:flex max-sm:[&>tbody>tr>td]:flex-wrap max-sm:[&>tbody>tr>td]:items-baseline max-sm:[&>tbody>tr>td]:gap-x-2 max-sm:[&>tbody>tr>td]:border-0 max-sm:[&>tbody>tr>td]:px-0 max-sm:[&>tbody>tr>td]:py-1 max-sm:[&>tbody>tr>td]:text-left max-sm:[&>tbody>tr>td]:whitespace-normal'

/**
 * A data table that scrolls sideways inside its own box on narrow screens (the page never does),
 * or, `stacked`, turns its rows into cards there. Give it a `caption`; pass `captionHidden` when a
 * heading above already says the same.
 */
export function Table({
  caption,
  captionHidden = false,
  stacked = false,
  className,
  children,
  ...props
}: ComponentProps<'table'> & { caption: ReactNode; captionHidden?: boolean; stacked?: boolean }) {
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 dark:border-slate-700 print:overflow-visible">
      <table
        className={cn(
          'w-full border-collapse text-left text-sm sm:text-base',
          stacked && STACKED_TABLE_CLASSES,
          className,
        )}
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
  label,
  children,
  ...props
}: ComponentProps<'td'> & {
  numeric?: boolean
  /** The column's heading, shown in the cell when a `stacked` table shows its rows as cards. */
  label?: string
}) {
  return (
    <td
      className={cn(
        'px-3 py-2.5 align-top',
        numeric && 'text-right tabular-nums whitespace-nowrap',
        className,
      )}
      {...props}
    >
      {label ? <CellLabel>{label}</CellLabel> : null}
      {children}
    </td>
  )
}

/** A cell's heading in card view; gone (and not read) where the table shows its headings. */
export function CellLabel({ children }: { children: string }) {
  return (
    <span className="min-w-24 font-semibold text-slate-700 sm:hidden dark:text-slate-300">
      {children}
      <span className="sr-only">:</span>
    </span>
  )
}
