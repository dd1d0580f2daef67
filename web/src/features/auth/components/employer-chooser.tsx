import type { Session } from '@vettrak-portal/contracts'
import { useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { FieldError } from '../../../components/ui/field.tsx'
import { cn } from '../../../lib/cn.ts'
import { useChooseEmployer } from '../api/session-mutations.ts'
import { lastEmployer } from '../utils/last-employer.ts'

/**
 * The employers this person is a contact for, as radio buttons; last time's choice on this device
 * (or the active one) is pre-selected.
 */
export function EmployerChooser({
  session,
  onChosen,
  submitLabel = 'Continue',
}: {
  session: Session
  onChosen: (session: Session) => void
  submitLabel?: string
}) {
  const choose = useChooseEmployer()
  const remembered = lastEmployer(session.user.clientCode)
  const known = (id: string | null) => session.employers.some((e) => e.id === id)
  const [selected, setSelected] = useState<string | null>(
    known(session.activeEmployerId)
      ? session.activeEmployerId
      : known(remembered)
        ? remembered
        : null,
  )
  const [missing, setMissing] = useState(false)

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!selected) {
      setMissing(true)
      return
    }
    choose.mutate({ employerId: selected }, { onSuccess: onChosen })
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      <fieldset aria-describedby={missing ? 'employer-missing' : undefined}>
        <legend className="mb-3 font-medium">Which employer are you acting for?</legend>
        <div className="space-y-2">
          {session.employers.map((employer) => (
            <label
              key={employer.id}
              className={cn(
                'flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border px-3 py-2.5 has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-brand-600',
                selected === employer.id
                  ? 'border-brand-700 bg-brand-50 dark:border-brand-300 dark:bg-slate-800'
                  : 'border-slate-300 dark:border-slate-600',
              )}
            >
              <input
                type="radio"
                name="employerId"
                value={employer.id}
                checked={selected === employer.id}
                onChange={() => {
                  setSelected(employer.id)
                  setMissing(false)
                }}
                className="size-5 accent-brand-700 dark:accent-brand-300"
              />
              <span className="flex-1">
                <span className="block font-medium">{employer.name}</span>
                {employer.isPrimaryContact ? (
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    You are the primary contact
                  </span>
                ) : null}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {missing ? (
        <FieldError id="employer-missing">Choose an employer to continue.</FieldError>
      ) : null}
      {choose.error ? (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {choose.error.message}
        </p>
      ) : null}
      <Button
        type="submit"
        className="w-full"
        isPending={choose.isPending}
        pendingLabel="Switching…"
      >
        {submitLabel}
      </Button>
    </form>
  )
}
