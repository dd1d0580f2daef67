import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { Invoice, InvoiceQuery } from '@vettrak-portal/contracts'
import { useNavigate, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { paths } from '../../../config/paths.ts'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'
import { downloadCsv, toCsv, type CsvColumn } from '../../../features/employer/utils/csv.ts'
import {
  FilterProblems,
  InvoiceFilters,
} from '../../../features/learning/components/invoice-filters.tsx'
import { InvoiceList } from '../../../features/learning/components/invoice-list.tsx'
import { datedWords, readInvoiceFilters } from '../../../features/learning/utils/invoice-filters.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const site = await resolveSite(queryClient, request)
    const { filters } = readInvoiceFilters(new URL(request.url).searchParams)
    await queryClient.ensureQueryData(employerQueries.invoices(site, filters.status, filters))
    return null
  }

const dateOf = (value: string | undefined) => value?.slice(0, 10)

const csvColumns: CsvColumn<Invoice>[] = [
  { header: 'Invoice number', value: (i) => i.number },
  { header: 'Date', value: (i) => dateOf(i.date) },
  { header: 'Due', value: (i) => dateOf(i.dueDate) },
  { header: 'Invoiced to', value: (i) => i.invoiceeName },
  { header: 'Description', value: (i) => i.description },
  { header: 'Order number', value: (i) => i.orderNumber },
  { header: 'Total', value: (i) => i.total },
  { header: 'Paid', value: (i) => i.amountPaid },
  { header: 'Owing', value: (i) => i.owing },
  { header: 'Overdue', value: (i) => (i.overdue ? 'Yes' : 'No') },
]

/** The employer's invoices: the learner page's filters (status and dates), print and CSV. */
export default function InvoicesRoute() {
  const [site] = useSite()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const { filters, problems } = readInvoiceFilters(params)
  const { data } = useSuspenseQuery(employerQueries.invoices(site, filters.status, filters))
  const invoices = [...data.items].sort(
    (a, b) => Number(b.overdue ?? false) - Number(a.overdue ?? false),
  )
  const hrefOf = (next: InvoiceQuery) => paths.employer.invoices.getHref(site, next)
  return (
    <Page
      title="Invoices"
      description={describe(filters)}
      actions={
        <>
          <Button variant="secondary" onClick={() => window.print()}>
            Print
          </Button>
          <Button
            variant="secondary"
            disabled={invoices.length === 0}
            onClick={() => downloadCsv('invoices.csv', toCsv(invoices, csvColumns))}
          >
            Export CSV<span className="sr-only"> of the {invoices.length} shown</span>
          </Button>
        </>
      }
    >
      <div className="space-y-4">
        <InvoiceFilters
          filters={filters}
          getHref={hrefOf}
          onApply={(next) => void navigate(hrefOf(next))}
        />
        <FilterProblems problems={problems} />
        <InvoiceList
          invoices={invoices}
          emptyMessage={
            filters.status === 'unpaid'
              ? 'Nothing is owing for these sites.'
              : 'No invoices are recorded for these sites.'
          }
        />
      </div>
    </Page>
  )
}

function describe(filters: InvoiceQuery): string {
  const which =
    filters.status === 'unpaid'
      ? 'Unpaid invoices to these sites'
      : filters.status === 'paid'
        ? 'Paid invoices to these sites'
        : 'Invoices to these sites'
  return `${which}${datedWords(filters)}; overdue ones first.`
}
