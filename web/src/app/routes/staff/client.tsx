import { useQuery, useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import { Link, useParams, type LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { ProfileDetails } from '../../../features/account/components/profile-details.tsx'
import { AwardList } from '../../../features/learning/components/award-list.tsx'
import { ContractList } from '../../../features/learning/components/contract-list.tsx'
import { EnrolmentList } from '../../../features/learning/components/enrolment-list.tsx'
import { EventList } from '../../../features/learning/components/event-list.tsx'
import { InvoiceList } from '../../../features/learning/components/invoice-list.tsx'
import { staffQueries } from '../../../features/staff/api/staff-queries.ts'
import { formatName } from '../../../lib/format.ts'
import { ClientSection } from './client-section.tsx'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const code = params.code ?? ''
    // The records load alongside; the page shows once the profile is here.
    void queryClient.prefetchQuery(staffQueries.enrolments(code))
    void queryClient.prefetchQuery(staffQueries.contracts(code))
    void queryClient.prefetchQuery(staffQueries.events(code))
    void queryClient.prefetchQuery(staffQueries.invoices(code))
    void queryClient.prefetchQuery(staffQueries.awards(code))
    await queryClient.ensureQueryData(staffQueries.profile(code))
    return null
  }

const sections = [
  { id: 'enrolments', title: 'Enrolments' },
  { id: 'contracts', title: 'Contracts' },
  { id: 'events', title: 'Events' },
  { id: 'invoices', title: 'Invoices' },
  { id: 'certificates', title: 'Certificates' },
] as const

export default function ClientRoute() {
  const code = useParams().code ?? ''
  const { data: profile } = useSuspenseQuery(staffQueries.profile(code))
  const enrolments = useQuery(staffQueries.enrolments(code))
  const contracts = useQuery(staffQueries.contracts(code))
  const events = useQuery(staffQueries.events(code))
  const invoices = useQuery(staffQueries.invoices(code))
  const awards = useQuery(staffQueries.awards(code))

  return (
    <Page
      title={formatName(profile, profile.clientCode)}
      description={<span className="font-mono">{profile.clientCode}</span>}
      actions={
        <Link
          to={paths.staff.root.getHref()}
          className="inline-flex min-h-11 items-center font-medium text-brand-800 underline underline-offset-2 dark:text-brand-200"
        >
          New search
        </Link>
      }
    >
      <nav aria-label="This client's record" className="mb-6 print:hidden">
        <ul className="flex flex-wrap gap-2">
          {sections.map((section) => (
            <li key={section.id}>
              <a
                href={`#${section.id}`}
                className="inline-flex min-h-11 items-center rounded-full border border-slate-300 bg-white px-4 font-medium text-slate-800 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800"
              >
                {section.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <div className="space-y-10">
        <Card title="Profile">
          <ProfileDetails profile={profile} />
        </Card>
        <ClientSection id="enrolments" title="Enrolments" query={enrolments}>
          {(data) => (
            <EnrolmentList
              enrolments={data.items}
              headingLevel={3}
              getHref={(e) => paths.staff.clientEnrolment.getHref(code, e.id)}
            />
          )}
        </ClientSection>
        <ClientSection id="contracts" title="Contracts" query={contracts}>
          {(data) => (
            <ContractList
              contracts={data.items}
              headingLevel={3}
              getHref={(c) => paths.staff.clientContract.getHref(code, c.id)}
            />
          )}
        </ClientSection>
        <ClientSection id="events" title="Events" query={events}>
          {(data) => <EventList events={data.items} headingLevel={3} />}
        </ClientSection>
        <ClientSection id="invoices" title="Invoices" query={invoices}>
          {(data) => (
            <InvoiceList
              invoices={data.items}
              headingLevel={3}
              emptyMessage="No invoices are recorded for this client."
            />
          )}
        </ClientSection>
        <ClientSection id="certificates" title="Certificates" query={awards}>
          {(data) => <AwardList awards={data.items} />}
        </ClientSection>
      </div>
    </Page>
  )
}
