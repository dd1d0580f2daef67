import { useSuspenseQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { useRevalidator } from 'react-router'
import { Dialog } from '../../../components/ui/dialog.tsx'
import { toast } from '../../../components/ui/toasts.tsx'
import { sessionQueries } from '../api/session-queries.ts'
import { EmployerChooser } from './employer-chooser.tsx'

/** The active employer in the header; a contact of several can switch to another. */
export function EmployerSwitcher() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const revalidator = useRevalidator()
  const [open, setOpen] = useState(false)
  const active = session.employers.find((e) => e.id === session.activeEmployerId)
  if (session.employers.length === 0) return null

  if (active && session.employers.length < 2)
    return (
      <p className="max-w-56 truncate px-1 text-sm text-slate-700 dark:text-slate-300">
        <span className="sr-only">Employer: </span>
        {active.name}
      </p>
    )

  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="inline-flex min-h-11 max-w-64 items-center gap-2 rounded-lg border border-slate-300 px-3 text-left text-sm font-medium hover:bg-slate-50 focus-ring dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {active ? (
          <>
            <span className="sr-only">Employer: </span>
            <span className="truncate">{active.name}</span>
            <span className="shrink-0 text-brand-800 dark:text-brand-200">
              Switch<span className="sr-only"> employer</span>
            </span>
          </>
        ) : (
          <span className="text-brand-800 dark:text-brand-200">Choose employer</span>
        )}
      </button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={active ? 'Switch employer' : 'Choose employer'}
      >
        <EmployerChooser
          session={session}
          submitLabel={active ? 'Switch' : 'Continue'}
          onChosen={(next) => {
            setOpen(false)
            void revalidator.revalidate()
            const name = next.employers.find((e) => e.id === next.activeEmployerId)?.name
            if (name) toast({ tone: 'success', title: `Now acting for ${name}` })
          }}
        />
      </Dialog>
    </>
  )
}
