import { useSyncExternalStore } from 'react'
import { cn } from '../../lib/cn.ts'

export interface Toast {
  id: number
  title: string
  description?: string | undefined
  tone: 'info' | 'success' | 'danger'
}

let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()
const emit = () => listeners.forEach((listener) => listener())

/** Shows a short message in the corner, read out politely; dismissed after `durationMs`. */
export function toast(
  input: Omit<Toast, 'id' | 'tone'> & { tone?: Toast['tone'] },
  durationMs = 6000,
) {
  const id = nextId++
  const item: Toast = { tone: 'info', ...input, id }
  toasts = [...toasts, item].slice(-3)
  emit()
  if (durationMs > 0) setTimeout(() => dismissToast(id), durationMs)
  return id
}

export function dismissToast(id: number) {
  toasts = toasts.filter((t) => t.id !== id)
  emit()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

const tones = {
  info: 'border-slate-300 dark:border-slate-600',
  success: 'border-green-600 dark:border-green-500',
  danger: 'border-red-600 dark:border-red-500',
} as const

/** Where toasts appear; the live region is always in the page so additions are announced. */
export function ToastViewport() {
  const items = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => toasts,
  )
  return (
    <div
      aria-live="polite"
      aria-relevant="additions"
      className="pointer-events-none fixed inset-x-0 bottom-0 z-[60] flex flex-col items-center gap-2 p-4 sm:items-end print:hidden"
    >
      {items.map((item) => (
        <div
          key={item.id}
          className={cn(
            'pointer-events-auto flex w-full max-w-sm items-start gap-3 rounded-lg border-l-4 bg-white p-4 text-slate-900 shadow-lg dark:bg-slate-800 dark:text-slate-100',
            tones[item.tone],
          )}
        >
          <div className="flex-1">
            <p className="font-semibold">{item.title}</p>
            {item.description ? (
              <p className="mt-0.5 text-sm text-slate-700 dark:text-slate-300">
                {item.description}
              </p>
            ) : null}
          </div>
          <button
            type="button"
            onClick={() => dismissToast(item.id)}
            className="-m-1 rounded p-1 text-slate-600 hover:text-slate-900 focus-ring dark:text-slate-300 dark:hover:text-white"
          >
            <span className="sr-only">Dismiss</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
              <path d="M5.3 4.2 10 8.9l4.7-4.7 1.1 1.1-4.7 4.7 4.7 4.7-1.1 1.1-4.7-4.7-4.7 4.7-1.1-1.1 4.7-4.7-4.7-4.7 1.1-1.1Z" />
            </svg>
          </button>
        </div>
      ))}
    </div>
  )
}
