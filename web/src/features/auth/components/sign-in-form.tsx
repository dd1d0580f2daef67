import type { Session, SignInInput } from '@vettrak-portal/contracts'
import { useRef, useState, type FormEvent } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { TextField } from '../../../components/ui/field.tsx'
import { ApiError, loadContracts } from '../../../lib/api-client.ts'
import { formatDuration } from '../../../lib/format.ts'
import { useSignIn } from '../api/session-mutations.ts'
import { DemoAccounts } from './demo-accounts.tsx'

type FieldErrors = Partial<Record<keyof SignInInput, string>>

/** Username-or-email and password, with messages for every way signing in can fail. */
export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const signIn = useSignIn()
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [showPassword, setShowPassword] = useState(false)
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const usernameInput = useRef<HTMLInputElement>(null)
  const passwordInput = useRef<HTMLInputElement>(null)

  const focusFirstInvalid = (errors: FieldErrors) => {
    if (errors.username) usernameInput.current?.focus()
    else if (errors.password) passwordInput.current?.focus()
  }

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const input = { username, password }
    // Not getting the schema is not reaching the portal: the request then says so.
    const contracts = await loadContracts().catch(() => undefined)
    if (!contracts) return signIn.mutate(input, { onSuccess: onSignedIn })
    const parsed = contracts.SignInInputSchema.safeParse(input)
    if (!parsed.success) {
      const errors: FieldErrors = {}
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof SignInInput
        errors[field] ??= issue.message
      }
      setFieldErrors(errors)
      focusFirstInvalid(errors)
      return
    }
    setFieldErrors({})
    signIn.mutate(parsed.data, {
      onSuccess: onSignedIn,
      onError: (error) => {
        if (error instanceof ApiError && error.fields) {
          const errors: FieldErrors = {
            username: error.fields.username?.[0],
            password: error.fields.password?.[0],
          }
          setFieldErrors(errors)
          focusFirstInvalid(errors)
        } else if (error instanceof ApiError && error.code === 'INVALID_CREDENTIALS') {
          setPassword('')
          passwordInput.current?.focus()
        }
      },
    })
  }

  const problem = signIn.error ? describeSignInError(signIn.error) : null

  return (
    <div className="space-y-6">
      <form
        noValidate
        onSubmit={(event) => void onSubmit(event)}
        className="space-y-5"
        aria-label="Sign in"
      >
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
          ref={usernameInput}
          label="Username or email"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          inputMode="email"
          required
          value={username}
          onChange={(event) => setUsername(event.target.value)}
          error={fieldErrors.username}
        />
        <TextField
          ref={passwordInput}
          label="Password"
          name="password"
          type={showPassword ? 'text' : 'password'}
          autoComplete="current-password"
          required
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={fieldErrors.password}
          trailing={
            <button
              type="button"
              className="min-h-9 rounded-md px-3 text-sm font-semibold text-brand-800 hover:bg-slate-100 focus-ring dark:text-brand-200 dark:hover:bg-slate-800"
              aria-pressed={showPassword}
              onClick={() => setShowPassword((shown) => !shown)}
            >
              {showPassword ? 'Hide' : 'Show'}
              <span className="sr-only"> password</span>
            </button>
          }
        />
        <Button
          type="submit"
          className="w-full"
          isPending={signIn.isPending}
          pendingLabel="Signing in…"
        >
          Sign in
        </Button>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Use the username and password your training organisation gave you for VETtrak. Forgotten
          them? Contact your training organisation.
        </p>
      </form>
      <DemoAccounts
        onPick={(account) => {
          setUsername(account.username)
          setPassword(account.password)
          setFieldErrors({})
          signIn.reset()
        }}
      />
    </div>
  )
}

function describeSignInError(error: Error): { title: string; detail: string } {
  if (!(error instanceof ApiError))
    return { title: 'Something went wrong', detail: 'Please try again.' }
  switch (error.code) {
    case 'INVALID_CREDENTIALS':
      return {
        title: 'That username or password is not right',
        detail: 'Check them and try again. Passwords are case-sensitive.',
      }
    case 'RATE_LIMITED':
      return {
        title: 'Too many attempts',
        detail:
          error.retryAfter !== undefined
            ? `For your security, please wait ${formatDuration(error.retryAfter)} before trying again.`
            : 'For your security, please wait a few minutes before trying again.',
      }
    case 'UPSTREAM_UNAVAILABLE':
    case 'UPSTREAM_TIMEOUT':
    case 'UPSTREAM_ERROR':
      return {
        title: 'VETtrak is not answering right now',
        detail:
          'Your details could not be checked because the student system is unavailable. Please try again in a few minutes.',
      }
    case 'SESSION_STORE_UNAVAILABLE':
      return { title: 'The portal is not available right now', detail: error.message }
    case 'UNREACHABLE':
      return { title: 'We could not reach the portal', detail: error.message }
    case 'VALIDATION_FAILED':
      return { title: 'Check the highlighted fields', detail: error.message }
    default:
      return { title: 'Something went wrong', detail: error.message }
  }
}
