import type { ReactNode } from 'react'
import { Link } from 'react-router'

/** The top of an enrolment or contract card: its name (a link when it has a page), code, badge. */
export function RecordCardHeader({
  name,
  code,
  href,
  headingLevel,
  badge,
}: {
  name: string
  code: string | undefined
  href: string | undefined
  headingLevel: 2 | 3
  badge: ReactNode
}) {
  const Heading = `h${headingLevel}` as const
  return (
    <div className="flex flex-wrap items-start justify-between gap-2">
      <div className="min-w-0">
        <Heading className="text-lg font-semibold text-slate-900 dark:text-white">
          {href ? (
            <Link
              to={href}
              className="text-brand-800 underline underline-offset-4 hover:text-brand-900 dark:text-brand-200 dark:hover:text-white"
            >
              {name}
            </Link>
          ) : (
            name
          )}
        </Heading>
        {code ? (
          <p className="font-mono text-sm text-slate-700 dark:text-slate-300">{code}</p>
        ) : null}
      </div>
      {badge}
    </div>
  )
}
