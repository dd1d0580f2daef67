import type { InvoiceQuery, VerifyAwardInput } from '@vettrak-portal/contracts'

/** Every path of the SPA, once: `path` for the router, `getHref` for links and redirects. */
export const paths = {
  home: { path: '/', getHref: () => '/' },

  /** The public certificate check, optionally pre-filled with what is printed on a parchment. */
  verify: {
    path: '/verify',
    getHref: (claim: Partial<VerifyAwardInput> = {}) => {
      const params = new URLSearchParams()
      if (claim.givenName) params.set('givenName', claim.givenName)
      if (claim.surname) params.set('surname', claim.surname)
      if (claim.parchmentNumber) params.set('number', claim.parchmentNumber)
      const query = params.toString()
      return query ? `/verify?${query}` : '/verify'
    },
    /** The pre-filled claim in a `/verify` address's query string. */
    claimOf: (params: URLSearchParams): VerifyAwardInput => ({
      givenName: params.get('givenName') ?? '',
      surname: params.get('surname') ?? '',
      parchmentNumber: params.get('number') ?? '',
    }),
  },

  auth: {
    login: {
      path: '/login',
      getHref: (options: { redirectTo?: string | null; reason?: LoginReason } = {}) => {
        const params = new URLSearchParams()
        if (options.reason) params.set('reason', options.reason)
        if (options.redirectTo && options.redirectTo !== '/')
          params.set('redirectTo', options.redirectTo)
        const query = params.toString()
        return query ? `/login?${query}` : '/login'
      },
    },
    chooseEmployer: {
      path: '/choose-employer',
      getHref: (redirectTo?: string | null) =>
        redirectTo
          ? `/choose-employer?${new URLSearchParams({ redirectTo }).toString()}`
          : '/choose-employer',
    },
  },

  learning: {
    root: { path: '/learning', getHref: () => '/learning' },
    /**
     * My learning's overview: the home page, but for someone acting for an employer, whose home is
     * the employer's overview.
     */
    overview: {
      getHref: (actingForEmployer: boolean) => (actingForEmployer ? '/learning' : '/'),
    },
    enrolments: { path: '/learning/enrolments', getHref: () => '/learning/enrolments' },
    enrolment: {
      path: '/learning/enrolments/:id',
      getHref: (id: number) => `/learning/enrolments/${id}`,
    },
    contracts: { path: '/learning/contracts', getHref: () => '/learning/contracts' },
    contract: {
      path: '/learning/contracts/:id',
      getHref: (id: number) => `/learning/contracts/${id}`,
    },
    events: {
      path: '/learning/events',
      getHref: (view?: 'list' | 'calendar') =>
        view === 'calendar' ? '/learning/events?view=calendar' : '/learning/events',
    },
    invoices: {
      path: '/learning/invoices',
      getHref: (filters: Partial<InvoiceQuery> = {}) => {
        const query = invoiceParams(filters)
        return query ? `/learning/invoices?${query}` : '/learning/invoices'
      },
    },
    certificates: { path: '/learning/certificates', getHref: () => '/learning/certificates' },
  },

  // The employer area: `site` is the chosen site of the employer tree (none: all sites).
  employer: {
    root: { path: '/employer', getHref: (site?: string | null) => withSite('/employer', site) },
    trainees: {
      path: '/employer/trainees',
      getHref: (site?: string | null) => withSite('/employer/trainees', site),
    },
    trainee: {
      path: '/employer/trainees/:contractId',
      getHref: (contractId: number, site?: string | null) =>
        withSite(`/employer/trainees/${contractId}`, site),
    },
    employees: {
      path: '/employer/employees',
      getHref: (site?: string | null) => withSite('/employer/employees', site),
    },
    enrolments: {
      path: '/employer/enrolments',
      getHref: (site?: string | null) => withSite('/employer/enrolments', site),
    },
    invoices: {
      path: '/employer/invoices',
      getHref: (site?: string | null, filters: Partial<InvoiceQuery> = {}) => {
        const href = withSite('/employer/invoices', site)
        const query = invoiceParams(filters)
        return query ? `${href}${href.includes('?') ? '&' : '?'}${query}` : href
      },
    },
    events: {
      path: '/employer/events',
      getHref: (site?: string | null) => withSite('/employer/events', site),
    },
    occurrences: {
      path: '/employer/occurrences',
      getHref: (site?: string | null) => withSite('/employer/occurrences', site),
    },
    contacts: {
      path: '/employer/contacts',
      getHref: (site?: string | null) => withSite('/employer/contacts', site),
    },
  },

  staff: {
    root: {
      path: '/staff',
      getHref: (q?: string | null) =>
        q ? `/staff?${new URLSearchParams({ q }).toString()}` : '/staff',
    },
    client: {
      path: '/staff/clients/:code',
      getHref: (code: string) => `/staff/clients/${encodeURIComponent(code)}`,
    },
    clientEnrolment: {
      path: '/staff/clients/:code/enrolments/:id',
      getHref: (code: string, id: number) =>
        `/staff/clients/${encodeURIComponent(code)}/enrolments/${id}`,
    },
    clientContract: {
      path: '/staff/clients/:code/contracts/:id',
      getHref: (code: string, id: number) =>
        `/staff/clients/${encodeURIComponent(code)}/contracts/${id}`,
    },
  },

  account: { path: '/account', getHref: () => '/account' },
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
