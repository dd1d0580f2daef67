import { useSuspenseQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../../config/paths.ts'
import { formatName } from '../../../lib/format.ts'
import { useSignOut } from '../api/session-mutations.ts'
import { sessionQueries } from '../api/session-queries.ts'

/** The signed-in person's name, opening Account and Sign out. */
export function UserMenu() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const signOut = useSignOut()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const container = useRef<HTMLDivElement>(null)
  const name = formatName(session.user, session.user.clientCode)
  const initials = [session.user.givenName, session.user.surname]
    .map((part) => part?.[0] ?? '')
    .join('')

  useEffect(() => {
    if (!open) return
    const onPointerDown = (event: PointerEvent) => {
      if (!container.current?.contains(event.target as Node)) setOpen(false)
    }
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false)
        container.current?.querySelector('button')?.focus()
      }
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  const onSignOut = () => signOut.mutate()

  return (
    <div ref={container} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        className="inline-flex min-h-11 items-center gap-2 rounded-lg px-2 font-medium hover:bg-slate-100 focus-ring dark:hover:bg-slate-800"
      >
        <span
          aria-hidden="true"
          className="flex size-8 items-center justify-center rounded-full bg-brand-700 text-sm font-bold text-white dark:bg-brand-300 dark:text-slate-950"
        >
          {initials || '?'}
        </span>
        <span className="max-w-40 truncate">{name}</span>
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="currentColor">
          <path d="M5.5 7.5 10 12l4.5-4.5 1 1L10 14 4.5 8.5l1-1Z" />
        </svg>
      </button>
      {open ? (
        <div
          id={panelId}
          className="right-0 z-40 mt-2 w-full min-w-56 rounded-xl border border-slate-200 bg-white p-2 shadow-lg md:absolute dark:border-slate-700 dark:bg-slate-900"
        >
          <p className="truncate px-3 py-2 text-sm text-slate-700 dark:text-slate-300">
            {session.user.email ?? session.user.clientCode}
          </p>
          <Link
            to={paths.account.getHref()}
            onClick={() => setOpen(false)}
            className="flex min-h-11 items-center rounded-lg px-3 hover:bg-slate-100 focus-ring dark:hover:bg-slate-800"
          >
            Account
          </Link>
          <button
            type="button"
            onClick={onSignOut}
            disabled={signOut.isPending}
            className="flex min-h-11 w-full items-center rounded-lg px-3 text-left hover:bg-slate-100 focus-ring dark:hover:bg-slate-800"
          >
            {signOut.isPending ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
      ) : null}
    </div>
  )
}
