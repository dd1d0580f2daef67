import { useSuspenseQuery, type QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { EmptyState } from '../../../components/ui/empty-state.tsx'
import { employerQueries } from '../../../features/employer/api/employer-queries.ts'
import { ContactList } from '../../../features/employer/components/contact-list.tsx'
import { useSite } from '../../../features/employer/hooks/use-site.ts'
import { resolveSite } from '../../../features/employer/site-scope.ts'

export const clientLoader =
  (queryClient: QueryClient) =>
  async ({ request }: LoaderFunctionArgs) => {
    await queryClient.ensureQueryData(
      employerQueries.contacts(await resolveSite(queryClient, request)),
    )
    return null
  }

export default function ContactsRoute() {
  const [site] = useSite()
  const { data } = useSuspenseQuery(employerQueries.contacts(site))
  return (
    <Page title="Contacts" description="The people the RTO talks to about these sites.">
      {data.items.length === 0 ? (
        <EmptyState title="No contacts">No contacts are recorded for these sites.</EmptyState>
      ) : (
        <ContactList contacts={data.items} />
      )}
    </Page>
  )
}
