import { useQuery } from '@tanstack/react-query'
import type { TraineeAttention } from '@vettrak-portal/contracts'
import { Link } from 'react-router'
import { Button } from '../../../components/ui/button.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { employerQueries, type Site } from '../api/employer-queries.ts'
import { downloadCsv, toCsv, type CsvColumn } from '../utils/csv.ts'

/** How many the overview shows; the CSV has them all. */
const SHOWN = 5

const nameOf = (item: TraineeAttention) =>
  [item.givenName, item.surname].filter(Boolean).join(' ') || item.clientCode || 'Trainee'

const columns: CsvColumn<TraineeAttention>[] = [
  { header: 'Trainee', value: nameOf },
  { header: 'Client code', value: (item) => item.clientCode },
  { header: 'Qualification', value: (item) => item.qualificationName },
  { header: 'Site', value: (item) => item.employerName },
  { header: 'Why', value: (item) => item.reasons.map((r) => r.message).join(' ') },
]

/** The overview's short list of trainees to look at, each with why; the full list as CSV. */
export function AttentionList({ site }: { site: Site }) {
  const attention = useQuery(employerQueries.attention(site))
  const items = attention.data?.items ?? []
  return (
    <Card
      title="Trainees to look at"
      actions={
        items.length > 0 ? (
          <Button
            variant="secondary"
            size="sm"
            onClick={() => downloadCsv('trainees-to-look-at.csv', toCsv(items, columns))}
          >
            Export CSV<span className="sr-only"> of all {items.length} trainees to look at</span>
          </Button>
        ) : null
      }
    >
      {attention.isPending ? (
        <p className="text-slate-700 dark:text-slate-300">
          Checking contracts and unit results… this can take a while for many trainees.
        </p>
      ) : attention.isError ? (
        <p className="text-slate-700 dark:text-slate-300">
          Not available right now: {attention.error.message}
        </p>
      ) : items.length === 0 ? (
        <p className="text-slate-700 dark:text-slate-300">
          No trainee needs attention: no contract ends soon with units open, none has gone without a
          unit result, and no one has withdrawn recently.
        </p>
      ) : (
        <>
          <ul className="divide-y divide-slate-200 dark:divide-slate-700">
            {items.slice(0, SHOWN).map((item) => (
              <li key={item.contractId} className="py-2">
                <Link
                  to={paths.employer.trainee.getHref(item.contractId, site)}
                  className="font-medium text-brand-800 underline underline-offset-2 focus-ring dark:text-brand-200"
                >
                  {nameOf(item)}
                </Link>
                {item.employerName ? (
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    {' '}
                    · {item.employerName}
                  </span>
                ) : null}
                {item.reasons.map((reason) => (
                  <p key={reason.kind} className="text-sm text-slate-800 dark:text-slate-200">
                    {reason.message}
                  </p>
                ))}
              </li>
            ))}
          </ul>
          {items.length > SHOWN ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
              Showing {SHOWN} of {items.length}; the CSV has them all.
            </p>
          ) : null}
        </>
      )}
    </Card>
  )
}
