import { useCallback } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { Page } from '../../../components/layout/page.tsx'
import { Card } from '../../../components/ui/card.tsx'
import { paths } from '../../../config/paths.ts'
import { ClientSearch } from '../../../features/staff/components/client-search.tsx'

export default function StaffHomeRoute() {
  const [params, setParams] = useSearchParams()
  const navigate = useNavigate()
  // The settled query goes into the URL, so back from a client returns to the same results.
  const onSearched = useCallback(
    (q: string) =>
      setParams(
        (current) => {
          if ((current.get('q') ?? '') === q) return current
          const next = new URLSearchParams(current)
          if (q) next.set('q', q)
          else next.delete('q')
          return next
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  )
  return (
    <Page title="Staff" description="Look a learner up by name or client code.">
      <Card className="max-w-3xl">
        <ClientSearch
          initialQuery={params.get('q') ?? ''}
          onSearched={onSearched}
          onOpen={(code) => void navigate(paths.staff.client.getHref(code))}
        />
      </Card>
    </Page>
  )
}
