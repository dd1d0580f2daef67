import { useId, type ComponentProps, type ReactNode } from 'react'
import { cn } from '../../lib/cn.ts'

export const inputClassName =
  'block w-full min-h-11 rounded-lg border bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-500 focus-ring dark:bg-slate-900 dark:text-slate-100 dark:placeholder:text-slate-400'

export type TextFieldProps = Omit<ComponentProps<'input'>, 'id'> & {
  label: string
  /** Shown under the label to help fill the field in. */
  hint?: ReactNode
  /** The problem with the value; marks the field invalid and is read with it. */
  error?: string | undefined
  /** Something inside the field's right edge, such as a show-password button. */
  trailing?: ReactNode
}

/** A labelled input with its hint and error wired up for screen readers. */
export function TextField({ label, hint, error, trailing, className, ...props }: TextFieldProps) {
  const id = useId()
  const hintId = `${id}-hint`
  const errorId = `${id}-error`
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ')
  return (
    <div className={cn('space-y-1.5', className)}>
      <label htmlFor={id} className="block font-medium text-slate-900 dark:text-slate-100">
        {label}
      </label>
      {hint ? (
        <p id={hintId} className="text-sm text-slate-600 dark:text-slate-300">
          {hint}
        </p>
      ) : null}
      <div className="relative">
        <input
          id={id}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy || undefined}
          className={cn(
            inputClassName,
            error ? 'border-red-700 dark:border-red-400' : 'border-slate-400 dark:border-slate-500',
            trailing ? 'pr-24' : null,
          )}
          {...props}
        />
        {trailing ? (
          <div className="absolute inset-y-0 right-1 flex items-center">{trailing}</div>
        ) : null}
      </div>
      {error ? <FieldError id={errorId}>{error}</FieldError> : null}
    </div>
  )
}

/** A field's error line, with an icon so colour is not the only cue. */
export function FieldError({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p
      id={id}
      className="flex items-start gap-1.5 text-sm font-medium text-red-700 dark:text-red-300"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className="mt-0.5 size-4 shrink-0"
        fill="currentColor"
      >
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-.75 4h1.5v5h-1.5V6Zm0 6.5h1.5V14h-1.5v-1.5Z" />
      </svg>
      {children}
    </p>
  )
}
