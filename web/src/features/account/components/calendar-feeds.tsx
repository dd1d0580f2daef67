import { useQuery } from '@tanstack/react-query'
import type {
  CalendarFeed,
  CreateCalendarFeedInput,
  CreatedCalendarFeed,
} from '@vettrak-portal/contracts'
import { useId, useState } from 'react'
import { Button } from '../../../components/ui/button.tsx'
import { ErrorBanner } from '../../../components/ui/error-banner.tsx'
import { SkeletonLines } from '../../../components/ui/skeleton.tsx'
import { formatDate } from '../../../lib/format.ts'
import { feedQueries, useCreateFeed, useRevokeFeed } from '../api/feed-queries.ts'

/** A calendar the person may subscribe to: their own events, or an employer's. */
export interface FeedTarget {
  key: string
  label: string
  input: CreateCalendarFeedInput
}

const sameTarget = (feed: CalendarFeed, input: CreateCalendarFeedInput) =>
  feed.kind === input.kind && (input.kind === 'learner' || feed.employerId === input.employerId)

/** The person's calendar feeds: make (or replace) a subscription link, copy it, revoke it. */
export function CalendarFeeds({ targets }: { targets: FeedTarget[] }) {
  const feeds = useQuery(feedQueries.list())
  const create = useCreateFeed()
  const revoke = useRevokeFeed()
  const [created, setCreated] = useState<{ key: string; feed: CreatedCalendarFeed } | null>(null)
  const busy = create.isPending || revoke.isPending

  if (feeds.isPending) return <SkeletonLines lines={3} label="Loading your calendar feeds" />
  if (feeds.isError)
    return (
      <ErrorBanner
        title="Your calendar feeds could not be loaded"
        message={feeds.error.message}
        onRetry={() => void feeds.refetch()}
        isRetrying={feeds.isFetching}
      />
    )

  return (
    <div className="space-y-6">
      <p className="text-slate-700 dark:text-slate-300">
        Subscribe once in Google Calendar, Outlook or Apple Calendar and your training stays up to
        date there. The link is private: anyone who has it can see these events, so stop it if it is
        shared by mistake. A new link replaces the old one.
      </p>
      {targets.map((target) => {
        const existing = feeds.data.items.find((feed) => sameTarget(feed, target.input))
        const justMade = created?.key === target.key ? created.feed : undefined
        return (
          <section key={target.key} aria-label={target.label} className="space-y-3">
            <h3 className="font-semibold text-slate-900 dark:text-slate-100">{target.label}</h3>
            <p className="text-sm text-slate-700 dark:text-slate-300">
              {existing
                ? `Subscription link made on ${formatDate(existing.createdAt.slice(0, 10))}.`
                : 'No subscription link yet.'}
            </p>
            {justMade ? <FeedLinks feed={justMade} /> : null}
            <div className="flex flex-wrap gap-2">
              <Button
                variant={existing ? 'secondary' : 'primary'}
                size="sm"
                disabled={busy}
                onClick={() =>
                  create.mutate(target.input, {
                    onSuccess: (feed) => setCreated({ key: target.key, feed }),
                  })
                }
              >
                {existing ? 'Make a new link (the old one stops)' : 'Make a subscription link'}
              </Button>
              {existing ? (
                <Button
                  variant="danger"
                  size="sm"
                  disabled={busy}
                  onClick={() =>
                    revoke.mutate(existing.id, {
                      onSuccess: () => setCreated((now) => (now?.key === target.key ? null : now)),
                    })
                  }
                >
                  Stop this link
                </Button>
              ) : null}
            </div>
          </section>
        )
      })}
      {create.isError ? (
        <ErrorBanner title="The link could not be made" message={create.error.message} />
      ) : null}
      {revoke.isError ? (
        <ErrorBanner title="The link could not be stopped" message={revoke.error.message} />
      ) : null}
      <HowTos />
    </div>
  )
}

/** The new feed's two URLs, each with a copy button. Shown once: the portal keeps no copy. */
function FeedLinks({ feed }: { feed: CreatedCalendarFeed }) {
  return (
    <div className="space-y-3 rounded-lg border border-slate-300 p-3 dark:border-slate-600">
      <p className="text-sm font-medium">
        Copy your link now: for your privacy it is not shown again (you can always make a new one).
      </p>
      <CopyField label="Calendar app link (webcal)" value={feed.webcalUrl} />
      <CopyField label="Web link (https, for Google Calendar)" value={feed.url} />
    </div>
  )
}

function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId()
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null)
  const copy = () => {
    const clipboard = navigator.clipboard as Clipboard | undefined
    if (!clipboard) return setCopied('no')
    clipboard.writeText(value).then(
      () => setCopied('yes'),
      () => setCopied('no'),
    )
  }
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          readOnly
          value={value}
          onFocus={(event) => event.currentTarget.select()}
          className="min-h-9 min-w-0 flex-1 rounded-md border border-slate-400 bg-white px-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-800"
        />
        <Button variant="secondary" size="sm" onClick={copy} aria-describedby={`${id}-status`}>
          Copy<span className="sr-only"> the {label.toLowerCase()}</span>
        </Button>
      </div>
      <p id={`${id}-status`} role="status" className="mt-1 text-sm">
        {copied === 'yes' ? 'Copied.' : copied === 'no' ? 'Select the link and copy it.' : ''}
      </p>
    </div>
  )
}

function HowTos() {
  const steps: Array<[string, string]> = [
    [
      'Google Calendar',
      'On a computer, open Google Calendar, choose + next to "Other calendars", then "From URL". Paste the web (https) link and choose "Add calendar". Google refreshes it every few hours.',
    ],
    [
      'Outlook',
      'In Outlook on the web or the new Outlook, choose "Add calendar", then "Subscribe from web". Paste the web (https) link, name it and choose "Import".',
    ],
    [
      'Apple Calendar (iPhone, iPad, Mac)',
      'Open the calendar app link (webcal) on the device, or in Calendar on a Mac choose File, "New Calendar Subscription" and paste it. On an iPhone you can also go to Settings, Calendar, Accounts, Add Account, Other, "Add Subscribed Calendar".',
    ],
  ]
  return (
    <div className="space-y-2">
      <h3 className="font-semibold text-slate-900 dark:text-slate-100">How to subscribe</h3>
      {steps.map(([app, text]) => (
        <details key={app} className="rounded-md border border-slate-300 p-2 dark:border-slate-600">
          <summary className="cursor-pointer font-medium focus-ring">{app}</summary>
          <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">{text}</p>
        </details>
      ))}
    </div>
  )
}
