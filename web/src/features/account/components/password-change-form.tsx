import { checkPassword, type PasswordPolicy } from '@vettrak-portal/contracts'
import { useId, useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { FieldError, TextField } from '../../../components/ui/field.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { cn } from '../../../lib/cn.ts'
import { formatDuration } from '../../../lib/format.ts'
import { useChangePassword } from '../api/account-queries.ts'

type FieldErrors = { currentPassword?: string; newPassword?: string }

/**
 * Current password, new password with a live checklist of the RTO's rules, and the confirmation.
 * Submit waits until every rule is met and the two new passwords match.
 */
export function PasswordChangeForm({ policy }: { policy: PasswordPolicy }) {
  const change = useChangePassword()
  const [current, setCurrent] = useState('')
  const [next, setNext] = useState('')
  const [confirm, setConfirm] = useState('')
  const [show, setShow] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [done, setDone] = useState(false)
  const currentInput = useRef<HTMLInputElement>(null)
  const newInput = useRef<HTMLInputElement>(null)
  const checklistId = useId()
  const newErrorId = useId()

  const rules = checkPassword(policy, next)
  const metCount = rules.filter((rule) => rule.met).length
  const allMet = metCount === rules.length && next.length > 0
  const matches = confirm.length > 0 && confirm === next
  const mismatch = confirm.length > 0 && !next.startsWith(confirm) && confirm !== next
  const ready = current.length > 0 && allMet && matches

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    if (!ready) return
    setFieldErrors({})
    setDone(false)
    change.mutate(
      { currentPassword: current, newPassword: next },
      {
        onSuccess: () => {
          setCurrent('')
          setNext('')
          setConfirm('')
          setShow(false)
          setDone(true)
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || !error.fields) return
          const errors: FieldErrors = {
            currentPassword: error.fields.currentPassword?.join(' '),
            newPassword: error.fields.newPassword?.join(' '),
          }
          setFieldErrors(errors)
          if (errors.currentPassword) currentInput.current?.focus()
          else if (errors.newPassword) newInput.current?.focus()
        },
      },
    )
  }

  const problem = change.error && !hasFieldErrors(change.error) ? describe(change.error) : null
  const inputType = show ? 'text' : 'password'

  return (
    <form noValidate onSubmit={onSubmit} aria-label="Change your password" className="space-y-5">
      {done ? (
        <p
          role="status"
          className="rounded-lg border border-green-300 bg-green-50 p-3 font-medium text-green-950 dark:border-green-800 dark:bg-green-950 dark:text-green-100"
        >
          Your password has been changed. Use the new one next time you sign in.
        </p>
      ) : null}
      {problem ? (
        <div
          role="alert"
          className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
        >
          <p className="font-semibold">{problem.title}</p>
          <p className="mt-0.5">{problem.detail}</p>
        </div>
      ) : null}
      <TextField
        ref={currentInput}
        label="Current password"
        name="currentPassword"
        type={inputType}
        autoComplete="current-password"
        required
        value={current}
        onChange={(event) => {
          setCurrent(event.target.value)
          setDone(false)
        }}
        error={fieldErrors.currentPassword}
      />
      <div className="space-y-3">
        <TextField
          ref={newInput}
          label="New password"
          name="newPassword"
          type={inputType}
          autoComplete="new-password"
          required
          maxLength={50}
          value={next}
          onChange={(event) => {
            setNext(event.target.value)
            setDone(false)
          }}
          // The checklist (and a refusal) describe it; TextField's own error slot would sit
          // between the field and its checklist.
          aria-invalid={fieldErrors.newPassword ? true : undefined}
          aria-describedby={fieldErrors.newPassword ? `${checklistId} ${newErrorId}` : checklistId}
        />
        {fieldErrors.newPassword ? (
          <FieldError id={newErrorId}>{fieldErrors.newPassword}</FieldError>
        ) : null}
        {rules.length === 0 ? (
          // VETtrak stated no rules (its policy answer was empty): it still checks the change.
          <p id={checklistId} className="text-sm text-slate-700 dark:text-slate-300">
            Your training organisation checks the new password when you change it.
          </p>
        ) : (
          <div id={checklistId}>
            <p className="text-sm font-medium text-slate-800 dark:text-slate-200">
              Your new password needs:
            </p>
            <ul className="mt-1.5 space-y-1">
              {rules.map((rule) => (
                <li
                  key={rule.rule}
                  className={cn(
                    'flex items-center gap-2 text-sm',
                    rule.met
                      ? 'text-green-800 dark:text-green-300'
                      : 'text-slate-700 dark:text-slate-300',
                  )}
                >
                  <RuleIcon met={rule.met} />
                  <span>{rule.label}</span>
                  <span className="sr-only">{rule.met ? '(done)' : '(not yet)'}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        <p role="status" className="sr-only">
          {next.length === 0 || rules.length === 0
            ? ''
            : allMet
              ? 'All password rules are met.'
              : `${metCount} of ${rules.length} password rules met.`}
        </p>
      </div>
      <TextField
        label="Confirm new password"
        name="confirmPassword"
        type={inputType}
        autoComplete="new-password"
        required
        value={confirm}
        onChange={(event) => setConfirm(event.target.value)}
        error={mismatch ? 'The two new passwords do not match yet.' : undefined}
        hint={matches ? 'The two new passwords match.' : undefined}
      />
      <label className="flex min-h-11 items-center gap-3 font-medium">
        <input
          type="checkbox"
          checked={show}
          onChange={(event) => setShow(event.target.checked)}
          className="size-5 accent-brand-700 focus-ring"
        />
        Show passwords
      </label>
      <div className="space-y-2">
        <Button
          type="submit"
          disabled={!ready}
          isPending={change.isPending}
          pendingLabel="Changing your password…"
        >
          Change password
        </Button>
        {!ready ? (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            The button becomes available once you have entered your current password, the new
            password meets every rule, and the confirmation matches.
          </p>
        ) : null}
      </div>
    </form>
  )
}

function RuleIcon({ met }: { met: boolean }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5 shrink-0" fill="currentColor">
      {met ? (
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm-1.2 11.4L5.4 10l1.06-1.06 2.34 2.34 4.74-4.74L14.6 7.6l-5.8 5.8Z" />
      ) : (
        <path d="M10 2a8 8 0 1 0 0 16 8 8 0 0 0 0-16Zm0 1.5a6.5 6.5 0 1 1 0 13 6.5 6.5 0 0 1 0-13Z" />
      )}
    </svg>
  )
}

function hasFieldErrors(error: Error): boolean {
  return (
    error instanceof ApiError &&
    Boolean(error.fields?.currentPassword?.length || error.fields?.newPassword?.length)
  )
}

function describe(error: Error): { title: string; detail: string } {
  if (!(error instanceof ApiError))
    return { title: 'Your password was not changed', detail: 'Please try again.' }
  switch (error.code) {
    case 'RATE_LIMITED':
      return {
        title: 'Too many wrong passwords',
        detail:
          error.retryAfter !== undefined
            ? `For your security, password changes are paused. Please wait ${formatDuration(error.retryAfter)} and try again.`
            : 'For your security, password changes are paused. Please wait a few minutes and try again.',
      }
    case 'UPSTREAM_UNAVAILABLE':
    case 'UPSTREAM_TIMEOUT':
    case 'UPSTREAM_ERROR':
      return {
        title: 'VETtrak is not answering right now',
        detail: 'Your password was not changed. Please try again in a few minutes.',
      }
    default:
      return { title: 'Your password was not changed', detail: error.message }
  }
}
