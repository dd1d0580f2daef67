import type { Enrolment } from '@vettrak-portal/contracts'

type Progress = NonNullable<Enrolment['progress']>

/**
 * Units achieved (or credited) of all units, as a progress bar with the numbers in words. `label`
 * names it for screen readers (say which course); the screen shows "Units achieved".
 */
export function EnrolmentProgress({ progress, label }: { progress: Progress; label: string }) {
  const { achieved, total } = progress
  const units = (n: number) => `${n} ${n === 1 ? 'unit' : 'units'}`
  const percent = total > 0 ? Math.round((Math.min(achieved, total) / total) * 100) : 0
  const text =
    total > 0 ? `${achieved} of ${units(total)} achieved` : 'No units recorded for this course yet'
  return (
    <div className="space-y-1.5">
      {/* The bar's own label and value text say this to screen readers. */}
      <div aria-hidden="true" className="flex flex-wrap justify-between gap-x-3 text-sm">
        <span className="font-medium text-slate-800 dark:text-slate-200">Units achieved</span>
        <span className="text-slate-700 tabular-nums dark:text-slate-300">
          {total > 0 ? `${achieved} of ${units(total)} · ${percent}%` : 'No units yet'}
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={Math.min(achieved, total)}
        aria-valuetext={text}
        className="h-2.5 overflow-hidden rounded-full bg-slate-200 ring-1 ring-slate-400 ring-inset dark:bg-slate-700 dark:ring-slate-500 print:ring-slate-600"
      >
        <div
          className="h-full rounded-full bg-brand-700 dark:bg-brand-300 print:bg-slate-700"
          style={{ width: `${percent}%` }}
        />
      </div>
    </div>
  )
}
