import type { ComponentProps } from 'react'
import { cn } from '../../lib/cn.ts'
import { Spinner } from './spinner.tsx'

const variants = {
  primary:
    'bg-brand-700 text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200',
  secondary:
    'border border-slate-300 bg-white text-slate-900 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700',
  ghost: 'text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800',
  danger: 'bg-red-700 text-white hover:bg-red-800 dark:bg-red-400 dark:text-slate-950',
} as const

const sizes = {
  sm: 'min-h-9 px-3 text-sm',
  md: 'min-h-11 px-4 text-base',
} as const

export type ButtonProps = ComponentProps<'button'> & {
  variant?: keyof typeof variants
  size?: keyof typeof sizes
  /** Shows a spinner and keeps the button from being pressed twice; `pendingLabel` replaces the text. */
  isPending?: boolean
  pendingLabel?: string
}

/** The one button; `type` defaults to "button" so only submit buttons submit. */
export function Button({
  variant = 'primary',
  size = 'md',
  isPending = false,
  pendingLabel,
  className,
  children,
  disabled,
  type = 'button',
  ...props
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={disabled || isPending}
      aria-disabled={disabled || isPending || undefined}
      className={cn(
        'inline-flex items-center justify-center gap-2 rounded-lg font-semibold transition-colors focus-ring disabled:cursor-not-allowed disabled:opacity-60',
        variants[variant],
        sizes[size],
        className,
      )}
      {...props}
    >
      {isPending ? <Spinner className="size-4" /> : null}
      {isPending && pendingLabel ? pendingLabel : children}
    </button>
  )
}
