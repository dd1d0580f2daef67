import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { EmployerInvoiceQuerySchema, type EmployerInvoiceQuery } from '@vettrak-portal/contracts'
import { Link, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { paths } from '../../../config/paths.ts'
import { employerQueries, type Site } from '../../../features/employer/api/employer-queries.ts'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'
import { InvoiceList } from '../../../features/learning/components/invoice-list.tsx'
import { cn } from '../../../lib/cn.ts'

type Status = EmployerInvoiceQuery['status']

const statusOf = (params: URLSearchParams): Status =>
  EmployerInvoiceQuerySchema.safeParse({ status: params.get('status') ?? undefined }).data
    ?.status ?? 'all'

const statuses: Array<{ value: Status; label: string }> = [
  { value: 'all', label: 'All' },
  { value: 'unpaid', label: 'Owing' },
  { value: 'paid', label: 'Paid' },
]

const hrefOf = (site: Site, status: Status) => {
  const href = paths.employer.invoices.getHref(site)
  if (status === 'all') return href
  return `${href}${href.includes('?') ? '&' : '?'}status=${status}`
}

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const site = await resolveSite(queryClient, request)
    await queryClient.ensureQueryData(
      employerQueries.invoices(site, statusOf(new URL(request.url).searchParams)),
    )
    return null
  }

export default function InvoicesRoute() {
  const [site] = useSite()
  const [params] = useSearchParams()
  const status = statusOf(params)
  const { data } = useSuspenseQuery(employerQueries.invoices(site, status))
  const invoices = [...data.items].sort(
    (a, b) => Number(b.overdue ?? false) - Number(a.overdue ?? false),
  )
  return (
    <Page title="Invoices" description="Invoices to these sites; overdue ones first.">
      <nav aria-label="Invoice status" className="mb-5">
        <ul className="inline-flex flex-wrap gap-1 rounded-xl border border-slate-300 bg-white p-1 dark:border-slate-600 dark:bg-slate-900">
          {statuses.map((option) => {
            const current = option.value === status
            return (
              <li key={option.value}>
                <Link
                  to={hrefOf(site, option.value)}
                  replace
                  aria-current={current ? 'page' : undefined}
                  className={cn(
                    'inline-flex min-h-11 items-center rounded-lg px-4 font-medium focus-ring',
                    current
                      ? 'bg-brand-700 text-white dark:bg-brand-300 dark:text-slate-950'
                      : 'text-slate-800 hover:bg-slate-100 dark:text-slate-100 dark:hover:bg-slate-800',
                  )}
                >
                  {option.label}
                </Link>
              </li>
            )
          })}
        </ul>
      </nav>
      <InvoiceList
        invoices={invoices}
        emptyMessage={
          status === 'unpaid'
            ? 'Nothing is owing for these sites.'
            : 'No invoices are recorded for these sites.'
        }
      />
    </Page>
  )
}
