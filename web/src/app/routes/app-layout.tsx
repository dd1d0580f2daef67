import { useSuspenseQuery } from '@tanstack/react-query'
import { Outlet } from 'react-router'
import { StaleViewNotice } from '../../components/errors/stale-view-notice.tsx'
import { AppShell, type NavItem } from '../../components/layout/app-shell.tsx'
import { paths } from '../../config/paths.ts'
import { sessionQueries } from '../../features/auth/api/session-queries.ts'
import { EmployerLinksNotice } from '../../features/auth/components/employer-links-notice.tsx'
import { EmployerSwitcher } from '../../features/auth/components/employer-switcher.tsx'
import { useFeatures } from '../../features/auth/hooks/use-features.ts'
import { IdleWarning } from '../../features/auth/components/idle-warning.tsx'
import { UserMenu } from '../../features/auth/components/user-menu.tsx'
import { useBrand } from '../../components/layout/brand.tsx'

/** The signed-in frame: navigation by role, the employer switcher, the user menu. */
export default function AppLayout() {
  const { data: session } = useSuspenseQuery(sessionQueries.current())
  const features = useFeatures()
  const actingForEmployer = Boolean(session.activeEmployerId)
  const brand = useBrand()
  const nav: NavItem[] = [
    {
      to: paths.learning.overview.getHref(actingForEmployer),
      label: 'My learning',
      end: true,
      activeUnder: paths.learning.root.path,
    },
  ]
  if (actingForEmployer && features.employer)
    nav.push({ to: paths.employer.root.getHref(), label: 'Employer' })
  if (session.user.isStaff && features.staffClients)
    nav.push({ to: paths.staff.root.getHref(), label: 'Staff' })

  return (
    <AppShell
      brand={brand}
      nav={nav}
      actions={
        <>
          <EmployerSwitcher />
          <UserMenu />
        </>
      }
    >
      <StaleViewNotice />
      <EmployerLinksNotice />
      <Outlet />
      <IdleWarning />
    </AppShell>
  )
}
