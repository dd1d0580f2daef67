import type { InvoiceQuery, VerifyAwardInput } from '@vettrak-portal/contracts'

/** Every path of the SPA, once: `path` for the router, `getHref` for links and redirects. */
export const paths = {
  home: page('/'),

  /** The public certificate check, optionally pre-filled with what is printed on a parchment. */
  verify: {
    ...page('/verify', (path) => (claim: Partial<VerifyAwardInput> = {}) => {
      const params = new URLSearchParams()
      if (claim.givenName) params.set('givenName', claim.givenName)
      if (claim.surname) params.set('surname', claim.surname)
      if (claim.parchmentNumber) params.set('number', claim.parchmentNumber)
      const query = params.toString()
      return query ? `${path}?${query}` : path
    }),
    /** The pre-filled claim in a `/verify` address's query string. */
    claimOf: (params: URLSearchParams): VerifyAwardInput => ({
      givenName: params.get('givenName') ?? '',
      surname: params.get('surname') ?? '',
      parchmentNumber: params.get('number') ?? '',
    }),
  },

  auth: {
    login: page(
      '/login',
      (path) =>
        (options: { redirectTo?: string | null; reason?: LoginReason } = {}) => {
          const params = new URLSearchParams()
          if (options.reason) params.set('reason', options.reason)
          if (options.redirectTo && options.redirectTo !== '/')
            params.set('redirectTo', options.redirectTo)
          const query = params.toString()
          return query ? `${path}?${query}` : path
        },
    ),
    chooseEmployer: page(
      '/choose-employer',
      (path) => (redirectTo?: string | null) =>
        redirectTo ? `${path}?${new URLSearchParams({ redirectTo }).toString()}` : path,
    ),
  },

  learning: {
    root: page('/learning'),
    /**
     * My learning's overview: the home page, but for someone acting for an employer, whose home is
     * the employer's overview.
     */
    overview: {
      getHref: (actingForEmployer: boolean) =>
        actingForEmployer ? paths.learning.root.path : paths.home.path,
    },
    enrolments: page('/learning/enrolments'),
    enrolment: page('/learning/enrolments/:id', (path) => (id: number) => fill(path, { id })),
    contracts: page('/learning/contracts'),
    contract: page('/learning/contracts/:id', (path) => (id: number) => fill(path, { id })),
    events: page(
      '/learning/events',
      (path) => (view?: 'list' | 'calendar') =>
        view === 'calendar' ? `${path}?view=calendar` : path,
    ),
    invoices: page('/learning/invoices', (path) => (filters: Partial<InvoiceQuery> = {}) => {
      const query = invoiceParams(filters)
      return query ? `${path}?${query}` : path
    }),
    certificates: page('/learning/certificates'),
  },

  // The employer area: `site` is the chosen site of the employer tree (none: all sites).
  employer: {
    root: page('/employer', siteHref),
    trainees: page('/employer/trainees', siteHref),
    trainee: page(
      '/employer/trainees/:contractId',
      (path) => (contractId: number, site?: string | null) =>
        withSite(fill(path, { contractId }), site),
    ),
    employees: page('/employer/employees', siteHref),
    enrolments: page('/employer/enrolments', siteHref),
    invoices: page(
      '/employer/invoices',
      (path) =>
        (site?: string | null, filters: Partial<InvoiceQuery> = {}) => {
          const href = withSite(path, site)
          const query = invoiceParams(filters)
          return query ? `${href}${href.includes('?') ? '&' : '?'}${query}` : href
        },
    ),
    events: page('/employer/events', siteHref),
    occurrences: page('/employer/occurrences', siteHref),
    contacts: page('/employer/contacts', siteHref),
  },

  staff: {
    root: page(
      '/staff',
      (path) => (q?: string | null) =>
        q ? `${path}?${new URLSearchParams({ q }).toString()}` : path,
    ),
    client: page('/staff/clients/:code', (path) => (code: string) => fill(path, { code })),
    clientEnrolment: page(
      '/staff/clients/:code/enrolments/:id',
      (path) => (code: string, id: number) => fill(path, { code, id }),
    ),
    clientContract: page(
      '/staff/clients/:code/contracts/:id',
      (path) => (code: string, id: number) => fill(path, { code, id }),
    ),
  },

  account: page('/account'),
} as const

/** The query string of invoice filters: defaults left out. */
function invoiceParams(filters: Partial<InvoiceQuery>): string {
  const params = new URLSearchParams()
  if (filters.status && filters.status !== 'all') params.set('status', filters.status)
  if (filters.from) params.set('from', filters.from)
  if (filters.to) params.set('to', filters.to)
  return params.toString()
}

function withSite(path: string, site: string | null | undefined): string {
  return site ? `${path}?${new URLSearchParams({ site }).toString()}` : path
}

/** A page's href for a site of the employer tree. */
function siteHref(path: string) {
  return (site?: string | null) => withSite(path, site)
}

/**
 * A page: its path, and its `getHref` made from that path (so the path is spelled once); without
 * one, the href is the path.
 */
function page<Path extends string, Href extends (...args: never[]) => string = () => Path>(
  path: Path,
  getHref?: (path: Path) => Href,
) {
  return { path, getHref: getHref ? getHref(path) : ((() => path) as unknown as Href) }
}

/** `path` with each `:name` replaced by its encoded value. */
function fill(path: string, params: Record<string, string | number>): string {
  return path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name])))
}

/**
 * Where `child` goes in its area's routes: its path relative to the area's root, as the router
 * nests it (`relativePath(paths.employer.root, paths.employer.trainee)` is `trainees/:contractId`).
 */
export function relativePath(root: { path: string }, child: { path: string }): string {
  if (!child.path.startsWith(`${root.path}/`))
    throw new Error(`${child.path} is not under ${root.path}`)
  return child.path.slice(root.path.length + 1)
}

/**
 * A same-origin path to go back to after signing in, or null (guards against open redirects). The
 * value is resolved as the browser would (`new URL`, which drops tabs and newlines and reads `\`
 * as `/`), so what is checked is where the browser would actually go.
 */
export function safeRedirectPath(
  value: string | null | undefined,
  origin: string = window.location.origin,
): string | null {
  if (!value?.startsWith('/')) return null
  let url: URL
  try {
    url = new URL(value, origin)
  } catch {
    return null
  }
  if (url.origin !== new URL(origin).origin) return null
  // Back to sign-in or to the chooser itself would loop.
  for (const own of [paths.auth.login.path, paths.auth.chooseEmployer.path])
    if (url.pathname.replace(/(.)\/+$/, '$1') === own) return null
  return url.pathname + url.search + url.hash
}

/** Why the sign-in page is showing, so it can say so. */
export type LoginReason = 'expired' | 'signed-out'
