import { useState, type ReactNode } from 'react'
import type { Brand } from '@vettrak-portal/contracts'
import { BrandContact, BrandMark } from './brand.tsx'
import { Link, NavLink, useLocation } from 'react-router'
import { cn } from '../../lib/cn.ts'
import { useFocusOnNavigate } from './use-focus-on-navigate.ts'

export interface NavItem {
  to: string
  label: string
  /** Only highlight on an exact match (for `/`). */
  end?: boolean
  /** Also highlight under this path (My learning lives at `/` and under `/learning`). */
  activeUnder?: string
}

const MAIN_ID = 'main'

/**
 * The frame of every signed-in page: skip link, header with the portal's name, role-based
 * navigation and `actions` (employer switcher, user menu), and the main landmark.
 */
export function AppShell({
  brand,
  nav,
  actions,
  children,
}: {
  brand: Brand
  nav: NavItem[]
  actions?: ReactNode
  children: ReactNode
}) {
  const [menuOpen, setMenuOpen] = useState(false)
  useFocusOnNavigate(MAIN_ID)

  return (
    <div className="flex min-h-dvh flex-col">
      <a
        href={`#${MAIN_ID}`}
        className="sr-only z-50 rounded-lg bg-white px-4 py-3 font-semibold text-brand-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 dark:bg-slate-900 dark:text-brand-200"
      >
        Skip to main content
      </a>
      <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 print:hidden">
        <div className="mx-auto flex max-w-6xl items-center gap-3 px-4 py-2 sm:gap-6">
          <Link
            to="/"
            className="flex shrink-0 items-center gap-2 py-2 font-bold text-slate-900 dark:text-white"
          >
            <BrandMark brand={brand} className="h-8" fallback={<PortalMark />} />
            <span className="text-lg">{brand.name}</span>
          </Link>
          <nav aria-label="Main" className="hidden md:block">
            <NavList items={nav} />
          </nav>
          <div className="ml-auto flex items-center gap-2">
            <div className="hidden items-center gap-2 md:flex">{actions}</div>
            <button
              type="button"
              className="inline-flex min-h-11 items-center gap-2 rounded-lg px-3 font-medium text-slate-800 hover:bg-slate-100 focus-ring md:hidden dark:text-slate-100 dark:hover:bg-slate-800"
              aria-expanded={menuOpen}
              aria-controls="mobile-menu"
              onClick={() => setMenuOpen((open) => !open)}
            >
              <svg
                aria-hidden="true"
                viewBox="0 0 24 24"
                className="size-6"
                fill="none"
                stroke="currentColor"
                strokeWidth="2"
              >
                {menuOpen ? (
                  <path d="M6 6l12 12M18 6 6 18" strokeLinecap="round" />
                ) : (
                  <path d="M4 7h16M4 12h16M4 17h16" strokeLinecap="round" />
                )}
              </svg>
              Menu
            </button>
          </div>
        </div>
        {menuOpen ? (
          // Closing on any click inside: a chosen link navigates, and the menu should not stay open.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
          <div
            id="mobile-menu"
            className="space-y-4 border-t border-slate-200 px-4 py-4 md:hidden dark:border-slate-800"
            onClick={(event) => {
              if ((event.target as HTMLElement).closest('a')) setMenuOpen(false)
            }}
          >
            <nav aria-label="Main">
              <NavList items={nav} vertical />
            </nav>
            <div className="flex flex-col gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
              {actions}
            </div>
          </div>
        ) : null}
      </header>
      <main
        id={MAIN_ID}
        tabIndex={-1}
        className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 focus:outline-none sm:py-8"
      >
        {/* Printouts carry the RTO's name and ABN; the header does not print. */}
        <p className="mb-4 hidden print:block">
          <span className="text-lg font-bold">{brand.name}</span>
          {brand.abn ? <span className="ml-3">ABN {brand.abn}</span> : null}
        </p>
        {children}
      </main>
      <footer className="space-y-2 border-t border-slate-200 py-6 text-center text-sm text-slate-600 dark:border-slate-800 dark:text-slate-400 print:hidden">
        <p>{brand.name} · Records come from your training organisation&apos;s VETtrak.</p>
        <BrandContact brand={brand} />
      </footer>
    </div>
  )
}

function NavList({ items, vertical = false }: { items: NavItem[]; vertical?: boolean }) {
  const { pathname } = useLocation()
  const under = (prefix: string | undefined) =>
    prefix !== undefined && (pathname === prefix || pathname.startsWith(`${prefix}/`))
  return (
    <ul className={cn('flex gap-1', vertical ? 'flex-col' : 'items-center')}>
      {items.map((item) => (
        <li key={item.to}>
          <NavLink
            to={item.to}
            end={item.end ?? false}
            aria-current={under(item.activeUnder) ? 'page' : undefined}
            className={({ isActive: exact }) => {
              const isActive = exact || under(item.activeUnder)
              return cn(
                'flex min-h-11 items-center rounded-lg px-3 font-medium focus-ring',
                isActive
                  ? 'bg-brand-50 text-brand-800 underline decoration-2 underline-offset-8 dark:bg-brand-900/40 dark:text-brand-200'
                  : 'text-slate-700 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white',
              )
            }}
          >
            {item.label}
          </NavLink>
        </li>
      ))}
    </ul>
  )
}

/** The portal's mark; decorative beside the name. */
export function PortalMark({ className = 'size-8' }: { className?: string }) {
  return (
    <svg aria-hidden="true" viewBox="0 0 32 32" className={className}>
      <rect width="32" height="32" rx="7" className="fill-brand-700 dark:fill-brand-300" />
      <path
        d="M8 9l8 15 8-15"
        fill="none"
        strokeWidth="3.5"
        strokeLinecap="round"
        strokeLinejoin="round"
        className="stroke-white dark:stroke-slate-950"
      />
    </svg>
  )
}
