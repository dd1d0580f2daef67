import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { InvoiceQuery } from '@vettrak-portal/contracts'
import { useNavigate, useNavigation, useSearchParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Button } from '../../../components/ui/button.tsx'
import { Spinner } from '../../../components/ui/spinner.tsx'
import { paths } from '../../../config/paths.ts'
import { sessionQueries } from '../../../features/auth/api/session-queries.ts'
import { invoiceQueries } from '../../../features/learning/api/invoice-queries.ts'
import {
  FilterProblems,
  InvoiceFilters,
} from '../../../features/learning/components/invoice-filters.tsx'
import { InvoiceList } from '../../../features/learning/components/invoice-list.tsx'
import { datedWords, readInvoiceFilters } from '../../../features/learning/utils/invoice-filters.ts'
import { formatDate, todayLocal } from '../../../lib/format.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    const { filters } = readInvoiceFilters(new URL(request.url).searchParams)
    await queryClient.ensureQueryData(invoiceQueries.list(filters))
    return null
  }

export default function InvoicesRoute() {
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const navigation = useNavigation()
  const { filters, problems } = readInvoiceFilters(params)
  const { data } = useSuspenseQuery(invoiceQueries.list(filters))
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const { givenName, surname, clientCode } = session.user
  const updating =
    navigation.state === 'loading' && navigation.location.pathname === paths.learning.invoices.path

  return (
    <Page
      title="Invoices"
      description={describeFilters(filters)}
      actions={
        <Button variant="secondary" onClick={() => window.print()}>
          <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5" fill="currentColor">
            <path d="M5 2h10v4h1.5A1.5 1.5 0 0 1 18 7.5V14h-3v4H5v-4H2V7.5A1.5 1.5 0 0 1 3.5 6H5V2Zm1.5 4h7V3.5h-7V6Zm0 6.5v4h7v-4h-7Z" />
          </svg>
          Print
        </Button>
      }
    >
      <div className="space-y-4">
        {/* A printout is a statement: whose, and when. */}
        <p className="hidden print:block">
          Statement for {[givenName, surname].filter(Boolean).join(' ') || clientCode} (client{' '}
          {clientCode}), printed {formatDate(todayLocal())}
        </p>
        <InvoiceFilters
          filters={filters}
          getHref={paths.learning.invoices.getHref}
          onApply={(next) => void navigate(paths.learning.invoices.getHref(next))}
        />
        <FilterProblems problems={problems} />
        <div aria-busy={updating} className="relative">
          {updating ? (
            <div className="mb-3 text-brand-800 dark:text-brand-200">
              <Spinner label="Updating the invoices" />
            </div>
          ) : null}
          <p role="status" className="sr-only">
            {updating
              ? ''
              : `${data.items.length} ${data.items.length === 1 ? 'invoice' : 'invoices'} shown`}
          </p>
          <InvoiceList invoices={data.items} emptyMessage={emptyMessage(filters)} />
        </div>
      </div>
    </Page>
  )
}

function describeFilters(filters: InvoiceQuery): string {
  const which =
    filters.status === 'unpaid'
      ? 'Unpaid invoices'
      : filters.status === 'paid'
        ? 'Paid invoices'
        : 'All your invoices'
  return `${which}${datedWords(filters)}.`
}

function emptyMessage(filters: InvoiceQuery): string {
  const dated = filters.from || filters.to ? ' in these dates' : ''
  if (filters.status === 'unpaid') return `You have no unpaid invoices${dated}.`
  if (filters.status === 'paid') return `You have no paid invoices${dated}.`
  return dated ? 'You have no invoices in these dates.' : 'You have no invoices.'
}
