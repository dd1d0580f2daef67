import {
  VerifyAwardInputSchema,
  type Verification,
  type VerifyAwardInput,
} from '@vettrak-portal/contracts'
import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { TextField } from '../../../components/ui/field.tsx'
import { ApiError } from '../../../lib/api-client.ts'
import { formatDate, formatDuration } from '../../../lib/format.ts'
import { useVerifyAward } from '../api/verify-award.ts'

type Field = keyof VerifyAwardInput
type FieldErrors = Partial<Record<Field, string>>
const FIELDS: Field[] = ['givenName', 'surname', 'parchmentNumber']

/** The names and number printed on a parchment, and what the training organisation's records say. */
export function VerifyForm({ initial }: { initial: VerifyAwardInput }) {
  const verify = useVerifyAward()
  const [claim, setClaim] = useState(initial)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const givenNameInput = useRef<HTMLInputElement>(null)
  const surnameInput = useRef<HTMLInputElement>(null)
  const numberInput = useRef<HTMLInputElement>(null)

  const showErrors = (errors: FieldErrors) => {
    setFieldErrors(errors)
    if (errors.givenName) givenNameInput.current?.focus()
    else if (errors.surname) surnameInput.current?.focus()
    else if (errors.parchmentNumber) numberInput.current?.focus()
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const parsed = VerifyAwardInputSchema.safeParse(claim)
    if (!parsed.success) {
      const errors: FieldErrors = {}
      for (const issue of parsed.error.issues) errors[issue.path[0] as Field] ??= issue.message
      showErrors(errors)
      return
    }
    setFieldErrors({})
    verify.mutate(parsed.data, {
      onError: (error) => {
        if (error instanceof ApiError && error.fields)
          showErrors(Object.fromEntries(FIELDS.map((field) => [field, error.fields?.[field]?.[0]])))
      },
    })
  }

  const field = (name: Field) => ({
    name,
    required: true,
    value: claim[name],
    error: fieldErrors[name],
    onChange: (event: { target: { value: string } }) => {
      setClaim((current) => ({ ...current, [name]: event.target.value }))
      verify.reset()
    },
  })

  return (
    <div className="space-y-6">
      <form noValidate onSubmit={onSubmit} className="space-y-5" aria-label="Check a certificate">
        <p className="text-slate-700 dark:text-slate-300">
          Enter the names and the certificate number exactly as printed on the certificate or
          statement of attainment.
        </p>
        <TextField
          ref={givenNameInput}
          label="Given name"
          autoComplete="off"
          {...field('givenName')}
        />
        <TextField ref={surnameInput} label="Surname" autoComplete="off" {...field('surname')} />
        <TextField
          ref={numberInput}
          label="Certificate number"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          {...field('parchmentNumber')}
        />
        <Button
          type="submit"
          className="w-full"
          isPending={verify.isPending}
          pendingLabel="Checking…"
        >
          Check certificate
        </Button>
      </form>
      <div aria-live="polite">
        {verify.data ? <VerificationAnswer answer={verify.data} /> : null}
        {verify.error && !(verify.error instanceof ApiError && verify.error.fields) ? (
          <Problem error={verify.error} />
        ) : null}
      </div>
    </div>
  )
}

function VerificationAnswer({ answer }: { answer: Verification }) {
  if (answer.result === 'no-match')
    return (
      <div className="rounded-lg border border-amber-400 bg-amber-50 p-4 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100">
        <h2 className="font-semibold">No match</h2>
        <p className="mt-1">
          Our records hold no certificate with this number issued to a person of these names. Check
          each detail against the certificate; if they are right, contact the training organisation.
        </p>
      </div>
    )
  return (
    <div className="rounded-lg border border-emerald-500 bg-emerald-50 p-4 text-emerald-950 dark:border-emerald-700 dark:bg-emerald-950 dark:text-emerald-100">
      <h2 className="font-semibold">This qualification was issued</h2>
      <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-medium">Code</dt>
        <dd>{answer.qualificationCode ?? '—'}</dd>
        <dt className="font-medium">Name</dt>
        <dd>{answer.qualificationName ?? '—'}</dd>
        <dt className="font-medium">Issued</dt>
        <dd>{answer.issuedOn ? formatDate(answer.issuedOn) : '—'}</dd>
      </dl>
    </div>
  )
}

function Problem({ error }: { error: Error }) {
  const detail =
    error instanceof ApiError && error.code === 'RATE_LIMITED'
      ? `Too many checks from this network. Try again in ${formatDuration(error.retryAfter ?? 60)}.`
      : error instanceof ApiError && error.code === 'FEATURE_UNAVAILABLE'
        ? 'This training organisation does not offer certificate checks online.'
        : 'The training organisation’s records could not be reached. Please try again shortly.'
  return (
    <div
      role="alert"
      className="rounded-lg border border-red-300 bg-red-50 p-3 text-red-950 dark:border-red-800 dark:bg-red-950 dark:text-red-100"
    >
      <p className="font-semibold">Could not check the certificate</p>
      <p className="mt-0.5">{detail}</p>
    </div>
  )
}
